/**
 * A tier that says nothing about a severity level leaves a client of that tier with no answer to "what do I get for
 * this incident?": not a target, and not a clear "not offered". The schema allows it (a published table may simply
 * have no cell), so lint reports it: once per tier, naming the levels it leaves out, or once at the level when no
 * tier says anything about it (its targets are somewhere the document does not give).
 */
import { listOf } from '../../util/did-you-mean.js';
import { severitiesInOrder } from '../rule-helpers.js';
import type { Rule } from '../types.js';

export const missingTargets: Rule = {
  meta: {
    id: 'missing-targets',
    description: 'A tier neither gives targets for a severity level nor marks it `not-offered`, or no tier says anything about a level.',
    category: 'targets',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      missingLevels:
        'tier `{{tier}}` gives no targets for {{levels}} and does not mark {{them}} `not-offered`, so nothing says what its clients get for such incidents; add the targets, or write `{{example}}: not-offered`',
      inNoTier:
        'severity level `{{severity}}` has targets in no tier, and no tier marks it `not-offered`, so nothing says what a `{{severity}}` incident gets; add its targets to the tiers, or limit the level to the tiers or services that have them (`tiers`, `services`)',
    },
  },
  check(context) {
    const { agreement } = context;
    const levels = severitiesInOrder(agreement);
    const says = (tierIndex: number, severity: string) => {
      const tier = agreement.tiers[tierIndex]!;
      return tier.targets[severity] !== undefined || tier.notOffered.includes(severity);
    };

    const missingByTier = new Map<number, string[]>();
    for (const level of levels) {
      // The tiers the level applies to: those it names (else every tier), offered for a service it applies to (a tier
      // without `services` is offered for all, a level without `services` applies to all).
      const applies = agreement.tiers
        .map((tier, index) => ({ tier, index }))
        .filter(({ tier }) => !level.tiers || level.tiers.includes(tier.id))
        .filter(({ tier }) => !level.services || !tier.services || tier.services.some((service) => level.services!.includes(service)));
      if (applies.length === 0) continue;
      const silent = applies.filter(({ index }) => !says(index, level.id));
      if (silent.length === 0) continue;
      if (silent.length === applies.length) {
        context.report({ messageId: 'inNoTier', data: { severity: level.id }, pointer: `/severityLevels/${agreement.severityLevels.indexOf(level)}/id` });
        continue;
      }
      for (const { index } of silent) missingByTier.set(index, [...(missingByTier.get(index) ?? []), level.id]);
    }

    for (const [index, severities] of missingByTier) {
      const plural = severities.length > 1;
      context.report({
        messageId: 'missingLevels',
        data: { tier: agreement.tiers[index]!.id, levels: listOf(severities, 'and'), them: plural ? 'them' : 'it', example: severities[0]! },
        pointer: `/tiers/${index}/targets`,
        at: 'key',
      });
    }
  },
};

/**
 * A resolution time read as a guarantee turns every late fix into a breach, even when the cause was a model
 * vendor outage. Resolution targets must say they are an objective or a workaround target, and the prose must
 * not promise otherwise. A guarantee of the service's availability ("guarantees 99.9% uptime") promises something
 * else, and general-availability-promise reports it.
 */
import { availabilityGuarantee, escapeSegment, findInFields, isNegated, sentenceAt } from '../rule-helpers.js';
import type { Rule } from '../types.js';

const GUARANTEE = /\bguarant(?:ee|ees|eed|eeing)\b/gi;

// "will be resolved within 4 hours", "fixed within one day": a promise of a result by a time.
const RESOLVED_WITHIN =
  /\b(?:(?:will|shall|must|is|are)\s+(?:be\s+|always\s+be\s+)?)?(?:resolved|fixed|solved|repaired|corrected)\s+within\b/gi;

// A sentence that frames the time as an aim or a typical outcome, not a promise, is fine: "aims to have incidents
// resolved within 8h", "are usually resolved within a day".
const HEDGE = /\b(?:aims?|aiming|target(?:s|ed)?|objective|goal|endeavou?rs?|seeks?|intends?|strives?|expects?|plans?|usually|typically|generally|normally|often|most)\b/i;

export const resolutionGuarantee: Rule = {
  meta: {
    id: 'resolution-guarantee',
    description: 'A resolution target is not framed as an objective or workaround target, or the prose promises resolution ("guarantee", "will be resolved within").',
    category: 'targets',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      resolutionWithoutKind:
        'the resolution target for `{{severity}}` in tier `{{tier}}` does not say how firm it is; add `firmness: objective` (or `commercially-reasonable-efforts`, `best-effort`) so it cannot be read as a guarantee',
      resolutionCommitment:
        'the resolution target for `{{severity}}` in tier `{{tier}}` is a commitment, so every late fix is a breach, even one a vendor outage caused; make it `firmness: objective` unless you mean to guarantee resolution',
      guarantee: '"{{words}}" reads as a promise; say "target" or "objective", and what happens when it is missed',
      resolvedWithin: '"{{words}}" promises a result by a deadline; say "the resolution target is ..." or "aims to restore service or provide a workaround within ..."',
    },
  },
  check(context) {
    const { agreement } = context;
    agreement.tiers.forEach((tier, index) => {
      for (const [severity, targets] of Object.entries(tier.targets)) {
        // `kind: objective` is normalised to `firmness: objective`; `kind: workaround` says what counts, not how firm.
        const firmness = targets.resolution?.firmness;
        const pointer = `/tiers/${index}/targets/${escapeSegment(severity)}/resolution`;
        if (targets.resolution && !firmness) context.report({ messageId: 'resolutionWithoutKind', data: { severity, tier: tier.id }, pointer, at: 'key' });
        else if (firmness === 'commitment') context.report({ messageId: 'resolutionCommitment', data: { severity, tier: tier.id }, pointer: `${pointer}/firmness` });
      }
    });

    const fields = context.textFields();
    for (const match of findInFields(fields, GUARANTEE)) {
      if (isNegated(match.field.text, match.start)) continue;
      if (availabilityGuarantee(match.field.text, match.start, match.end)) continue;
      context.report({ messageId: 'guarantee', data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
    for (const match of findInFields(fields, RESOLVED_WITHIN)) {
      const sentence = sentenceAt(match.field.text, match.start);
      if (HEDGE.test(match.field.text.slice(sentence.start, match.start)) || isNegated(match.field.text, match.start)) continue;
      context.report({ messageId: 'resolvedWithin', data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  },
};

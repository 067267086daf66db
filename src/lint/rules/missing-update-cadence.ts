/**
 * During a critical incident silence is what the client escalates, more than the fix itself. The most severe
 * levels need an update cadence, so "we heard nothing for a day" is measured against an agreed clock.
 *
 * Only a level with a stated response needs one: where the document states no response at all (`unstated`) the
 * silence is one problem, reported once by `unstated-target`; where the tier does not offer the response, or marks
 * the update itself `unstated` or `not-offered`, the document has said what it has to say about updates.
 */
import { escapeSegment, severitiesInOrder } from '../rule-helpers.js';
import type { Rule } from '../types.js';

export interface MissingUpdateCadenceOptions {
  /** How many of the most severe levels need an update cadence. */
  topLevels: number;
}

export const missingUpdateCadence: Rule<MissingUpdateCadenceOptions> = {
  meta: {
    id: 'missing-update-cadence',
    description: 'The most severe levels have no update cadence: nothing says how often the client hears about an open incident.',
    category: 'targets',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missingUpdate: 'in tier `{{tier}}`, `{{severity}}` incidents have no update cadence; add `update: { every: ..., calendar: ... }` so the client knows how often to expect news',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { topLevels: { type: 'integer', minimum: 1, description: 'How many of the most severe levels need an update cadence.' } },
    },
    defaultOptions: { topLevels: 2 },
  },
  check(context) {
    const { agreement, options } = context;
    const top = severitiesInOrder(agreement).slice(0, options.topLevels);
    agreement.tiers.forEach((tier, index) => {
      for (const level of top) {
        const targets = tier.targets[level.id];
        if (targets?.response && !targets.update && !targets.gaps.update) {
          context.report({ messageId: 'missingUpdate', data: { tier: tier.id, severity: level.id }, pointer: `/tiers/${index}/targets/${escapeSegment(level.id)}`, at: 'key' });
        }
      }
    });
  },
};

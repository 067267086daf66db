/**
 * "Critical: response within 2 hours" on office hours means an incident raised on Friday at 17:31 is answered on
 * Monday morning, or after Easter. Nobody reads the calendar that way when signing; everybody does during the
 * outage. The rule runs the support clock over a whole year and reports the worst moment to raise an incident.
 *
 * A published policy names no client's tier: every tier is checked, except one beside a tier that answers the most
 * severe level around the clock — the customer who needs night and weekend cover can buy it, and a cheaper tier on
 * business hours is a product, not a slip. A response counted on hours the document never states has no worst case
 * the clock can find, and no bound at all: that is reported too.
 */
import { ClockError } from '../../clock/working-day.js';
import { worstCaseResponseWait } from '../../clock/worst-case.js';
import { minutesInWords } from '../../model/duration.js';
import type { ServiceTier } from '../../model/agreement.js';
import { targetTimeText } from '../../clock/targets.js';
import { calendarById, escapeSegment, referenceYear, topSeverity } from '../rule-helpers.js';
import type { Rule } from '../types.js';

export interface WorstCaseWaitOptions {
  /** The longest acceptable wall-clock wait for a response to the most severe level, in hours. */
  maxHours: number;
  /** Check every tier offered, not only the client's (`serviceTier`). A published policy's tiers are always all checked. */
  allTiers: boolean;
  /**
   * Tiers whose `businessCriticality` is one of these are skipped: a tier marked `low` says that waiting for
   * business hours is the deal (the client keys invoices by hand over the weekend), not an oversight.
   */
  ignoreCriticality: ('low' | 'medium' | 'high' | 'mission-critical')[];
  /** The year searched; the year of the agreement's effective date when not given. */
  year?: number;
}


/** The year searched when the options name none (see `referenceYear`). */
export { REFERENCE_YEAR } from '../rule-helpers.js';

export const worstCaseWait: Rule<WorstCaseWaitOptions> = {
  meta: {
    id: 'worst-case-wait',
    description: 'Raised at the worst moment of the year (a Friday evening, before a holiday), the most severe incident waits longer than `maxHours` for a response.',
    category: 'calendar',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      tooLong:
        'a `{{severity}}` incident in tier `{{tier}}` can wait {{wait}} for a response, more than {{maxHours}} hours: {{explanation}}; run its response target on a 24x7 calendar or an on-call calendar that covers evenings, weekends and holidays',
      tooLongAroundTheClock:
        'a `{{severity}}` incident in tier `{{tier}}` waits up to {{wait}} for a response even on the 24x7 calendar `{{calendar}}`, more than {{maxHours}} hours; shorten the response target',
      unboundedWait:
        'a `{{severity}}` incident in tier `{{tier}}` is answered within {{time}} of `{{calendar}}`, hours the document does not state, so nothing bounds the wait: raised as support closes before a weekend or a holiday, it waits until support opens again, which can be more than {{maxHours}} hours; state the hours, or run the response on a 24x7 calendar',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxHours: { type: 'number', exclusiveMinimum: 0, description: 'The longest acceptable wall-clock wait for a response to the most severe level, in hours.' },
        allTiers: { type: 'boolean', description: 'Check every tier offered, not only the client\'s (a published policy\'s tiers are always all checked).' },
        ignoreCriticality: {
          type: 'array',
          uniqueItems: true,
          items: { enum: ['low', 'medium', 'high', 'mission-critical'] },
          description: 'Skip tiers of these business criticalities, where a business-hours wait is the agreed deal.',
        },
        year: { type: 'integer', minimum: 1970, maximum: 2200, description: 'The year searched; the effective date\'s year by default.' },
      },
    },
    defaultOptions: { maxHours: 4, allTiers: false, ignoreCriticality: ['low'] },
  },
  check(context) {
    const { agreement, options } = context;
    const top = topSeverity(agreement);
    if (!top) return;
    const answersAroundTheClock = (tier: ServiceTier) => {
      const response = tier.targets[top.id]?.response;
      return response !== undefined && calendarById(agreement, response.calendar)?.alwaysOpen === true;
    };
    const tiers = agreement.isPolicy || options.allTiers ? agreement.tiers : agreement.tiers.filter((tier) => tier.id === agreement.serviceTier);
    for (const tier of tiers) {
      const response = tier.targets[top.id]?.response;
      if (!response) continue;
      if (tier.businessCriticality && options.ignoreCriticality.includes(tier.businessCriticality)) continue;
      // A policy is a menu: beside a tier that answers the most severe level around the clock, a business-hours tier
      // is the cheaper offer, not an oversight.
      if (agreement.isPolicy && !answersAroundTheClock(tier) && agreement.tiers.some((other) => other !== tier && answersAroundTheClock(other))) continue;
      const pointer = `/tiers/${agreement.tiers.indexOf(tier)}/targets/${escapeSegment(top.id)}/response/calendar`;
      const calendar = calendarById(agreement, response.calendar);
      if (calendar?.hoursUnstated) {
        context.report({ messageId: 'unboundedWait', data: { severity: top.id, tier: tier.id, time: targetTimeText(response), calendar: calendar.id, maxHours: options.maxHours }, pointer });
        continue;
      }
      let wait;
      try {
        wait = worstCaseResponseWait(agreement, top.id, tier.id, { year: options.year ?? referenceYear(agreement) });
      } catch (error) {
        // An agreement the clock cannot run on (e.g. a calendar with no working hours), or a year outside the
        // clock's (an effective date in 9999), is not this rule's finding.
        if (error instanceof ClockError || error instanceof RangeError) continue;
        throw error;
      }
      if (wait.wallMinutes <= options.maxHours * 60) continue;
      const aroundTheClock = agreement.calendars.find((calendar) => calendar.id === wait.calendar)?.alwaysOpen === true;
      context.report({
        // On a 24x7 calendar the worst moment is any moment: the explanation would say nothing the target does not.
        messageId: aroundTheClock ? 'tooLongAroundTheClock' : 'tooLong',
        data: { severity: top.id, tier: tier.id, wait: minutesInWords(wait.wallMinutes), maxHours: options.maxHours, calendar: wait.calendar, explanation: wait.explanation },
        pointer,
      });
    }
  },
};

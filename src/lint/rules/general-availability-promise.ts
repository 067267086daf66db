/**
 * "Available whenever you need us" reads as a promise of unlimited cover; in a dispute the client holds the
 * provider to the words, not to the calendar. Round-the-clock words ("24/7", "around the clock") are fine when a
 * 24x7 calendar really backs the most severe level's response target. A guarantee of the service's availability
 * ("guarantees 99.9% uptime") is a promise about availability too, and is reported here, not as a resolution
 * guarantee: it needs a measurement period, exclusions and a remedy, which no support target gives it.
 */
import type { Agreement, ServiceTier, SeverityLevel } from '../../model/agreement.js';
import { availabilityGuarantee, calendarById, clientTier, findInFields, isNegated, sentenceAt, severitiesInOrder, topSeverity } from '../rule-helpers.js';
import type { Rule } from '../types.js';

// Open-ended promises: there is no reading of these that a calendar can back.
const OPEN_ENDED = new RegExp(
  [
    'available\\s+(?:whenever|at\\s+all\\s+times|any\\s*time)',
    // "whenever you need us", but not "whenever the client needs a report, it raises a request"
    'whenever\\s+(?:you|the\\s+client|the\\s+customer)\\s+needs?\\s+(?:us|them|it|help|support|assistance)',
    '(?:available|support|help|on\\s+hand|on\\s+call)\\s+whenever\\s+(?:needed|required)',
    'any\\s*time\\s+(?:you|the\\s+client|the\\s+customer)\\s+needs?\\s+(?:us|them|it|help|support|assistance)',
    // "reach us anytime", but not "escalations happen anytime the target is missed" (a condition, as "whenever")
    'anytime(?!\\s+(?:the|a|an|that|this|there|it|its|when|if)\\b)',
    'if\\s+anything\\s+(?:comes\\s+up|goes\\s+wrong|happens|breaks)',
    'always\\s+(?:available|on\\s+call|reachable|on\\s+hand|there\\s+for)',
    'unlimited\\s+support',
  ].map((phrase) => `\\b${phrase}\\b`).join('|'),
  'gi',
);

const GUARANTEE = /\bguarant(?:ee|ees|eed|eeing)\b/gi;
// An uptime commitment drafted in full says over what period it is measured and what the client receives when it
// is missed; the field that does both is a service-level clause, not a loose promise.
const MEASUREMENT_PERIOD = /\b(?:(?:each|every|per|any|a|the)\s+(?:calendar\s+)?(?:month|quarter|year)|monthly|quarterly|annual(?:ly)?|yearly)\b/i;
const REMEDY = /\b(?:service\s+credits?|credits?|refund\w*|rebate\w*|fee\s+reduction)\b/i;

// Round-the-clock words: right when a 24x7 calendar stands behind them.
const ROUND_THE_CLOCK = /(?<![\w/])(?:24\s*\/\s*7|24x7|24\s*\/\s*7\s*\/\s*365|24\s+hours\s+a\s+day(?:,?\s+(?:7|seven)\s+days\s+a\s+week)?|a?round[-\s]the[-\s]clock)(?![\w/])/gi;

type Backing =
  | { backed: true }
  | { backed: false; messageId: 'unbackedRoundTheClock'; severity: string; calendar: string }
  | { backed: false; messageId: 'unbackedChannel'; calendar: string };

// The levels the words name: "24x7 for Sev 1/2", "around the clock for Severity 1 and 2", "24/7 on P1".
const SEVERITY_PREFIX = String.raw`(?:sev(?:erity)?|priority|level|[spl])[\s-]*`;
const NAMED_LEVELS = new RegExp(
  String.raw`^[\s,]*(?:support\s+|cover(?:age)?\s+|response\s+)?(?:for|on)\s+(${SEVERITY_PREFIX}\d(?:\s*(?:\/|,|&|and|or)\s*(?:${SEVERITY_PREFIX})?\d)*)\b`,
  'i',
);

/** The severity levels named straight after round-the-clock words, by their level number; [] when none are named. */
function namedLevels(agreement: Agreement, textAfter: string): SeverityLevel[] {
  const list = NAMED_LEVELS.exec(textAfter)?.[1];
  if (!list) return [];
  const numbers = new Set((list.match(/\d/g) ?? []).map(Number));
  return severitiesInOrder(agreement).filter((level) => numbers.has(level.level));
}

/** Whether the tier answers each of `levels` (by default the most severe) on a 24x7 calendar. */
function tierBacking(agreement: Agreement, tier: ServiceTier | undefined, levels: readonly SeverityLevel[]): Backing {
  const top = topSeverity(agreement);
  for (const level of levels.length ? levels : top ? [top] : []) {
    const calendar = tier?.targets[level.id]?.response?.calendar;
    if (calendar && !calendarById(agreement, calendar)?.alwaysOpen) return { backed: false, messageId: 'unbackedRoundTheClock', severity: level.id, calendar };
  }
  return { backed: true };
}

/**
 * A tier's, channel's or calendar's own text is backed by that tier, channel or calendar; text elsewhere by the
 * client's tier. Words that name levels ("24x7 for Sev 1/2") must be backed for each of them.
 */
function backingOf(agreement: Agreement, pointer: string, levels: readonly SeverityLevel[]): Backing {
  const calendarMatch = /^\/calendars\/(\d+)(?:\/|$)/.exec(pointer);
  if (calendarMatch && agreement.calendars[Number(calendarMatch[1])]?.alwaysOpen) return { backed: true };
  const tierMatch = /^\/tiers\/(\d+)(?:\/|$)/.exec(pointer);
  if (tierMatch) return tierBacking(agreement, agreement.tiers[Number(tierMatch[1])], levels);
  const channelMatch = /^\/channels\/(\d+)(?:\/|$)/.exec(pointer);
  const channel = channelMatch ? agreement.channels[Number(channelMatch[1])] : undefined;
  if (channel?.hours) {
    return calendarById(agreement, channel.hours)?.alwaysOpen ? { backed: true } : { backed: false, messageId: 'unbackedChannel', calendar: channel.hours };
  }
  return tierBacking(agreement, clientTier(agreement), levels);
}

export const generalAvailabilityPromise: Rule = {
  meta: {
    id: 'general-availability-promise',
    description: 'Prose promises general availability ("available whenever", "anytime", "24/7") instead of the defined service hours, or guarantees the service\'s uptime.',
    category: 'scope',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      openEnded: '"{{words}}" promises open-ended availability; state the support hours and the calendar each target runs on instead',
      unbackedRoundTheClock:
        '"{{words}}" promises round-the-clock cover, but the response target for `{{severity}}` runs on `{{calendar}}`, which is not a 24x7 calendar; back it with a 24x7 calendar or name the hours',
      unbackedChannel: '"{{words}}" promises round-the-clock cover, but this channel is staffed on `{{calendar}}`, which is not a 24x7 calendar',
      availabilityGuarantee:
        '"{{words}}" guarantees the service\'s availability; call it a target, and say over what period it is measured, what does not count (planned maintenance, outages of third parties) and what the client receives when it is missed',
    },
  },
  check(context) {
    const { agreement } = context;
    const fields = context.textFields();
    for (const match of findInFields(fields, OPEN_ENDED)) {
      context.report({ messageId: 'openEnded', data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
    for (const match of findInFields(fields, GUARANTEE)) {
      const { text } = match.field;
      const promise = availabilityGuarantee(text, match.start, match.end);
      if (!promise || isNegated(text, match.start) || (MEASUREMENT_PERIOD.test(text) && REMEDY.test(text))) continue;
      context.report({ messageId: 'availabilityGuarantee', data: { words: text.slice(promise.start, promise.end) }, pointer: match.field.pointer, range: match.field.rangeOf(promise.start, promise.end) });
    }
    for (const match of findInFields(fields, ROUND_THE_CLOCK)) {
      const { text } = match.field;
      const backing = backingOf(agreement, match.field.pointer, namedLevels(agreement, text.slice(match.end, sentenceAt(text, match.start).end)));
      if (backing.backed) continue;
      const { messageId, backed: _, ...data } = backing;
      context.report({ messageId, data: { words: match.text, ...data }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  },
};

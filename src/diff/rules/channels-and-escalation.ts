/** How to reach support: more channels, longer staffed hours and more escalation steps are better for the client. */
import { flag, listItem } from '../classifiers.js';
import { calendarOf, hoursWords, measured, yearlyMinutes } from '../measure.js';
import type { DiffRule } from '../rule.js';

const section = 'Channels and escalation';

export const channelRules: readonly DiffRule[] = [
  { path: '/channels', section, classify: listItem('stronger') },
  {
    path: '/channels/*/hours',
    section,
    // The staffed hours are a calendar: judged by the working time a year holds.
    classify: (site) => {
      const hours = measured('staffed hours a year', yearlyMinutes(site.context.old, String(site.old)), yearlyMinutes(site.context.new, String(site.new)), false, hoursWords);
      if (!hours) return { effect: 'mixed', reason: 'the staffed hours could not be measured' };
      return hours.effect === 'neutral' ? { effect: 'neutral' } : { effect: hours.effect, measures: [hours] };
    },
    words: (value, side, site) => (typeof value === 'string' ? calendarOf(side === 'old' ? site.context.old : site.context.new, value)?.name ?? value : undefined),
    direction: ['longer', 'shorter'],
  },
  { path: '/channels/*/countsForTargets', section, classify: flag('stronger', true) },
  { path: '/channels/*/severities', section, classify: listItem('stronger') },
  { path: '/escalation', section, classify: listItem('stronger') },
];

/**
 * "Standard business hours (8x5)", "24x5", "9/5 regional": support hours named but never stated. Every target counted
 * in them has no due time, and whoever reads the document supplies their own days, times and zone — the client
 * theirs, the provider its own. The hours must be a calendar: days, times and a time zone.
 *
 * Three ways a document leaves its hours in prose: a calendar that names hours without stating them (`hours:
 * unstated`); a calendar that states times but no zone (`timezone: unstated`) and whose words do not give one either;
 * and prose that speaks of business or working hours in a document with no calendar that states any.
 */
import type { Calendar, WorkingWindow } from '../../model/agreement.js';
import { windowText } from '../../model/calendar-hours.js';
import { findInFields } from '../rule-helpers.js';
import type { Rule } from '../types.js';
import { zoneMentions } from '../zone-phrases.js';

const UNSTATED = 'unstated';

// Hours spoken of in prose: "business hours", "standard working hours", "normal office hours", "business days", "8x5".
const HOURS_IN_PROSE = /\b(?:(?:standard|normal|regular|usual|local|core)\s+)?(?:business|working|office)\s+(?:hours|days?)\b|\b(?:8|9|10|12|24)\s*[x×/]\s*5\b/gi;

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const windowsText = (windows: readonly WorkingWindow[]) => windows.map(windowText).join(', ');

/** The calendar's weekly hours in a few words, for the message: "Mon–Fri 06:00–18:00". */
function hoursInWords(calendar: Calendar): string {
  const days = [1, 2, 3, 4, 5, 6, 7].filter((day) => (calendar.weekly[day]?.length ?? 0) > 0);
  if (days.length === 0) return 'no working hours';
  const first = calendar.weekly[days[0]!]!;
  const same = days.every((day) => windowsText(calendar.weekly[day]!) === windowsText(first));
  const consecutive = days.every((day, i) => i === 0 || day === days[i - 1]! + 1);
  if (same && consecutive && days.length > 1) return `${WEEKDAYS[days[0]!]}–${WEEKDAYS[days.at(-1)!]} ${windowsText(first)}`;
  return days.map((day) => `${WEEKDAYS[day]} ${windowsText(calendar.weekly[day]!)}`).join('; ');
}

function zoneUnstated(calendar: Calendar): boolean {
  const zones = calendar.timezones.length ? calendar.timezones : [calendar.timezone];
  return zones.includes(UNSTATED);
}

export const supportHoursInProse: Rule = {
  meta: {
    id: 'support-hours-in-prose',
    description: 'Support hours are named but not stated: a calendar with `hours: unstated` or no time zone, or prose about business hours that no calendar defines.',
    category: 'calendar',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      hoursUnstated:
        'calendar `{{calendar}}` names support hours without stating them (`hours: unstated`{{andZone}}){{words}}; a target counted in them has no due time until the days, times and zone are stated',
      zoneUnstated:
        'calendar `{{calendar}}` states its hours ({{hours}}) but not the time zone they are in (`timezone: unstated`), and its words name none; name the IANA zone, e.g. America/New_York',
      proseOnly:
        '"{{words}}" names support hours that no calendar states: the document has no calendar with working hours; add one with the days, times and zone',
    },
  },
  check(context) {
    const { agreement } = context;
    agreement.calendars.forEach((calendar, index) => {
      const pointer = `/calendars/${index}`;
      const words = calendar.description ?? calendar.name;
      if (calendar.hoursUnstated) {
        context.report({
          messageId: 'hoursUnstated',
          data: { calendar: calendar.id, andZone: zoneUnstated(calendar) ? ', `timezone: unstated`' : '', words: words ? `: "${words.trim()}"` : '' },
          pointer: `${pointer}/hours`,
        });
        return;
      }
      // A 24x7 clock counts the same in every zone; `client-local` is a zone the client names, as policies say.
      if (calendar.alwaysOpen || !zoneUnstated(calendar)) return;
      // "Mon-Fri 6 a.m.-6 p.m. PST": the zone is in the words. Whether those words are precise is
      // timezone-abbreviation's finding, at the words; this one would say the same thing again.
      if ([calendar.description, calendar.name].some((text) => text !== undefined && zoneMentions(text).length > 0)) return;
      context.report({ messageId: 'zoneUnstated', data: { calendar: calendar.id, hours: hoursInWords(calendar) }, pointer: `${pointer}/timezone` });
    });

    // Prose about business hours is defined by any calendar with working hours, stated or not (a calendar whose hours
    // are unstated is reported above, once, rather than at every sentence that names it).
    if (agreement.calendars.some((calendar) => !calendar.alwaysOpen)) return;
    const [first] = findInFields(context.textFields(), HOURS_IN_PROSE);
    if (first) context.report({ messageId: 'proseOnly', data: { words: first.text }, pointer: first.field.pointer, range: first.field.rangeOf(first.start, first.end) });
  },
};

/**
 * Support hours and holidays: judged by what they do to the clock. Fewer working hours a year are worse for the
 * client (every business-hours target passes later on the wall clock); the measures say by how much, a week, a year,
 * and for the worst-case wait of each response that runs on the calendar.
 */
import { mixed, neutral } from '../classifiers.js';
import { calendarOf, hoursWords, measured, weeklyMinutes, yearlyMinutesOf, yearOf } from '../measure.js';
import { normaliseCalendar } from '../../model/normalise.js';
import { valueAt } from '../words.js';
import { calendarHoursShort, dateWords } from '../../render/words.js';
import type { Agreement, Calendar } from '../../model/agreement.js';
import { worstCaseWaitMinutes } from '../../clock/worst-case.js';
import { minutesInWords } from '../../model/duration.js';
import { isObject, present, type Classify, type DiffRule, type Json, type Site } from '../rule.js';
import type { ChangeMeasure } from '../types.js';

const section = 'Support hours and holidays';

/** The worst-case response wait of each severity of the client's tier whose response runs on the calendar. */
function responseWaits(agreement: Agreement | undefined, calendarId: string | undefined): Map<string, number> {
  const waits = new Map<string, number>();
  if (!agreement || !calendarId) return waits;
  const tier = agreement.tiers.find((t) => t.id === agreement.serviceTier);
  for (const level of agreement.severityLevels) {
    const response = tier?.targets[level.id]?.response;
    if (!response || (response.calendar !== calendarId && response.outsideHours?.calendar !== calendarId && response.outsideHours?.hours !== calendarId)) continue;
    try {
      waits.set(level.name, worstCaseWaitMinutes(agreement, response, yearOf(agreement)));
    } catch {
      // A target the clock cannot count has no worst case to compare.
    }
  }
  return waits;
}

const calendarIndex = (pointer: string) => Number(pointer.split('/')[2]);

/**
 * The two calendars a change is measured between: the old calendar, and the old calendar with only this change made.
 * Two changes to one calendar (a holiday added while the hours grow) are then each measured by what they do alone.
 * A calendar that reads holiday files or another calendar's holidays is measured whole, before and after.
 */
function calendarsCompared(site: Site): { before?: Calendar; after?: Calendar; oldAgreement?: Agreement; newAgreement?: Agreement } {
  const oldIndex = calendarIndex(site.oldPointer), newIndex = calendarIndex(site.newPointer);
  const whole = { before: calendarOf(site.context.old, oldIndex), after: calendarOf(site.context.new, newIndex), oldAgreement: site.context.old, newAgreement: site.context.new };
  const raw = valueAt(site.context.oldData, `/calendars/${oldIndex}`);
  const field = site.path.split('/')[3]!;
  if (!site.context.old || !isObject(raw) || raw.holidayFiles !== undefined || raw.holidaysOf !== undefined || field === 'holidayFiles' || field === 'holidaysOf') return whole;
  let value: Json = site.new;
  if (site.path.split('/').length > 4) {
    // One item of a list (a holiday): the old list with this one item added, removed or replaced.
    const list = Array.isArray(raw[field]) ? [...(raw[field] as Json[])] : [];
    const at = Number(site.oldPointer.split('/')[4]);
    if (!present(site.old)) list.push(site.new);
    else if (!present(site.new)) list.splice(at, 1);
    else list[at] = site.new;
    value = list;
  }
  try {
    const before = normaliseCalendar(raw as never);
    const after = normaliseCalendar({ ...raw, [field]: value } as never);
    const withCalendar = (calendar: Calendar): Agreement => ({ ...site.context.old!, calendars: site.context.old!.calendars.map((c, i) => (i === oldIndex ? calendar : c)) });
    return { before, after, oldAgreement: withCalendar(before), newAgreement: withCalendar(after) };
  } catch {
    return whole;
  }
}

const calendarTime: Classify = (site) => {
  const { before, after, oldAgreement, newAgreement } = calendarsCompared(site);
  const year = measured('working hours a year', yearlyMinutesOf(oldAgreement, before), yearlyMinutesOf(newAgreement, after), false, hoursWords);
  if (!year) return { effect: 'mixed', reason: 'the working time could not be measured' };
  const measures: ChangeMeasure[] = [];
  const week = measured('support hours a week', weeklyMinutes(before), weeklyMinutes(after), false, hoursWords);
  if (week && week.effect !== 'neutral') measures.push(week);
  if (year.effect !== 'neutral') measures.push(year);
  const waitsBefore = responseWaits(oldAgreement, before?.id), waitsAfter = responseWaits(newAgreement, after?.id);
  for (const [severity, wait] of waitsAfter) {
    const change = measured(`worst-case wait for a ${severity} response`, waitsBefore.get(severity), wait, true, minutesInWords);
    if (change && change.effect !== 'neutral') measures.push(change);
  }
  return year.effect === 'neutral' ? { effect: 'neutral', ...(measures.length && { measures }) } : { effect: year.effect, measures };
};

/**
 * A holiday in words: `Friday, 24 December 2027, open 08:00–13:00 only`, with its name (`— Christmas Eve`) only where
 * the subject does not already say it, i.e. when the name itself changed.
 */
function holidayWords(value: Json, other: Json, locale: string): string | undefined {
  if (!isObject(value) || typeof value.date !== 'string') return undefined;
  const open = Array.isArray(value.open) && value.open.length ? `, open ${value.open.join(', ')} only` : ', closed';
  const renamed = isObject(other) && other.name !== value.name;
  return `${dateWords(value.date, locale, { weekday: true })}${renamed && typeof value.name === 'string' ? ` — ${value.name}` : ''}${open}`;
}

const calendarWords: NonNullable<DiffRule['words']> = (value, side, site) => {
  const agreement = side === 'old' ? site.context.old : site.context.new;
  const locale = agreement?.locale ?? 'en-GB';
  const holiday = holidayWords(value, side === 'old' ? site.new : site.old, locale);
  if (holiday) return holiday;
  if (/\/hours$/.test(site.path)) {
    const calendar = calendarOf(agreement, calendarIndex(side === 'old' ? site.oldPointer : site.newPointer));
    return calendar ? calendarHoursShort(calendar, locale) : undefined;
  }
  return undefined;
};

const measuredRule = (field: string, whole = false): DiffRule => ({ path: `/calendars/*/${field}`, section, classify: calendarTime, words: calendarWords, ...(whole && { whole }) });

export const hoursAndHolidaysRules: readonly DiffRule[] = [
  { path: '/calendars', section, classify: neutral },
  { path: '/calendars/*/timezone', section, classify: mixed('the hours move against the client’s day: sooner for some requests, later for others') },
  measuredRule('hours', true),
  measuredRule('holidays'),
  measuredRule('holidaySets'),
  measuredRule('holidayFiles'),
  measuredRule('holidaysOf'),
];

/**
 * The words a contract uses for times, dates, money and lists. Pure functions of the agreement's data and locale;
 * no clock, so the same agreement always reads the same.
 */
import { DateTime } from 'luxon';
import type { Calendar, Duration, Money, WorkingWindow } from '../model/agreement.js';
import { windowText } from '../model/calendar-hours.js';

const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const DAY_ABBREVIATIONS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat>();
/** Intl formatters are costly to build and a contract asks for the same few hundreds of times. */
function cached<T extends Intl.NumberFormat | Intl.ListFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * `4 business hours`, `1 business hour and 30 minutes`, `2 business days` on a business-hours calendar;
 * `1 hour`, `2 days` on a 24×7 calendar. The first unit says which clock runs.
 */
export function durationWords(duration: Duration, calendar: Pick<Calendar, 'alwaysOpen'>): string {
  const hours = Math.floor(duration.minutes / 60);
  const minutes = duration.minutes % 60;
  const parts: [number, string][] = [];
  if (duration.days) parts.push([duration.days, 'day']);
  if (hours) parts.push([hours, 'hour']);
  if (minutes) parts.push([minutes, 'minute']);
  if (parts.length === 0) return '0 minutes';
  const words = parts.map(([count, unit], index) => plural(count, index === 0 && !calendar.alwaysOpen ? `business ${unit}` : unit));
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function sameWindows(a: WorkingWindow[], b: WorkingWindow[]): boolean {
  return a.length === b.length && a.every((w, i) => w.start === b[i]!.start && w.end === b[i]!.end);
}

export interface WeeklyHours {
  /** `Monday to Friday`, `Saturday`, `Monday, Wednesday and Friday`. */
  days: string;
  /** `Mon–Fri`. */
  daysShort: string;
  /** `09:00–12:30 and 13:30–17:30`. */
  windows: string;
  /** `09:00–12:30, 13:30–17:30`. */
  windowsShort: string;
}

/** Groups runs of consecutive weekdays that share the same working windows. */
export function weeklyHours(calendar: Calendar): WeeklyHours[] {
  const groups: { from: number; to: number; windows: WorkingWindow[] }[] = [];
  for (let day = 1; day <= 7; day++) {
    const windows = calendar.weekly[day] ?? [];
    if (windows.length === 0) continue;
    const last = groups.at(-1);
    if (last && last.to === day - 1 && sameWindows(last.windows, windows)) last.to = day;
    else groups.push({ from: day, to: day, windows });
  }
  return groups.map(({ from, to, windows }) => {
    const texts = windows.map(windowText);
    const span = to - from;
    return {
      days: span === 0 ? DAY_NAMES[from]! : span === 1 ? `${DAY_NAMES[from]} and ${DAY_NAMES[to]}` : `${DAY_NAMES[from]} to ${DAY_NAMES[to]}`,
      daysShort: span === 0 ? DAY_ABBREVIATIONS[from]! : `${DAY_ABBREVIATIONS[from]}–${DAY_ABBREVIATIONS[to]}`,
      windows: texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`,
      windowsShort: texts.join(', '),
    };
  });
}

/** The calendar's time zone in words: `Europe/Berlin`, `America/New_York and Europe/Berlin`, or what the document says instead. */
export function timezoneWords(calendar: Pick<Calendar, 'timezone' | 'timezones'>): string {
  if (calendar.timezone === 'unstated') return 'time zone not stated';
  if (calendar.timezone === 'client-local') return 'the time zone the Client names';
  return calendar.timezones.length > 1 ? listWords(calendar.timezones, 'en') : calendar.timezone;
}

/** `Mon–Fri 09:00–12:30, 13:30–17:30 Europe/Berlin`, or `24×7`, or `hours not stated`. */
export function calendarHoursShort(calendar: Calendar): string {
  if (calendar.alwaysOpen) return '24×7';
  if (calendar.hoursUnstated) return `hours not stated, ${timezoneWords(calendar)}`;
  const week = weeklyHours(calendar).map((group) => `${group.daysShort} ${group.windowsShort}`);
  return `${week.join('; ')} ${timezoneWords(calendar)}`;
}

/** `4 business hours (Mon–Fri 09:00–17:00 Europe/Berlin)`, `30 minutes, 24×7`. */
export function durationWithCalendar(duration: Duration, calendar: Calendar): string {
  const words = durationWords(duration, calendar);
  return calendar.alwaysOpen ? `${words}, 24×7` : `${words} (${calendarHoursShort(calendar)})`;
}

/** A date written YYYY-MM-DD, in the agreement's locale: `1 January 2027` (en-GB), `January 1, 2027` (en-US). */
export function dateWords(isoDate: string, locale: string, { weekday = false } = {}): string {
  const date = DateTime.fromISO(isoDate, { zone: 'UTC', locale });
  if (!date.isValid) return isoDate;
  return date.toLocaleString(weekday ? DateTime.DATE_HUGE : DateTime.DATE_FULL);
}

/** `€2,900 per month`, `€149.50 per hour`. Cents appear only when the amount has them. */
export function moneyWords(money: Money, locale: string): string {
  const whole = Number.isInteger(money.amount);
  const amount = cached(`money:${locale}:${money.currency}:${whole}`, () => new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  })).format(money.amount);
  if (!money.per) return amount;
  return money.per === 'one-off' ? `${amount} (one-off)` : `${amount} per ${money.per}`;
}

/** `99.9%` in en-GB, `99,9 %` in de-DE. `value` is a percentage, not a fraction. */
export function percentWords(value: number, locale: string): string {
  return cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 })).format(value / 100);
}

export function numberWords(value: number, locale: string, maximumFractionDigits = 1): string {
  return cached(`number:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value);
}

/** `a, b and c` (or `a, b or c`) in the agreement's locale. */
export function listWords(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`list:${locale}:${type}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

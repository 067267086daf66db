/**
 * The words a contract uses for times, dates, money and lists. Pure functions of the agreement's data and locale;
 * no clock, so the same agreement always reads the same.
 */
import { DateTime } from 'luxon';
import { translator } from '../i18n/catalog.js';
import { DEFAULT_LOCALE, type Calendar, type Duration, type Money, type WorkingWindow } from '../model/agreement.js';

const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>();
/** Intl formatters are costly to build and a contract asks for the same few hundreds of times. */
function cached<T extends Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * `4 business hours`, `1 business hour and 30 minutes`, `2 business days` on a business-hours calendar;
 * `1 hour`, `2 days` on a 24×7 calendar, in the locale's words (`4 Geschäftsstunden`). The first unit says which
 * clock runs.
 */
export function durationWords(duration: Duration, calendar: Pick<Calendar, 'alwaysOpen'>, locale: string = DEFAULT_LOCALE): string {
  const { t } = translator(locale);
  const hours = Math.floor(duration.minutes / 60);
  const minutes = duration.minutes % 60;
  const parts: [number, 'Day' | 'Hour' | 'Minute'][] = [];
  if (duration.days) parts.push([duration.days, 'Day']);
  if (hours) parts.push([hours, 'Hour']);
  if (minutes) parts.push([minutes, 'Minute']);
  if (parts.length === 0) return t('words.duration.minute', { count: 0 });
  const words = parts.map(([count, unit], index) => t(index === 0 && !calendar.alwaysOpen ? `words.duration.business${unit}` : `words.duration.${unit.toLowerCase()}`, { count }));
  return listWords(words, locale);
}


/** A weekday's name in the locale, `long` (`Monday`, `Montag`) or `short` (`Mon`, `Mo.`); 1 is Monday. */
export function dayName(isoWeekday: number, locale: string, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  return cached(`weekday:${locale}:${width}`, () => new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' })).format(Date.UTC(2024, 0, isoWeekday));
}

/** A month's name in the locale (`March`, `März`); 1 is January. */
export function monthName(month: number, locale: string): string {
  return cached(`month:${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })).format(Date.UTC(2024, month - 1, 1));
}

function sameWindows(a: WorkingWindow[], b: WorkingWindow[]): boolean {
  return a.length === b.length && a.every((w, i) => w.start === b[i]!.start && w.end === b[i]!.end);
}

export interface WeeklyHours {
  /** `Monday to Friday`, `Saturday`, `Monday, Wednesday and Friday`. */
  days: string;
  /** `Mon–Fri`. */
  daysShort: string;
  /** `09:00–12:30 and 13:30–17:30` (en-GB), `9:00 AM–12:30 PM and 1:30 PM–5:30 PM` (en-US). */
  windows: string;
  /** `09:00–12:30, 13:30–17:30`. */
  windowsShort: string;
}

/** True when the locale reads the clock in 12 hours with AM and PM (en-US, en-CA, en-AU…), as Intl says it does. */
export function usesTwelveHourClock(locale: string): boolean {
  const cycle = cached(`hour:${locale}`, () => new Intl.DateTimeFormat(locale, { hour: 'numeric' })).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

/**
 * A time of day (minutes after midnight; 1440 is the end of the day) on the locale's clock: `09:00`, `24:00` in
 * en-GB; `9:00 AM`, `12:00 AM` in en-US. Intl writes it; the narrow no-break space ICU puts before AM/PM becomes a
 * plain space, so the Markdown reads and searches like the rest of the text (the PDF keeps a clock time on one line).
 */
export function clockWords(minutes: number, locale: string): string {
  const twelve = usesTwelveHourClock(locale);
  const endOfDay = minutes === 1440;
  const format = cached(`clock:${locale}:${twelve ? '12' : endOfDay ? '24' : '23'}`, () => new Intl.DateTimeFormat(locale, twelve
    ? { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }
    // The end of a working day is 24:00 on a 24-hour clock (h24), not the 00:00 that starts the next one.
    : { hour: '2-digit', minute: '2-digit', hourCycle: endOfDay ? 'h24' : 'h23', timeZone: 'UTC' }));
  return format.format(Date.UTC(2000, 0, 1, 0, minutes % 1440)).replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * A working window in the contract's words: `09:00–17:30` (en-GB), `9:00 AM–5:30 PM` (en-US). A window that runs
 * to midnight ends at `24:00` (`12:00 AM`); one past midnight ends at the next day's time (`22:00–06:00`). The
 * locale-free `windowText` of model/calendar-hours stays what lint and `sla init` write.
 */
export function windowWords(window: WorkingWindow, locale: string): string {
  const end = window.end === 1440 ? 1440 : window.end % 1440;
  return `${clockWords(window.start % 1440, locale)}–${clockWords(end, locale)}`;
}

/** Groups runs of consecutive weekdays that share the same working windows. */
export function weeklyHours(calendar: Calendar, locale: string): WeeklyHours[] {
  const groups: { from: number; to: number; windows: WorkingWindow[] }[] = [];
  for (let day = 1; day <= 7; day++) {
    const windows = calendar.weekly[day] ?? [];
    if (windows.length === 0) continue;
    const last = groups.at(-1);
    if (last && last.to === day - 1 && sameWindows(last.windows, windows)) last.to = day;
    else groups.push({ from: day, to: day, windows });
  }
  const { t } = translator(locale);
  return groups.map(({ from, to, windows }) => {
    const texts = windows.map((window) => windowWords(window, locale));
    const span = to - from;
    const [first, last] = [dayName(from, locale), dayName(to, locale)];
    return {
      days: span === 0 ? first : span === 1 ? listWords([first, last], locale) : t('words.days.range', { from: first, to: last }),
      daysShort: span === 0 ? dayName(from, locale, 'short') : `${dayName(from, locale, 'short')}–${dayName(to, locale, 'short')}`,
      windows: listWords(texts, locale),
      windowsShort: texts.join(', '),
    };
  });
}

/** A time zone as a client reads it: `name` alone where the sentence is compact, `text` where the zone is introduced. */
export interface ZoneWords {
  /** `Berlin time`, `New York time`; `UTC` or `GMT-5` for a zone that names no place (`UTC`, `Etc/GMT+5`). */
  name: string;
  /** What the zone is called in the locale: `CET/CEST`, `GMT/BST`, `Eastern Time`; null when Intl knows only an offset. */
  detail: string | null;
  /** `Berlin time (CET/CEST)`, `New York time (Eastern Time)`, `UTC`. */
  text: string;
}

const ABBREVIATION = /^\p{L}+$/u;
const OFFSET_NAME = /^(?:GMT|UTC)(?:$|[+\-−])/;

/** The name Intl gives a zone on a day in January or July, in the given style. */
function intlZoneName(zone: string, locale: string, style: 'short' | 'longGeneric' | 'shortGeneric', month: 0 | 6): string | undefined {
  const format = cached(`zone:${locale}:${zone}:${style}`, () => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }));
  return format.formatToParts(Date.UTC(2027, month, 15, 12)).find((part) => part.type === 'timeZoneName')?.value;
}

const zoneWordsCache = new Map<string, ZoneWords>();

/**
 * A zone in words, derived rather than listed: the place is the IANA name's last part (`America/New_York` → `New
 * York time`); the detail is what Intl calls the zone in the agreement's locale: its short names in January and
 * July when both are abbreviations (`CET/CEST`, `GMT/BST`; one when they are the same), else its generic name
 * (`Eastern Time`) unless that is only an offset (`GMT-05:00`). A zone that names no place (`UTC`, `Etc/GMT+5`) is
 * written as Intl writes it (`UTC`, `GMT-5`: Etc/ zones count their sign the other way round, so the IANA name
 * would mislead).
 */
export function zoneWords(zone: string, locale: string): ZoneWords {
  const key = `${locale}\0${zone}`;
  let words = zoneWordsCache.get(key);
  if (!words) {
    words = zoneWordsUncached(zone, locale);
    if (zoneWordsCache.size < 1000) zoneWordsCache.set(key, words);
  }
  return words;
}

function zoneWordsUncached(zone: string, locale: string): ZoneWords {
  try {
    const [january, july] = [intlZoneName(zone, locale, 'short', 0), intlZoneName(zone, locale, 'short', 6)];
    if (!zone.includes('/') || zone.startsWith('Etc/')) {
      const name = january ?? zone;
      return { name, detail: null, text: name };
    }
    const name = translator(locale).t('words.zone.place', { place: zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ') });
    let detail: string | null = null;
    if (january && july && ABBREVIATION.test(january) && ABBREVIATION.test(july)) detail = january === july ? january : `${january}/${july}`;
    else {
      const generic = intlZoneName(zone, locale, 'longGeneric', 0);
      // Outside English, a generic name the same in its short form is Intl's location format ("Vereinigtes
      // Königreich (Ortszeit)", "heure : Royaume-Uni"): it names the place again, next to the name that already does.
      // (English's reads as a zone name, "United Kingdom Time", and a real one can be the same in both forms.)
      const locationFormat = !/^en\b/i.test(locale) && generic === intlZoneName(zone, locale, 'shortGeneric', 0);
      if (generic && !OFFSET_NAME.test(generic) && !locationFormat) detail = generic;
    }
    return { name, detail, text: detail ? `${name} (${detail})` : name };
  } catch {
    // Not a zone Intl knows (validation refuses these; the view's fallback calendar is UTC): the name as written.
    return { name: zone, detail: null, text: zone };
  }
}

/**
 * The calendar's time zones in words: `Berlin time (CET/CEST)`, `New York time (Eastern Time) and London time
 * (GMT/BST)`, or what the document says instead of a zone. `compact` names each zone without its detail, for text
 * that is already inside parentheses: `Berlin time`.
 */
export function timezoneWords(calendar: Pick<Calendar, 'timezone' | 'timezones'>, locale: string, { compact = false, client = 'Client' } = {}): string {
  if (calendar.timezone === 'unstated') return translator(locale).t('words.zone.unstated');
  if (calendar.timezone === 'client-local') return translator(locale).t('words.zone.clientLocal', { client });
  return listWords(calendar.timezones.map((zone) => (compact ? zoneWords(zone, locale).name : zoneWords(zone, locale).text)), locale);
}

/**
 * The IANA names of the calendar's zones, for the one place the contract records them (the support-hours
 * section), or null when there is nothing to record: no zone is named, or each zone's words are its name (`UTC`).
 */
export function timezoneIanaWords(calendar: Pick<Calendar, 'timezone' | 'timezones'>, locale: string, { except = new Set<string>() }: { except?: ReadonlySet<string> } = {}): string | null {
  if (calendar.timezone === 'unstated' || calendar.timezone === 'client-local') return null;
  const zones = calendar.timezones.filter((zone) => !except.has(zone) && zoneWords(zone, locale).text !== zone);
  return zones.length ? listWords(zones, locale) : null;
}

/** `Mon–Fri 09:00–12:30, 13:30–17:30 Berlin time`, or `24×7`, or `hours not stated`. Zones without their detail: the text is often put in parentheses. */
export function calendarHoursShort(calendar: Calendar, locale: string): string {
  const { t } = translator(locale);
  if (calendar.alwaysOpen) return t('words.hours.alwaysOpen');
  if (calendar.hoursUnstated) return t('words.hours.unstated', { zone: timezoneWords(calendar, locale, { compact: true }) });
  const week = weeklyHours(calendar, locale).map((group) => `${group.daysShort} ${group.windowsShort}`);
  return `${week.join('; ')} ${timezoneWords(calendar, locale, { compact: true })}`;
}

/** `4 business hours (Mon–Fri 09:00–17:00 Berlin time)`, `30 minutes, 24×7`. */
export function durationWithCalendar(duration: Duration, calendar: Calendar, locale: string): string {
  const { t } = translator(locale);
  const words = durationWords(duration, calendar, locale);
  return calendar.alwaysOpen ? t('words.duration.alwaysOpen', { duration: words }) : t('words.duration.withHours', { duration: words, hours: calendarHoursShort(calendar, locale) });
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
  // ICU selectors are identifiers: `one-off` is `oneOff` in the catalogs.
  return translator(locale).t('words.money.per', { amount, per: money.per === 'one-off' ? 'oneOff' : money.per });
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

/** Numbers, percentages and dates in a chart, written by Intl in the report's locale. */
import { numberWords } from '../render/words.js';

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = create()));
  return format;
}

/** A share in [0, 1] as a percentage: `92%` (en-GB), `92 %` (de-DE), `92.5%`; one decimal at most. */
export function sharePercent(share: number, locale: string, maximumFractionDigits = 1): string {
  return cached(`percent:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits })).format(share);
}

/** `1,250` (en-GB), `1.250` (de-DE); `7.5`. */
export function count(value: number, locale: string, maximumFractionDigits = 1): string {
  return numberWords(value, locale, maximumFractionDigits);
}

/** Hours with the unit: `7.5 h`, `11.25 h` (en-GB), `7,5 h` (de-DE); quarter hours stay exact. */
export function hours(value: number, locale: string): string {
  return `${numberWords(value, locale, 2)} h`;
}

/**
 * The Monday of an ISO week (`2026-W05`) as a UTC date, or undefined when the text is not an ISO week.
 * Week 1 is the week with 4 January in it.
 */
export function isoWeekMonday(week: string): Date | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return undefined;
  const [year, number] = [Number(match[1]), Number(match[2])];
  if (number < 1 || number > 53) return undefined;
  const fourth = Date.UTC(year, 0, 4);
  const weekday = (new Date(fourth).getUTCDay() + 6) % 7;
  const monday = new Date(fourth - weekday * 86_400_000 + (number - 1) * 7 * 86_400_000);
  // Week 53 exists only in years whose week 1 starts late enough.
  if (number === 53 && isoWeekMonday(`${year + 1}-W01`)!.getTime() === monday.getTime()) return undefined;
  return monday;
}

/** An ISO week as its Monday in the locale (`2 Feb` en-GB, `Feb 2` en-US); other labels are kept as given. */
export function weekLabel(week: string, locale: string): string {
  const monday = isoWeekMonday(week);
  if (!monday) return week;
  return cached(`week:${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })).format(monday);
}

/** A month `2026-03` as `Mar 2026` in the locale (`März 2026` de-DE); other labels are kept as given. */
export function periodLabel(period: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return period;
  return cached(`month:${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/**
 * What an agreement's calendars need from outside the document before the clock runs on them: the holidays of the
 * `.ics` files they name (`holidayFiles`), and the client's zone for a `client-local` calendar. The library reads no
 * files itself: the caller passes a reader (the CLI reads relative to the agreement file).
 */
import type { Agreement, Calendar } from '../model/agreement.js';
import { checkTimezone } from '../model/timezone.js';
import { holidaysFromICalendar, withHolidays, type DateRange } from './ics.js';
import { calendarZones, ClockError } from './working-day.js';

/** Reads a holiday file named in the agreement (as written there); rejects with an Error whose message says why not. */
export type ReadHolidayFile = (file: string) => Promise<string>;

export interface HolidayFileProblem {
  /** The file as the agreement names it. */
  file: string;
  /** The ids of the calendars that name it. */
  calendars: string[];
  /** Why it could not be used, e.g. `cannot read holidays/2027.ics: no such file`. */
  message: string;
}

export interface LoadedHolidayFiles {
  /** The agreement with each file's all-day events added as holidays of the calendars that name it. */
  agreement: Agreement;
  /** Files that could not be read or are not iCalendar. The calendars naming them get no holidays from them. */
  problems: HolidayFileProblem[];
  /** Events that were not imported (timed events, events too long to be holidays), by file. */
  skipped: { file: string; reason: string }[];
}

/** Every year a ticket can be opened or fall due in; recurring events are capped in `holidaysFromICalendar`. */
const ALL_CLOCK_YEARS: DateRange = { from: '1970-01-01', to: '2199-12-31' };

// Calendars whose files were read (or that name none), so the clock can warn about files nobody loaded.
const loaded = new WeakSet<Calendar>();

/** True when the calendar names `.ics` files that `loadHolidayFiles` has not read into it. */
export function hasUnloadedHolidayFiles(calendar: Calendar): boolean {
  return (calendar.holidayFiles?.length ?? 0) > 0 && !calendar.alwaysOpen && !loaded.has(calendar);
}

/**
 * Reads the `.ics` files the agreement's calendars name (`holidayFiles`) and adds their all-day events as full days
 * off. Each file is read once however many calendars name it. The calendar's own dated holidays win over imported
 * ones; 24x7 calendars are left as they are. Never throws for a bad file: it is reported in `problems`.
 */
export async function loadHolidayFiles(agreement: Agreement, readFile: ReadHolidayFile, range: DateRange = ALL_CLOCK_YEARS): Promise<LoadedHolidayFiles> {
  const files = new Map<string, string[]>();
  for (const calendar of agreement.calendars) {
    if (calendar.alwaysOpen) continue;
    for (const file of calendar.holidayFiles ?? []) files.set(file, [...(files.get(file) ?? []), calendar.id]);
  }
  const problems: HolidayFileProblem[] = [];
  const skipped: LoadedHolidayFiles['skipped'] = [];
  const holidaysOf = new Map<string, Awaited<ReturnType<typeof holidaysFromICalendar>>['holidays']>();
  for (const [file, calendars] of files) {
    let text: string;
    try {
      text = await readFile(file);
    } catch (error) {
      problems.push({ file, calendars, message: `cannot read ${file}: ${(error as Error).message}` });
      continue;
    }
    try {
      const imported = await holidaysFromICalendar(text, range);
      holidaysOf.set(file, imported.holidays);
      for (const reason of imported.skipped) skipped.push({ file, reason });
    } catch (error) {
      if (!(error instanceof ClockError)) throw error;
      problems.push({ file, calendars, message: `${file} is ${error.message}` });
    }
  }
  const calendars = agreement.calendars.map((calendar) => {
    const imported = (calendar.holidayFiles ?? []).flatMap((file) => holidaysOf.get(file) ?? []);
    const result = imported.length > 0 ? withHolidays(calendar, imported) : { ...calendar };
    loaded.add(result);
    return result;
  });
  return { agreement: { ...agreement, calendars }, problems, skipped };
}

export interface ClientTimezone {
  agreement: Agreement;
  /** The ids of the calendars that were `client-local` and now run in the zone. */
  calendars: string[];
}

/**
 * The agreement with every `client-local` calendar running in the client's zone (an IANA name, e.g. from
 * `sla due --timezone`). Throws a ClockError for a name that is not an IANA zone.
 */
export function withClientTimezone(agreement: Agreement, zone: string): ClientTimezone {
  const check = checkTimezone(zone);
  if (!check.ok) throw new ClockError(check.message);
  const changed: string[] = [];
  const calendars = agreement.calendars.map((calendar) => {
    const zones = calendarZones(calendar);
    if (!zones.includes('client-local')) return calendar;
    changed.push(calendar.id);
    const timezones = [...new Set(zones.map((z) => (z === 'client-local' ? zone : z)))];
    const result = { ...calendar, timezone: timezones[0]!, timezones };
    if (!hasUnloadedHolidayFiles(calendar)) loaded.add(result);
    return result;
  });
  return { agreement: { ...agreement, calendars }, calendars: changed };
}

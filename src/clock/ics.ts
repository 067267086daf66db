/**
 * Holidays from an iCalendar (.ics) file, such as a public-holiday feed. All-day events become full days off;
 * recurring ones are expanded within a range of dates. Timed events are not holidays and are reported as skipped.
 */
import type { Calendar, CalendarHoliday } from '../model/agreement.js';
import { ClockError } from './working-day.js';

export interface ImportedHolidays {
  holidays: CalendarHoliday[];
  /** Events that were not imported, and why. */
  skipped: string[];
}

export interface DateRange {
  /** First date, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last date, YYYY-MM-DD, inclusive. */
  to: string;
}

/** A recurring event expands to at most this many occurrences, so an unbounded rule cannot run forever. */
const MAX_OCCURRENCES = 1000;
/** A single event longer than this is more likely a mistake than a holiday. */
const MAX_EVENT_DAYS = 31;

const isoDate = (time: { year: number; month: number; day: number }) =>
  `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;

/** Dates from `first` for `days` days (an all-day event's DTEND is exclusive). */
function datesFrom(first: string, days: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: Math.max(1, days) }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** Reads the all-day events of an iCalendar text as full-day holidays within `range`. Throws a ClockError for a file that is not iCalendar. */
export async function holidaysFromICalendar(text: string, range: DateRange): Promise<ImportedHolidays> {
  // Loaded on demand: only `sla due --holidays` and library users who import holidays need the parser.
  const { default: ICAL } = await import('ical.js');
  if (text.includes('\0')) throw new ClockError('not an iCalendar file: it contains NUL bytes, so it is binary, not text');
  let root;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch (error) {
    // The parser quotes the offending line whole; a line of a wrong file can be any length.
    const message = (error as Error).message;
    throw new ClockError(`not an iCalendar file: ${message.length > 160 ? `${message.slice(0, 160)}…` : message}`);
  }
  if (root.name !== 'vcalendar') throw new ClockError(`not an iCalendar file: it starts with ${root.name.toUpperCase()}, not VCALENDAR`);
  const holidays = new Map<string, CalendarHoliday>();
  const skipped: string[] = [];
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const name = event.summary || 'Holiday';
    if (event.isRecurrenceException()) continue;
    if (!event.startDate) {
      skipped.push(`${name}: no start date`);
      continue;
    }
    if (!event.startDate.isDate) {
      skipped.push(`${name}: a timed event, not an all-day holiday`);
      continue;
    }
    const days = event.endDate ? Math.round(event.endDate.subtractDate(event.startDate).toSeconds() / 86_400) : 1;
    if (days > MAX_EVENT_DAYS) {
      skipped.push(`${name}: lasts ${days} days`);
      continue;
    }
    const starts: string[] = [];
    if (event.isRecurring()) {
      const occurrences = event.iterator();
      for (let i = 0, next = occurrences.next(); next && i < MAX_OCCURRENCES; i++, next = occurrences.next()) {
        const date = isoDate(next);
        if (date > range.to) break;
        starts.push(date);
      }
    } else {
      starts.push(isoDate(event.startDate));
    }
    for (const start of starts) {
      for (const date of datesFrom(start, days)) {
        if (date >= range.from && date <= range.to && !holidays.has(date)) holidays.set(date, { date, name, open: [] });
      }
    }
  }
  return { holidays: [...holidays.values()].sort((a, b) => a.date.localeCompare(b.date)), skipped };
}

/** The calendar with more holidays; the calendar's own entries (including partial days) win over imported ones. 24x7 calendars are unchanged. */
export function withHolidays(calendar: Calendar, holidays: readonly CalendarHoliday[]): Calendar {
  if (calendar.alwaysOpen) return calendar;
  const merged = new Map(holidays.map((h) => [h.date, h] as const));
  for (const [date, holiday] of calendar.holidays) merged.set(date, holiday);
  return { ...calendar, holidays: merged };
}

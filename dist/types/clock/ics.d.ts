/**
 * Holidays from an iCalendar (.ics) file, such as a public-holiday feed. All-day events become full days off;
 * recurring ones are expanded within a range of dates. Timed events are not holidays and are reported as skipped.
 */
import type { Calendar, CalendarHoliday } from '../model/agreement.js';
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
/** Reads the all-day events of an iCalendar text as full-day holidays within `range`. Throws a ClockError for a file that is not iCalendar. */
export declare function holidaysFromICalendar(text: string, range: DateRange): Promise<ImportedHolidays>;
/** The calendar with more holidays; the calendar's own entries (including partial days) win over imported ones. 24x7 calendars are unchanged. */
export declare function withHolidays(calendar: Calendar, holidays: readonly CalendarHoliday[]): Calendar;

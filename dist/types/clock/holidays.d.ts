/**
 * The one place the clock asks whether a date is a holiday of a calendar. A calendar's holidays come from three
 * places, and the first that names a date wins:
 * 1. its dated holidays (`date:` entries, and the days of its `.ics` files once loaded), so a partial day written
 *    in the agreement stays partial;
 * 2. its own recurring rules (`month`/`day`, `month`/`weekday`/`week`);
 * 3. its regional sets (`holidaySets`), in the order listed.
 * Recurring rules and sets are expanded once per calendar and year.
 */
import type { Calendar, CalendarHoliday } from '../model/agreement.js';
/** The holiday on a date (YYYY-MM-DD) of a calendar, from its dates, its rules or its regional sets. */
export declare function holidayOn(calendar: Calendar, date: string): CalendarHoliday | undefined;
/** The holidays of a calendar from `first` to `last` (YYYY-MM-DD, both included), in date order. */
export declare function holidaysBetween(calendar: Calendar, first: string, last: string): CalendarHoliday[];
/** True when the calendar's holidays are not all in its `holidays` map (rules or regional sets expand by year). */
export declare function hasHolidayRules(calendar: Calendar): boolean;

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
import { holidaySetYear, holidaysInYear, type HolidaySetId } from './holiday-rules.js';

const DAY = 86_400_000;

// Calendars are immutable once normalised; their expanded years are kept beside them.
const years = new WeakMap<Calendar, Map<number, Map<string, CalendarHoliday>>>();

function hasRules(calendar: Calendar): boolean {
  // Calendars built by hand (library users, older code) may lack the rule fields.
  return (calendar.recurringHolidays?.length ?? 0) > 0 || (calendar.holidaySets?.length ?? 0) > 0;
}

/** The holidays from rules and sets in one year, by date. */
function ruleHolidaysOfYear(calendar: Calendar, year: number): Map<string, CalendarHoliday> {
  let byYear = years.get(calendar);
  if (!byYear) {
    byYear = new Map();
    years.set(calendar, byYear);
  }
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = new Map();
    for (const holiday of holidaysInYear(calendar.recurringHolidays ?? [], year)) holidays.set(holiday.date, holiday);
    for (const set of calendar.holidaySets ?? []) {
      for (const holiday of holidaySetYear(set as HolidaySetId, year)) if (!holidays.has(holiday.date)) holidays.set(holiday.date, holiday);
    }
    byYear.set(year, holidays);
  }
  return holidays;
}

/** The holiday on a date (YYYY-MM-DD) of a calendar, from its dates, its rules or its regional sets. */
export function holidayOn(calendar: Calendar, date: string): CalendarHoliday | undefined {
  const dated = calendar.holidays.get(date);
  if (dated || !hasRules(calendar)) return dated;
  return ruleHolidaysOfYear(calendar, Number(date.slice(0, 4))).get(date);
}

/** The holidays of a calendar from `first` to `last` (YYYY-MM-DD, both included), in date order. */
export function holidaysBetween(calendar: Calendar, first: string, last: string): CalendarHoliday[] {
  const found: CalendarHoliday[] = [];
  for (let at = Date.parse(`${first}T00:00:00Z`), end = Date.parse(`${last}T00:00:00Z`); at <= end; at += DAY) {
    const holiday = holidayOn(calendar, new Date(at).toISOString().slice(0, 10));
    if (holiday) found.push(holiday);
  }
  return found;
}

/** True when the calendar's holidays are not all in its `holidays` map (rules or regional sets expand by year). */
export function hasHolidayRules(calendar: Calendar): boolean {
  return hasRules(calendar);
}

// The support clock's public API: working time on business-hours calendars, due times, downtime budgets and
// the worst-case wait. See docs/clock.md for how the clock counts.
export { addWorkingTime, workingTimeBetween, nextWorkingInstant, isWorkingInstant } from './clock.js';
export { ClockError } from './working-day.js';
export { dueTimes, parseOpenedTime, OPENED_TIME_EXAMPLES, type DueTimes, type DueTarget, type DueUpdate, type DueOptions, type OpenedTime } from './due.js';
export {
  downtimeBudgets, allowedDowntimeMinutes, windowLengths, downtimeInWords, MEASUREMENT_WINDOWS, MONTH_CONVENTIONS,
  type DowntimeBudget, type MeasurementWindow, type MonthConvention, type WindowLength,
} from './budget.js';
export { worstCaseResponseWait, targetsFor, calendarFor, countable, type WorstCaseWait, type WorstCaseOptions } from './worst-case.js';
export { holidaysFromICalendar, withHolidays, type ImportedHolidays, type DateRange } from './ics.js';

// The support clock's public API: working time on business-hours calendars, due times, downtime budgets and
// the worst-case wait. See docs/clock.md for how the clock counts.
export { addWorkingTime, workingTimeBetween, nextWorkingInstant, isWorkingInstant, namedDeadline } from './clock.js';
export { ClockError, AgreementGapError, clockZoneName } from './working-day.js';
export {
  dueTimes, ticketZone, parseOpenedTime, OPENED_TIME_EXAMPLES, type DueTimes, type DueTarget, type DueUpdate, type DueOptions, type OpenedTime,
} from './due.js';
export {
  chooseTier, targetsFor, calendarFor, applicableTarget, dueOf, gapOf, targetTimeText, calendarWarnings,
  type ApplicableTarget, type MissingTarget, type MissingReason, type TargetChoice, type TargetDue, type TargetKind,
} from './targets.js';
export { holidayOn, holidaysBetween } from './holidays.js';
export { HOLIDAY_SETS, HOLIDAY_SET_IDS, holidaysInYear, easterSunday, type HolidayRule, type HolidaySetId, type Observance, type RuleHoliday } from './holiday-rules.js';
export {
  downtimeBudgets, allowedDowntimeMinutes, windowLengths, downtimeInWords, MEASUREMENT_WINDOWS, MONTH_CONVENTIONS,
  type DowntimeBudget, type MeasurementWindow, type MonthConvention, type WindowLength,
} from './budget.js';
export { worstCaseResponseWait, type WorstCaseWait, type WorstCaseOptions } from './worst-case.js';
export { holidaysFromICalendar, withHolidays, type ImportedHolidays, type DateRange } from './ics.js';
export {
  loadHolidayFiles, withClientTimezone, hasUnloadedHolidayFiles,
  type ReadHolidayFile, type HolidayFileProblem, type LoadedHolidayFiles, type ClientTimezone,
} from './agreement-calendars.js';

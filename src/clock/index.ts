// The support clock's public API: working time on business-hours calendars, downtime budgets, worst-case waits.
export { addWorkingTime, workingTimeBetween, nextWorkingInstant, isWorkingInstant } from './clock.js';
export { ClockError } from './working-day.js';
export { worstCaseResponseWait, type WorstCaseWait } from './worst-case.js';

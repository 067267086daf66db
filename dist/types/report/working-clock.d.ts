import type { DateTime, Interval } from 'luxon';
import type { Calendar, Duration, TargetTime } from '../model/agreement.js';
/** The two clock operations a report needs; tests may pass their own. */
export interface WorkingClock {
    addWorkingTime(start: DateTime, duration: Duration, calendar: Calendar): DateTime;
    /** Working minutes between two times, without the working time inside `pauses`. */
    workingTimeBetween(a: DateTime, b: DateTime, calendar: Calendar, pauses?: readonly Interval[]): number;
}
export declare const defaultClock: WorkingClock;
/**
 * When a target that starts at `start` falls due, with the working time spent waiting on the client left out.
 * Pauses are taken in order: the working time the target still had left when a pause began resumes when the
 * pause ends. Exact, and one clock call per pause that starts before the due time.
 */
export declare function dueExcludingPauses(clock: WorkingClock, start: DateTime, within: Duration, calendar: Calendar, pauses: readonly Interval[]): DateTime;
/**
 * The same for any target: a time, a range (counted to its longer end, `within`) or a named deadline. A named
 * deadline is the working time from `start` to the deadline, and pauses extend it as they extend a time.
 */
export declare function targetDueExcludingPauses(clock: WorkingClock, start: DateTime, target: TargetTime, calendar: Calendar, pauses: readonly Interval[]): DateTime;

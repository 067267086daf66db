import { DateTime, Interval } from 'luxon';
import type { Calendar, Duration, NamedDeadline, TargetTime } from '../model/agreement.js';
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
/**
 * The clock the report's hot loop runs on: epoch milliseconds in and out, no luxon DateTime per ticket. Pauses are
 * merged, sorted [start, end] pairs (see `mergedPauseMillis`).
 */
export interface MillisClock {
    addWorkingTimeAt(calendar: Calendar, at: number, duration: Duration): number;
    namedDeadlineAt(calendar: Calendar, at: number, by: NamedDeadline): number;
    /** Working minutes in [a, b) without the pauses; negative when b is before a. */
    workingMinutesBetween(calendar: Calendar, a: number, b: number, pauses?: readonly (readonly [number, number])[]): number;
    /** True when the clock runs at `at`. */
    isWorkingAt(calendar: Calendar, at: number): boolean;
}
export declare const defaultMillisClock: MillisClock;
/** A WorkingClock given by a caller (tests) as a MillisClock: its two operations through DateTime, the rest as the clock's. */
export declare function millisClockOf(clock: WorkingClock): MillisClock;
/** Pauses in order, overlapping ones joined, as [start, end] pairs in epoch milliseconds. */
export declare function mergedPauseMillis(pauses: readonly (readonly [number, number])[]): [number, number][];
/** `targetDueExcludingPauses` on epoch milliseconds; `pauses` merged (mergedPauseMillis). */
export declare function targetDueAt(clock: MillisClock, start: number, target: TargetTime, calendar: Calendar, pauses: readonly (readonly [number, number])[]): number;
/** `dueExcludingPauses` on epoch milliseconds; `pauses` merged (mergedPauseMillis). */
export declare function dueAt(clock: MillisClock, start: number, within: Duration, calendar: Calendar, pauses: readonly (readonly [number, number])[]): number;

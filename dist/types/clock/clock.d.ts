/**
 * The support clock: working time on a calendar. It runs only inside working windows, starts at the next
 * opening when started outside them, and counts wall-clock time (see docs/clock.md for the rules).
 */
import { DateTime, Interval } from 'luxon';
import type { Calendar, Duration, NamedDeadline } from '../model/agreement.js';
import { type DayNumber } from './local-day.js';
/** The first working instant at or after `at`, and the working day it belongs to. */
declare function locate(calendar: Calendar, at: number): {
    at: number;
    day: DayNumber;
};
/** The first moment at or after `at` when the clock is running. */
export declare function nextWorkingInstant(at: DateTime, calendar: Calendar): DateTime;
/** True when the clock runs at this instant. */
export declare function isWorkingInstant(at: DateTime, calendar: Calendar): boolean;
declare function addWorkingTimeAt(calendar: Calendar, at: number, duration: Duration): number;
/**
 * The instant `duration` of working time after `start` on the calendar, in the calendar's zone. `duration` is a
 * Duration object or a duration string as agreements write it (`4h`, `1d2h`, `PT4H`). Throws a TypeError or
 * RangeError naming the argument when one is not of the expected shape.
 */
export declare function addWorkingTime(start: DateTime, duration: Duration | string, calendar: Calendar): DateTime;
/** Working minutes in [a, b); a positive number of minutes after `a` when `b` is earlier reads as negative. */
declare function workingMillisBetween(calendar: Calendar, a: number, b: number, pauses: Array<[number, number]>): number;
/**
 * Working minutes between two instants, leaving out pauses (e.g. waiting on the client). Negative when
 * `b` is before `a`. Fractional when the instants carry seconds.
 */
export declare function workingTimeBetween(a: DateTime, b: DateTime, calendar: Calendar, pauses?: readonly Interval[]): number;
/**
 * When a named deadline falls for a request arriving at `at` (see docs/clock.md, "Named deadlines"):
 * - `same-business-day`: the close of the working day the clock is in at `at`, or, when it is not running, of the
 *   working day it next runs in (so after a day's close it is the next working day's close);
 * - `next-business-day`: the close of the first working day after the local date on which the request arrives.
 */
declare function namedDeadlineAt(calendar: Calendar, at: number, by: NamedDeadline): number;
/** When a named deadline (`next-business-day`, `same-business-day`) falls for a request that arrives at `start`. */
export declare function namedDeadline(start: DateTime, by: NamedDeadline, calendar: Calendar): DateTime;
/**
 * Internal, millisecond-based forms for the worst-case search and the report, which call the clock thousands (or
 * millions) of times. `workingMillisBetween` takes pauses as merged, sorted [start, end] pairs.
 */
export declare const clockMillis: {
    addWorkingTimeAt: typeof addWorkingTimeAt;
    locate: typeof locate;
    namedDeadlineAt: typeof namedDeadlineAt;
    workingMillisBetween: typeof workingMillisBetween;
};
export {};

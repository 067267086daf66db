/**
 * The working time of one working day of a calendar, as instants.
 *
 * A window belongs to the day it starts on, so an overnight window (22:00-06:00) is working time of the
 * day it opened, even where it runs into a holiday. A holiday replaces that day's windows: none for a full
 * day off, its `open` windows for a partial one. Time already covered by the previous day's overnight
 * window stays the previous day's, so working days never overlap and follow each other in order.
 */
import type { Calendar, WorkingWindow } from '../model/agreement.js';
import { type DayNumber, type Zone } from './local-day.js';
/** A stretch of working time, [start, end) in epoch milliseconds. */
export interface Span {
    start: number;
    end: number;
}
export interface WorkingDay {
    day: DayNumber;
    /** In time order, disjoint, never touching. Empty when the day has no working time. */
    spans: Span[];
}
/** The windows that start on a date: the holiday's reduced hours (dated, recurring or of a regional set), or the weekday's hours. */
export declare function windowsStartingOn(calendar: Calendar, day: DayNumber): readonly WorkingWindow[];
export declare class ClockError extends Error {
    name: string;
}
/**
 * The agreement does not state what the clock needs: a calendar's time zone or hours, a target's calendar, or the
 * target itself (unstated or not offered). The fix is in the agreement, not on the command line; `sla` exits 1.
 */
export declare class AgreementGapError extends ClockError {
    name: string;
}
/**
 * The zones a calendar names (its `timezones`; `timezone` alone for a calendar built by hand without them), keywords
 * such as `client-local` included.
 */
export declare function calendarZones(calendar: Calendar): readonly string[];
/**
 * The zone names a calendar's clock runs in, or a ClockError naming the field and the fix when it cannot run. A
 * `24x7` calendar without a zone still counts minutes and hours (elapsed time is the same in every zone): it runs
 * in UTC, and only working days, which follow a zone's clock changes, are refused (see `zoneIsKnown`).
 */
export declare function runnableZones(calendar: Calendar): string[];
/** False for a `24x7` calendar whose zone the agreement does not give: it runs in UTC, where its days may not be the client's. */
export declare function zoneIsKnown(calendar: Calendar): boolean;
export declare function calendarZone(calendar: Calendar): Zone;
/** The IANA zone the calendar's clock runs in and shows its times in: its (first) zone, or UTC for a 24x7 calendar without one. */
export declare function clockZoneName(calendar: Calendar): string;
/** The working day that opens on a local date (spans may run into the next date). */
export declare function workingDay(calendar: Calendar, day: DayNumber): WorkingDay;
/** How far ahead the clock looks for working time before it decides a calendar has none. */
export declare const MAX_DAYS_WITHOUT_WORK = 3660;
/** The working days from the one an instant may fall in, onwards. */
export declare function workingDaysFrom(calendar: Calendar, at: number): Generator<WorkingDay>;
/** Spans of working time at or after an instant, clipped to start no earlier than it. */
export declare function spansFrom(calendar: Calendar, at: number): Generator<Span & {
    day: DayNumber;
}>;

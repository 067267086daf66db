/**
 * The support clock: working time on a calendar. It runs only inside working windows, starts at the next
 * opening when started outside them, and counts wall-clock time (see docs/clock.md for the rules).
 */
import { DateTime, Interval } from 'luxon';
import type { Calendar, Duration, NamedDeadline } from '../model/agreement.js';
import { dayNumberAt, instantAtWall, localDay, MINUTE, wallAtInstant, type DayNumber } from './local-day.js';
import { rememberingZone } from './zone-offsets.js';
import { calendarArgument, durationArgument, instantArgument, shown } from './arguments.js';
import { AgreementGapError, calendarZone, ClockError, clockZoneName, spansFrom, workingDay, workingDaysFrom, zoneIsKnown } from './working-day.js';

const MINUTES_PER_DAY = 1440;

function millis(instant: DateTime): number {
  if (!instant.isValid) throw new ClockError(`invalid time: ${instant.invalidExplanation ?? instant.invalidReason ?? 'unknown reason'}`);
  return instant.toMillis();
}

function inZone(at: number, calendar: Calendar): DateTime {
  return DateTime.fromMillis(at, { zone: rememberingZone(clockZoneName(calendar)) });
}

/** The first working instant at or after `at`, and the working day it belongs to. */
function locate(calendar: Calendar, at: number): { at: number; day: DayNumber } {
  const next = spansFrom(calendar, at).next();
  if (next.done) throw new ClockError('unreachable: the clock ran out of days');
  return { at: next.value.start, day: next.value.day };
}

/** The first moment at or after `at` when the clock is running. */
export function nextWorkingInstant(at: DateTime, calendar: Calendar): DateTime {
  instantArgument('nextWorkingInstant', 'at', at);
  calendarArgument('nextWorkingInstant', 'calendar', calendar);
  return inZone(locate(calendar, millis(at)).at, calendar);
}

/** True when the clock runs at this instant. */
export function isWorkingInstant(at: DateTime, calendar: Calendar): boolean {
  instantArgument('isWorkingInstant', 'at', at);
  calendarArgument('isWorkingInstant', 'calendar', calendar);
  const ms = millis(at);
  return locate(calendar, ms).at === ms;
}

function addWorkingMinutesAt(calendar: Calendar, at: number, minutes: number): number {
  if (calendar.alwaysOpen) return at + minutes * MINUTE;
  let remaining = minutes * MINUTE;
  for (const span of spansFrom(calendar, at)) {
    const length = span.end - span.start;
    // `<=`: the due time is the moment the last minute is used up, not the next opening.
    if (remaining <= length) return span.start + remaining;
    remaining -= length;
  }
  throw new ClockError('unreachable: the clock ran out of days');
}

/**
 * `days` working days after `at`: the same wall-clock time of the working day the clock starts in, that many
 * working days later. When that day's clock is not running at that time, the next moment it runs that day;
 * when that day has already closed by then, its close.
 */
function addWorkingDaysAt(calendar: Calendar, at: number, days: number): number {
  if (!zoneIsKnown(calendar)) {
    throw new AgreementGapError(`calendar \`${calendar.id}\` gives no time zone, so its days (which follow a zone's clock changes) cannot be counted; give its \`timezone\``);
  }
  const zone = calendarZone(calendar);
  const start = locate(calendar, at);
  // The clock time is counted from the working day's midnight, so an overnight window's small hours read past 24:00.
  const nextDay = localDay(zone, start.day + 1);
  const clockTime = start.at < nextDay.start
    ? wallAtInstant(localDay(zone, start.day), start.at)
    : MINUTES_PER_DAY + wallAtInstant(nextDay, start.at);
  let target = workingDay(calendar, start.day);
  let counted = 0;
  for (const day of workingDaysFrom(calendar, nextDay.start)) {
    if (day.day <= start.day) continue;
    target = day;
    if (++counted === days) break;
  }
  const date = target.day + Math.floor(clockTime / MINUTES_PER_DAY);
  const sameTime = instantAtWall(localDay(zone, date), clockTime % MINUTES_PER_DAY);
  for (const span of target.spans) if (span.end > sameTime) return Math.max(span.start, sameTime);
  return target.spans.at(-1)!.end;
}

function addWorkingTimeAt(calendar: Calendar, at: number, duration: Duration): number {
  let due = at;
  if (duration.days > 0) due = addWorkingDaysAt(calendar, due, duration.days);
  // Whole days end where they end: adding no minutes must not move a due time that fell on a close.
  if (duration.minutes > 0 || duration.days === 0) due = addWorkingMinutesAt(calendar, due, duration.minutes);
  return due;
}

/**
 * The instant `duration` of working time after `start` on the calendar, in the calendar's zone. `duration` is a
 * Duration object or a duration string as agreements write it (`4h`, `1d2h`, `PT4H`). Throws a TypeError or
 * RangeError naming the argument when one is not of the expected shape.
 */
export function addWorkingTime(start: DateTime, duration: Duration | string, calendar: Calendar): DateTime {
  instantArgument('addWorkingTime', 'start', start);
  const length = durationArgument('addWorkingTime', 'duration', duration);
  calendarArgument('addWorkingTime', 'calendar', calendar);
  return inZone(addWorkingTimeAt(calendar, millis(start), length), calendar);
}

/** Working minutes in [a, b); a positive number of minutes after `a` when `b` is earlier reads as negative. */
function workingMillisBetween(calendar: Calendar, a: number, b: number, pauses: Array<[number, number]>): number {
  if (b < a) return -workingMillisBetween(calendar, b, a, pauses);
  const overlap = (s0: number, s1: number) => {
    const lo = Math.max(s0, a);
    const hi = Math.min(s1, b);
    if (hi <= lo) return 0;
    let total = hi - lo;
    for (const [p0, p1] of pauses) total -= Math.max(0, Math.min(p1, hi) - Math.max(p0, lo));
    return total;
  };
  if (calendar.alwaysOpen) return overlap(a, b);
  let total = 0;
  for (const span of spansFrom(calendar, a)) {
    if (span.start >= b) break;
    total += overlap(span.start, span.end);
  }
  return total;
}

function mergedPauses(pauses: readonly Interval[]): Array<[number, number]> {
  const ranges = pauses
    .filter((p) => p.isValid && p.start && p.end)
    .map((p): [number, number] => [p.start!.toMillis(), p.end!.toMillis()])
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [p0, p1] of ranges) {
    const last = merged.at(-1);
    if (last && p0 <= last[1]) last[1] = Math.max(last[1], p1);
    else merged.push([p0, p1]);
  }
  return merged;
}

/**
 * Working minutes between two instants, leaving out pauses (e.g. waiting on the client). Negative when
 * `b` is before `a`. Fractional when the instants carry seconds.
 */
export function workingTimeBetween(a: DateTime, b: DateTime, calendar: Calendar, pauses: readonly Interval[] = []): number {
  instantArgument('workingTimeBetween', 'a', a);
  instantArgument('workingTimeBetween', 'b', b);
  calendarArgument('workingTimeBetween', 'calendar', calendar);
  if (!Array.isArray(pauses) || pauses.some((p) => !Interval.isInterval(p))) {
    throw new TypeError(`workingTimeBetween: pauses must be an array of luxon Intervals, got ${Array.isArray(pauses) ? 'an array with other values' : shown(pauses)}`);
  }
  return workingMillisBetween(calendar, millis(a), millis(b), mergedPauses(pauses)) / MINUTE;
}

/** The close of a working day: the end of its last stretch of working time. */
function closeOf(calendar: Calendar, day: DayNumber): number {
  return workingDay(calendar, day).spans.at(-1)!.end;
}

/**
 * When a named deadline falls for a request arriving at `at` (see docs/clock.md, "Named deadlines"):
 * - `same-business-day`: the close of the working day the clock is in at `at`, or, when it is not running, of the
 *   working day it next runs in (so after a day's close it is the next working day's close);
 * - `next-business-day`: the close of the first working day after the local date on which the request arrives.
 */
function namedDeadlineAt(calendar: Calendar, at: number, by: NamedDeadline): number {
  if (by === 'same-business-day') return closeOf(calendar, locate(calendar, at).day);
  const arrival = dayNumberAt(calendarZone(calendar), at);
  for (const day of workingDaysFrom(calendar, at)) if (day.day > arrival) return closeOf(calendar, day.day);
  throw new ClockError('unreachable: the clock ran out of days');
}

/** When a named deadline (`next-business-day`, `same-business-day`) falls for a request that arrives at `start`. */
export function namedDeadline(start: DateTime, by: NamedDeadline, calendar: Calendar): DateTime {
  instantArgument('namedDeadline', 'start', start);
  if (by !== 'same-business-day' && by !== 'next-business-day') {
    throw new RangeError(`namedDeadline: by must be "same-business-day" or "next-business-day", got ${shown(by)}`);
  }
  calendarArgument('namedDeadline', 'calendar', calendar);
  return inZone(namedDeadlineAt(calendar, millis(start), by), calendar);
}

/**
 * Internal, millisecond-based forms for the worst-case search and the report, which call the clock thousands (or
 * millions) of times. `workingMillisBetween` takes pauses as merged, sorted [start, end] pairs.
 */
export const clockMillis = { addWorkingTimeAt, locate, namedDeadlineAt, workingMillisBetween };

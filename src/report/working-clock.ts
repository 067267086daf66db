import { DateTime, Interval } from 'luxon';
import { addWorkingTime, namedDeadline, workingTimeBetween } from '../clock/index.js';
import { clockMillis } from '../clock/clock.js';
import type { Calendar, Duration, NamedDeadline, TargetTime } from '../model/agreement.js';

const MINUTE = 60_000;

/** The two clock operations a report needs; tests may pass their own. */
export interface WorkingClock {
  addWorkingTime(start: DateTime, duration: Duration, calendar: Calendar): DateTime;
  /** Working minutes between two times, without the working time inside `pauses`. */
  workingTimeBetween(a: DateTime, b: DateTime, calendar: Calendar, pauses?: readonly Interval[]): number;
}

export const defaultClock: WorkingClock = { addWorkingTime, workingTimeBetween };

/**
 * When a target that starts at `start` falls due, with the working time spent waiting on the client left out.
 * Pauses are taken in order: the working time the target still had left when a pause began resumes when the
 * pause ends. Exact, and one clock call per pause that starts before the due time.
 */
export function dueExcludingPauses(clock: WorkingClock, start: DateTime, within: Duration, calendar: Calendar, pauses: readonly Interval[]): DateTime {
  return extendedByPauses(clock, start, clock.addWorkingTime(start, within, calendar), calendar, pauses);
}

/**
 * The same for any target: a time, a range (counted to its longer end, `within`) or a named deadline. A named
 * deadline is the working time from `start` to the deadline, and pauses extend it as they extend a time.
 */
export function targetDueExcludingPauses(clock: WorkingClock, start: DateTime, target: TargetTime, calendar: Calendar, pauses: readonly Interval[]): DateTime {
  if (target.by) return extendedByPauses(clock, start, namedDeadline(start, target.by, calendar), calendar, pauses);
  return dueExcludingPauses(clock, start, target.within!, calendar, pauses);
}

function extendedByPauses(clock: WorkingClock, start: DateTime, firstDue: DateTime, calendar: Calendar, pauses: readonly Interval[]): DateTime {
  let due = firstDue;
  for (const [pauseStart, pauseEnd] of mergedPauses(pauses)) {
    if (pauseEnd <= start) continue;
    if (pauseStart >= due) break;
    const from = pauseStart > start ? pauseStart : start;
    const remaining = clock.workingTimeBetween(from, due, calendar);
    if (remaining <= 0) continue;
    due = clock.addWorkingTime(pauseEnd, { text: `${remaining}m`, days: 0, minutes: remaining }, calendar);
  }
  return due;
}

/** Pauses in order, overlapping ones joined, as [start, end] pairs. */
function mergedPauses(pauses: readonly Interval[]): [DateTime, DateTime][] {
  const sorted = pauses
    .filter((p): p is Interval<true> => p.isValid)
    .map((p): [DateTime, DateTime] => [p.start, p.end])
    .sort((a, b) => a[0].toMillis() - b[0].toMillis());
  const merged: [DateTime, DateTime][] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) {
      if (e > last[1]) last[1] = e;
    } else merged.push([s, e]);
  }
  return merged;
}

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

const NO_PAUSES: [number, number][] = [];

export const defaultMillisClock: MillisClock = {
  addWorkingTimeAt: clockMillis.addWorkingTimeAt,
  namedDeadlineAt: clockMillis.namedDeadlineAt,
  workingMinutesBetween: (calendar, a, b, pauses = NO_PAUSES) => clockMillis.workingMillisBetween(calendar, a, b, pauses as [number, number][]) / MINUTE,
  isWorkingAt: (calendar, at) => clockMillis.locate(calendar, at).at === at,
};

/** A WorkingClock given by a caller (tests) as a MillisClock: its two operations through DateTime, the rest as the clock's. */
export function millisClockOf(clock: WorkingClock): MillisClock {
  if (clock === defaultClock) return defaultMillisClock;
  const at = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' });
  return {
    ...defaultMillisClock,
    addWorkingTimeAt: (calendar, start, duration) => clock.addWorkingTime(at(start), duration, calendar).toMillis(),
    workingMinutesBetween: (calendar, a, b, pauses = NO_PAUSES) =>
      clock.workingTimeBetween(at(a), at(b), calendar, pauses.map(([s, e]) => Interval.fromDateTimes(at(s), at(e)))),
  };
}

/** Pauses in order, overlapping ones joined, as [start, end] pairs in epoch milliseconds. */
export function mergedPauseMillis(pauses: readonly (readonly [number, number])[]): [number, number][] {
  if (pauses.length === 0) return NO_PAUSES;
  const sorted = [...pauses].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) {
      if (e > last[1]) last[1] = e;
    } else merged.push([s, e]);
  }
  return merged;
}

/** `targetDueExcludingPauses` on epoch milliseconds; `pauses` merged (mergedPauseMillis). */
export function targetDueAt(clock: MillisClock, start: number, target: TargetTime, calendar: Calendar, pauses: readonly (readonly [number, number])[]): number {
  const firstDue = target.by ? clock.namedDeadlineAt(calendar, start, target.by) : clock.addWorkingTimeAt(calendar, start, target.within!);
  return extendedByPausesAt(clock, start, firstDue, calendar, pauses);
}

/** `dueExcludingPauses` on epoch milliseconds; `pauses` merged (mergedPauseMillis). */
export function dueAt(clock: MillisClock, start: number, within: Duration, calendar: Calendar, pauses: readonly (readonly [number, number])[]): number {
  return extendedByPausesAt(clock, start, clock.addWorkingTimeAt(calendar, start, within), calendar, pauses);
}

function extendedByPausesAt(clock: MillisClock, start: number, firstDue: number, calendar: Calendar, pauses: readonly (readonly [number, number])[]): number {
  let due = firstDue;
  for (const [pauseStart, pauseEnd] of pauses) {
    if (pauseEnd <= start) continue;
    if (pauseStart >= due) break;
    const from = pauseStart > start ? pauseStart : start;
    const remaining = clock.workingMinutesBetween(calendar, from, due);
    if (remaining <= 0) continue;
    due = clock.addWorkingTimeAt(calendar, pauseEnd, { text: `${remaining}m`, days: 0, minutes: remaining });
  }
  return due;
}

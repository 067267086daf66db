import type { DateTime, Interval } from 'luxon';
import { addWorkingTime, namedDeadline, workingTimeBetween } from '../clock/index.js';
import type { Calendar, Duration, TargetTime } from '../model/agreement.js';

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

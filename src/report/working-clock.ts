import type { DateTime, Interval } from 'luxon';
import { addWorkingTime, workingTimeBetween } from '../clock/index.js';
import type { Calendar, Duration } from '../model/agreement.js';

/** The two clock operations a report needs; tests may pass their own. */
export interface WorkingClock {
  addWorkingTime(start: DateTime, duration: Duration, calendar: Calendar): DateTime;
  /** Working minutes between two times, without the working time inside `pauses`. */
  workingTimeBetween(a: DateTime, b: DateTime, calendar: Calendar, pauses?: readonly Interval[]): number;
}

export const defaultClock: WorkingClock = { addWorkingTime, workingTimeBetween };

/**
 * When a target that starts at `start` falls due, with the working time spent waiting on the client added back.
 * A pause can only push the due time later, which can bring later pauses into the window, so this repeats until
 * the due time stops moving (at most once per pause).
 */
export function dueExcludingPauses(clock: WorkingClock, start: DateTime, within: Duration, calendar: Calendar, pauses: readonly Interval[]): DateTime {
  const due = clock.addWorkingTime(start, within, calendar);
  if (pauses.length === 0) return due;
  let extended = due;
  for (let round = 0; round <= pauses.length; round++) {
    const paused = clock.workingTimeBetween(start, extended, calendar) - clock.workingTimeBetween(start, extended, calendar, pauses);
    const next = paused > 0 ? clock.addWorkingTime(due, { text: `${paused}m`, days: 0, minutes: paused }, calendar) : due;
    if (next.toMillis() === extended.toMillis()) break;
    extended = next;
  }
  return extended;
}

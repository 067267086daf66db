/**
 * The worst moment to raise an incident: the raise time within a year that leaves the client waiting
 * longest, by the wall clock, for a response.
 *
 * The wait only grows while the clock runs (the due time moves at least as fast as the raise time) and only
 * shrinks while it is stopped, so the longest waits start the moment a working stretch closes. The search
 * therefore tries one minute after every close in the year (and the year's first moment), plus, for targets in
 * working days, the clock times at which a later working day's hours end, where the due time jumps. A named
 * deadline is the same for every arrival on one date or in one working day, so its longest waits start at a date's
 * first moment or a working day's close. With an outside-hours target, either side of every edge of the support hours
 * is tried as well, each moment under the target that applies to it. Each try is one clock call; a business-hours
 * year is a few hundred tries.
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar, OutsideHoursTarget, TargetTime } from '../model/agreement.js';
/** The longest wall-clock wait for a response: when an incident raised at the worst moment of a year is due an answer. */
export interface WorstCaseWait {
    severity: string;
    tier: string;
    /** The id of the calendar the response target runs on (for an incident raised outside hours, that target's). */
    calendar: string;
    /** ISO 8601 with offset, in the calendar's zone. */
    raisedAt: string;
    dueAt: string;
    wallMinutes: number;
    /** e.g. "an incident raised Thursday 24 Dec at 17:01 is due an answer on Monday 28 Dec at 10:00 — 88 hours 59 minutes later, when 25 Dec is a holiday in its calendar" */
    explanation: string;
}
export interface WorstCaseOptions {
    /** The year searched; the year of the agreement's effective date when not given. */
    year?: number;
}
export declare function explainWait(calendar: Calendar, raised: DateTime, due: DateTime, wallMinutes: number, outsideHours?: boolean): string;
/**
 * The longest wall-clock wait, in minutes, for any time target on its calendar (a response, an update interval, a
 * resolution, a notice) over one year: what `sla diff` measures a target change by. Not part of the public API;
 * worstCaseResponseWait is. Throws a ClockError when the target's calendar cannot run.
 */
export declare function worstCaseWaitMinutes(agreement: Agreement, target: TargetTime & {
    outsideHours?: OutsideHoursTarget;
}, year: number): number;
/**
 * The raise moment in a year (the agreement's effective year unless `options.year`) that maximises the
 * wall-clock time until the response is due, for a severity in a tier (the client's unless `tierId`).
 * Times (`within`), ranges (to their longer end) and named deadlines are searched; with an `outsideHours` target,
 * each moment is counted under the target that applies to it. Throws a ClockError for an unknown tier, severity or
 * calendar, and an AgreementGapError (a ClockError) when the agreement gives no response the clock can count.
 */
export declare function worstCaseResponseWait(agreement: Agreement, severityId: string, tierId?: string, options?: WorstCaseOptions): WorstCaseWait;

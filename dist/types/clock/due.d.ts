/**
 * When a ticket's response, updates and resolution are due, from the agreement's targets for its severity.
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar, Duration, Firmness, NamedDeadline } from '../model/agreement.js';
import { type MissingTarget, type TargetKind } from './targets.js';
export interface DueTarget {
    /** The time the agreement states (for a range, its longer end, which the clock counts to); absent for a named deadline. */
    within?: Duration;
    /** A range, shortest first. */
    between?: [Duration, Duration];
    /** A named deadline. */
    by?: NamedDeadline;
    calendar: Calendar;
    firmness?: Firmness;
    /** True when the request arrived while support hours were closed, so the target for such requests applies. */
    outsideHours: boolean;
    /** When the clock starts: the opening, or for a resolution counted from the response, the response's due time. */
    start: DateTime;
    due: DateTime;
    /** For a range: when its shorter end falls due. */
    earliest?: DateTime;
    /** Working time from `now` to `due` when the ticket was opened before `now`; negative when overdue. */
    workingMinutesLeft?: number;
}
export interface DueUpdate {
    every: Duration;
    calendar: Calendar;
    /** The next update in the cadence counted from opening: the first one after `now`, or the first one. */
    next: DateTime;
}
export interface DueTimes {
    severity: string;
    tier: string;
    opened: DateTime;
    /** Absent when the agreement gives no response target the clock can count: `missing.response` says why. */
    response?: DueTarget;
    update?: DueUpdate;
    resolution?: DueTarget & {
        kind?: 'objective' | 'workaround';
        from: 'opened' | 'response';
    };
    /** Targets with no due time, and why: marked unstated or not offered, or on hours the agreement does not state. */
    missing: Partial<Record<TargetKind | 'update', MissingTarget>>;
    /** What the due times cannot take into account, e.g. holidays the agreement does not list. */
    warnings: string[];
}
export interface DueOptions {
    /** The client's tier unless given (a policy with several tiers needs one). */
    tierId?: string;
    /** The current time, for the working time left; the library never reads the clock itself. */
    now?: DateTime;
}
/**
 * Response, update and resolution times for a ticket of a severity opened at `opened`. A target the agreement
 * marks unstated or not offered, or whose hours it does not state, is listed in `missing` instead.
 * Throws a ClockError naming the unknown severity or tier and the valid ones (or, for a policy, the tiers to choose
 * from), and an AgreementGapError when the tier does not offer the severity at all.
 */
export declare function dueTimes(agreement: Agreement, severityId: string, opened: DateTime, options?: DueOptions): DueTimes;
/**
 * The zone a ticket's times without an offset are read in: that of the calendar its response counts on, else of its
 * other targets, the tier's support hours, or the agreement's first calendar the clock can run on; UTC when none can.
 */
export declare function ticketZone(agreement: Agreement, severityId: string, tierId?: string): string;
export type OpenedTime = {
    ok: true;
    time: DateTime;
    /** Set when the text had no offset and was read in this zone. */
    readIn?: string;
    /** Set when that local time does not exist there (clocks spring forward): the time as written. */
    shiftedFrom?: string;
    /** Set when that local time happens twice (clocks go back): both readings; the first is used. */
    ambiguous?: [DateTime, DateTime];
} | {
    ok: false;
    message: string;
};
/** The years a ticket's times may fall in. */
export declare const OPENED_YEARS: {
    readonly first: 1970;
    readonly last: 2199;
};
export declare const OPENED_TIME_EXAMPLES = "2027-01-07T10:00, 2027-01-07 10:00, 2027-01-07T09:00:00Z or 2027-01-07T10:00+01:00";
/**
 * Reads a ticket's opening time: ISO 8601 with or without an offset (a space may stand for the `T`).
 * A time without an offset is read in `zone`, and the result says so.
 */
export declare function parseOpenedTime(text: string, zone: string): OpenedTime;

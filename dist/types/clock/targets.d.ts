/**
 * Which target applies to a ticket, and when it falls due: the tier (a policy's needs choosing), the severity's
 * targets (or why there are none), the outside-hours target for a request raised while support hours are closed, and
 * the due time of a time (`within`), a range (`between`, counted to its longer end) or a named deadline (`by`).
 * `sla due`, `sla report` and the worst-case search all ask here, so they agree.
 */
import type { DateTime } from 'luxon';
import { type Agreement, type Calendar, type Duration, type Firmness, type NamedDeadline, type ServiceTier, type SeverityTargets, type TargetTime } from '../model/agreement.js';
export type TargetKind = 'response' | 'resolution';
/** Why a target has no due time. */
export type MissingReason = 
/** The agreement marks it `unstated`. */
'unstated'
/** The agreement marks it `not-offered`. */
 | 'not-offered'
/** Its calendar is `unstated`, or a calendar whose zone or hours the agreement does not state. */
 | 'calendar-unstated'
/** A resolution counted from the response, when the response has no due time. */
 | 'no-start';
export interface MissingTarget {
    reason: MissingReason;
    /** One sentence that names the field and, where there is one, the fix. */
    message: string;
}
/** A target the clock can count, for one ticket. */
export interface ApplicableTarget {
    /** The target as the agreement states it: the outside-hours target when that applies. */
    target: TargetTime;
    calendar: Calendar;
    /** True when the request arrived while the `outsideHours.hours` calendar was closed, so its target applies. */
    outsideHours: boolean;
    firmness?: Firmness;
}
export type TargetChoice = {
    ok: true;
    applies: ApplicableTarget;
} | {
    ok: false;
    missing: MissingTarget;
};
/**
 * The tier whose targets apply: the one asked for, else the client's (`serviceTier`). A published policy names no
 * client, so with more than one tier it must be chosen: a ClockError lists them.
 */
export declare function chooseTier(agreement: Agreement, tierId?: string): ServiceTier;
/**
 * The tier and its targets for a severity. A ClockError for an unknown tier; an AgreementGapError when the tier does
 * not offer the severity (`not-offered`) or leaves it out.
 */
export declare function targetsFor(agreement: Agreement, severityId: string, tierId?: string): {
    tier: ServiceTier;
    targets: SeverityTargets;
};
export declare function calendarFor(agreement: Agreement, calendarId: string): Calendar;
/** Why the agreement gives no target of this kind, or undefined when it simply has none (no `resolution` at all). */
export declare function gapOf(targets: SeverityTargets, which: TargetKind | 'update', severityId: string): MissingTarget | undefined;
/**
 * The target of a kind that applies to a request arriving at `opened`: the severity's target, or its `outsideHours`
 * target when the request arrives while that target's `hours` calendar is closed. Not ok when the agreement marks the
 * target unstated or not offered, or its calendar cannot be counted; undefined when the agreement has no such target.
 */
export declare function applicableTarget(agreement: Agreement, targets: SeverityTargets, which: TargetKind, severityId: string, opened: DateTime): TargetChoice | undefined;
export interface TargetDue {
    due: DateTime;
    /** For a range: when its shorter end falls due. */
    earliest?: DateTime;
}
/** When a target counted from `start` falls due on its calendar. */
export declare function dueOf(target: TargetTime, calendar: Calendar, start: DateTime): TargetDue;
/** `2h`, `1d–2d`, `next business day`: a target's time as the agreement writes it, without its calendar. */
export declare function targetTimeText(target: {
    within?: Duration;
    between?: [Duration, Duration];
    by?: NamedDeadline;
}): string;
/**
 * What the clock cannot take into account on a calendar, in one sentence each: holidays of a place the agreement
 * does not list (`holidaysOf`), `.ics` files nobody loaded, a 24x7 calendar without a zone (shown in UTC).
 */
export declare function calendarWarnings(calendar: Calendar): string[];

import type { Agreement, Calendar, OutsideHoursTarget, TargetTime } from '../model/agreement.js';
import { minutesInWords } from '../model/duration.js';
import { type Json } from './rule.js';
import type { ChangeMeasure } from './types.js';
/** The year an agreement's promises are measured in: its effective year. */
export declare function yearOf(agreement: Agreement): number;
export declare function calendarOf(agreement: Agreement | undefined, reference: number | string): Calendar | undefined;
/**
 * Working minutes a calendar holds in an average year, over three years from the effective year: holiday sets and
 * rules count in every year, listed dates only in theirs.
 */
export declare function yearlyMinutes(agreement: Agreement | undefined, reference: number | string): number | undefined;
/** yearlyMinutes of a calendar given whole, in an agreement's effective year. */
export declare function yearlyMinutesOf(agreement: Agreement | undefined, calendar: Calendar | undefined): number | undefined;
/** The hours of a normal week (no holidays), in minutes. */
export declare function weeklyMinutes(calendar: Calendar | undefined): number | undefined;
/** A target as written (`{ within: 2h, calendar: x }`, `{ every: 4h, … }`, `{ between: [1d, 2d] }`, `{ by: … }`) as the clock takes it. */
export declare function clockTarget(raw: Json): (TargetTime & {
    outsideHours?: OutsideHoursTarget;
}) | undefined;
/** The longest wall-clock wait under a target as written, in its agreement's effective year; undefined when the clock cannot count it. */
export declare function worstCaseWait(agreement: Agreement | undefined, raw: Json): number | undefined;
/** Less is better (a wait) or more is better (working hours): the effect of a measured number moving. */
export declare function measured(label: string, before: number | undefined, after: number | undefined, lessIsBetter: boolean, words?: typeof minutesInWords): ChangeMeasure | undefined;
export declare const hoursWords: (minutes: number) => string;

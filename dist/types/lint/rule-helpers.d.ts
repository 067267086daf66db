/**
 * Small pieces the rules share: finding words inside free text, the sentence around a match, negation and
 * quantities (so "not a guarantee" and "promptly, within 2 hours" stay quiet), and the agreement's ordering of
 * severity levels and calendars.
 */
import type { Agreement, Calendar, Duration, SeverityLevel, ServiceTier } from '../model/agreement.js';
import type { TextField } from './types.js';
/** A match of a phrase inside one text field. */
export interface TextMatch {
    field: TextField;
    /** The words as written. */
    text: string;
    start: number;
    end: number;
}
/**
 * Every match of `pattern` (a global regex is made of it) in every field. With `mustContain`, fields without that
 * text are skipped before the expression runs: patterns that open with a lookbehind cannot skip ahead by themselves.
 */
export declare function findInFields(fields: readonly TextField[], pattern: RegExp, mustContain?: string): TextMatch[];
/** Bounds of the sentence around `index`: split at . ! ? ; followed by space or end, and at line breaks. */
export declare function sentenceAt(text: string, index: number): {
    start: number;
    end: number;
    text: string;
};
/** True when one of the few words before `index` in the same sentence negates what follows ("not a guarantee"). */
export declare function isNegated(text: string, index: number, wordsBefore?: number): boolean;
/**
 * When the word at [start, end) (a "guarantee") is about the service's availability rather than about fixing an
 * incident — "guarantees 99.9% availability", "a guarantee of 99.95% uptime", "a 99.9% uptime guarantee" — the range
 * from the guarantee to the availability words; otherwise undefined. Words about resolution between them ("guarantees
 * to restore availability") make it a resolution promise again.
 */
export declare function availabilityGuarantee(text: string, start: number, end: number): {
    start: number;
    end: number;
} | undefined;
/**
 * True when the text names a concrete amount: "within 2 business days", "one hour", "95%", "09:00", and the legal
 * form with the number repeated in brackets, "within four (4) Business Hours".
 */
export declare function hasQuantity(text: string): boolean;
/** Severity levels, most severe first. */
export declare function severitiesInOrder(agreement: Agreement): SeverityLevel[];
/** The most severe level: the one with the smallest `level` number. */
export declare function topSeverity(agreement: Agreement): SeverityLevel | undefined;
export declare function clientTier(agreement: Agreement): ServiceTier | undefined;
export declare function calendarById(agreement: Agreement, id: string): Calendar | undefined;
/** A duration on a named calendar, as the target-order rules compare them. */
export interface CalendarDuration {
    duration: Duration;
    calendar: Calendar;
}
/**
 * Whether `slow` certainly ends later in wall-clock time than `fast` whenever both start at the same moment.
 * On one calendar: compare directly when the days or the minutes agree, else through the shortest and longest
 * working day — and not at all when the calendar's hours are unstated, since hours against days then depend on a
 * working day nobody gave. Across calendars only one case is certain without running a clock: a 24x7 calendar
 * counts every minute, any other calendar at most every minute, so `fast` on a 24x7 calendar takes exactly its
 * length while `slow` on business hours takes at least its own (a working day at least a day), stated or not. Two
 * different business-hours calendars are not compared: the answer depends on when the incident is raised.
 */
export declare function certainlySlower(slow: CalendarDuration, fast: CalendarDuration): boolean;
/** The year a rule runs the support clock over (see src/clock/reference-year.ts). */
export { REFERENCE_YEAR, referenceYear } from '../clock/reference-year.js';
/** One JSON pointer segment, escaped (a severity id is kebab-case, but a pointer must not depend on that). */
export { pointerSegment as escapeSegment } from '../load/source-map.js';
/**
 * The spans of `text` that mention words rather than use them, as sorted, disjoint [start, end) pairs: code spans
 * (a run of backticks up to the next run of the same length, as in Markdown) and quotations (“...”, ‘...’, "...",
 * '...', «...», „...“). An apostrophe inside a word ("client's", "don't") opens nothing: a quote opens after a
 * space, a bracket or a dash and before a non-space, and closes after a non-space and before a space, a bracket,
 * punctuation or the end. A mark that never closes quotes nothing. Linear in the text.
 */
export declare function literalSpans(text: string): [start: number, end: number][];
/** True when `index` lies in one of `spans` (sorted and disjoint, as `literalSpans` returns them). */
export declare function inSpans(spans: readonly (readonly [number, number])[], index: number): boolean;

/**
 * Durations as agreements write them: `30m`, `4h`, `1h30m`, `2d`, `1d4h`, or ISO 8601 `PT30M`, `PT4H`, `P2D`.
 * Minutes and hours count working time on the target's calendar; `d` counts working days (see docs/format.md).
 */
export interface Duration {
    /** As written in the agreement. */
    text: string;
    /** Whole working days. */
    days: number;
    /** Working minutes on top of the days. */
    minutes: number;
}
export declare const DURATION_EXAMPLES = "30m, 4h, 1h30m, 2d or PT4H";
/** Parses a duration, or returns undefined when the text is not one. Zero is a valid parse; callers decide if it is allowed. */
export declare function parseDuration(text: string): Duration | undefined;
export declare function isZero(duration: Duration): boolean;
/** Orders durations where both are comparable without a calendar; days are compared as days before minutes. */
export declare function compareDurations(a: Duration, b: Duration): number;
/** `4 hours`, `1 hour 30 minutes`, `2 working days` — the words a contract uses. */
export declare function durationInWords(duration: Duration, { dayUnit }?: {
    dayUnit?: string | undefined;
}): string;
/** `88 hours 59 minutes`, `4 hours`, `0 minutes` — a length of time in whole minutes, sign dropped. */
export declare function minutesInWords(totalMinutes: number): string;

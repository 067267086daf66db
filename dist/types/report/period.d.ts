import { DateTime } from 'luxon';
/** The period a report covers: tickets opened from `start` (inclusive) to `end` (exclusive), in `zone`. */
export interface ReportPeriod {
    start: DateTime;
    end: DateTime;
    zone: string;
}
export declare class PeriodError extends Error {
}
/**
 * Resolves `--from`/`--to` (dates, both inclusive, in the agreement's zone). Without either, the period is the last
 * full calendar month before `now` in that zone; with only `--from` it runs to `now`; with only `--to` it starts on
 * the first of that month.
 */
export declare function resolvePeriod(options: {
    from?: string;
    to?: string;
    now: DateTime;
    zone: string;
}): ReportPeriod;
/** `now` for a report: `--now` when given, else SOURCE_DATE_EPOCH (seconds), else the caller's clock reading. */
export declare function resolveNow(options: {
    now?: string;
    sourceDateEpoch?: string;
    clock: () => DateTime;
    zone: string;
}): DateTime;

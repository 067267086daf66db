import type { ServiceReport } from './build-report.js';
/** `45 min`, `2 h 05 min`, `31 h` — working time, as read in a report. */
export declare function formatMinutes(minutes: number): string;
/**
 * A text bar of time to first response as a share of the target: `█` up to the median, `▒` up to the 90th
 * percentile, `│` at the target. 20 cells cover 0–200% of the target; `▸` marks more.
 */
export declare function responseBar(medianOfTarget: number | null, p90OfTarget: number | null, cells?: number): string;
export declare function formatReportMarkdown(report: ServiceReport, options?: {
    locale?: string;
}): string;

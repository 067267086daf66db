import type { ServiceReport } from './build-report.js';
/**
 * Who a written report is for. `client`: the report the client receives — no command lines, no internal advice,
 * unreadable rows as one count, calendars, severities, tiers and request types by their names. `internal`:
 * everything, with how to fix the rows of the export that could not be read. The report data is the same for both.
 */
export type ReportAudience = 'client' | 'internal';
export declare const REPORT_AUDIENCES: readonly ReportAudience[];
/** The audience option checked: a wrong value is a TypeError that names the allowed values. */
export declare function reportAudience(value: unknown, fallback?: ReportAudience): ReportAudience;
/**
 * What the report data does not hold and a client report names: the calendars' and tiers' names, and the
 * change-order threshold. An `Agreement` fits as it is.
 */
export interface ReportNames {
    calendars?: readonly {
        id: string;
        name: string;
    }[];
    tiers?: readonly {
        id: string;
        name: string;
    }[];
    changeOrders?: {
        thresholdHours?: number;
    } | undefined;
}
/**
 * Names the calendars in a target text: `2h on berlin-business (commitment)` → `2h on Berlin business hours
 * (commitment)`, `outside office hours:` → `outside Office hours:`. Without the calendars' names the text stays.
 */
export declare function calendarNamer(names: ReportNames | undefined): (targetText: string) => string;
/** A client's sentence for a warning about what due times could not take into account, or null for none. */
export declare function clientWarning(warning: string, calendarName: (id: string) => string, locale?: string, policy?: boolean): string | null;
/**
 * For the internal report: how to fix the rows of the export that could not be used, one line per reason, with the
 * option, the column and example values. Returned as Markdown list items (values in code spans).
 */
export declare function badRowFixes(report: ServiceReport, names?: ReportNames, locale?: string): string[];

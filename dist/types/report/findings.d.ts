import type { Agreement } from '../model/agreement.js';
import type { ServiceReport } from './build-report.js';
import type { Ticket } from './read-tickets.js';
/** What a finding is about; stable, so dashboards can filter on it. */
export type FindingId = 'responses-late' | 'resolutions-missed' | 'updates-missed' | 'severity-unused' | 'enhancement-as-support' | 'over-change-order-threshold' | 'cap-exceeded' | 'bad-rows' | 'times-without-offset' | 'no-target';
export interface Finding {
    id: FindingId;
    /** The severity level it concerns, when it concerns one. */
    severity?: string;
    /** One sentence in plain words, the way it is put to the client. */
    message: string;
    /** Tickets it is about, when it is about particular tickets. */
    tickets?: string[];
}
/** The review the agreement asks for, in plain words, from the computed report. */
export declare function reportFindings(report: ServiceReport, agreement: Agreement, tickets: readonly Ticket[], missedShareToFlag: number): Finding[];
/** Options for writing a finding in a report's words. */
export interface FindingTextOptions {
    /** Names the calendars in a target text (the client report). */
    calendarNames?: (targetText: string) => string;
    /** The agreement's change-order threshold, in hours. */
    thresholdHours?: number;
    /** Writes a value from the agreement or the export as Markdown text. */
    text?: (value: string) => string;
    /** The report's locale; default `en-GB`. */
    locale?: string;
}
/**
 * A finding as the client reads it: the fact, tied to the agreement's terms, with no advice to the provider
 * (no "bill the excess", "quote them as change orders", "target or staffing to review"), severities and calendars
 * by their names. Null for findings about the export itself (unreadable rows, times without an offset), which the
 * client report states once as a count, or not at all. Built from the report data, so the JSON `message` (the
 * internal sentence) stays as it is.
 */
export declare function clientFindingText(finding: Finding, report: ServiceReport, options?: FindingTextOptions): string | null;
/**
 * A finding as the provider reads it in a report in another language than English: the JSON `message` (English,
 * an API) in the report's words, built from the report data as clientFindingText is.
 */
export declare function internalFindingText(finding: Finding, report: ServiceReport, options?: FindingTextOptions): string;

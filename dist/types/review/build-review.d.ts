/**
 * `sla review`: several months of one ticket export, month by month, against the agreement — volume, on-time share,
 * response times as a share of target, capped hours against the cap, change orders raised as support — and the
 * findings a service review acts on (findings.ts). Each month is a service report built as `sla report` builds one
 * (ReportBuilder), fed from one pass over the export: memory stays flat as the export grows.
 */
import { DateTime } from 'luxon';
import type { Agreement } from '../model/agreement.js';
import { type ServiceReport } from '../report/build-report.js';
import type { ReportPeriod } from '../report/period.js';
import { TicketStream, type TicketStreamSummary } from '../report/read-tickets.js';
import { type ReviewFinding } from './findings.js';
export interface ReviewMonth {
    /** `2027-03`. */
    month: string;
    report: ServiceReport;
}
export interface ServiceReview {
    reviewVersion: 1;
    agreement: ServiceReport['agreement'];
    /** From the first day of the first month to the first day after the last, in the agreement's zone. */
    period: {
        from: string;
        to: string;
        timezone: string;
    };
    asOf: string;
    input: {
        rows: number;
        tickets: number;
        badRows: number;
        outsideReview: number;
    };
    months: ReviewMonth[];
    findings: ReviewFinding[];
}
export interface ReviewOptions {
    /** The first month (any time in it) and the last month (any time in it), in `zone`. */
    from: DateTime;
    to: DateTime;
    zone: string;
    /** Open tickets are measured to here. */
    now: DateTime;
    tier?: string;
}
/** The calendar months from `from` to `to`, both included, as report periods. */
export declare function reviewMonths(from: DateTime, to: DateTime, zone: string): ReportPeriod[];
/**
 * Reads the export once (or several exports one after the other, e.g. a file a month) and builds the review of every
 * month between `from` and `to`. Duplicate ticket ids are found within each export, not across them.
 */
export declare function buildReviewFromStream(agreement: Agreement, streams: TicketStream | Iterable<TicketStream> | AsyncIterable<TicketStream>, options: ReviewOptions): Promise<{
    review: ServiceReview;
    read: TicketStreamSummary[];
}>;

/**
 * What a service review acts on: patterns that hold across months, each with its evidence month by month and the
 * clause of the agreement it concerns. A pattern seen in one month is noise; a finding needs it in most of the
 * months that had the tickets to show it (and in at least two).
 */
import type { Agreement } from '../model/agreement.js';
import type { ServiceReport } from '../report/build-report.js';
export type ReviewFindingId = 'response-target-unrealistic' | 'cap-exceeded' | 'request-type-growing' | 'change-orders-as-support' | 'severity-unused';
export interface ReviewFinding {
    id: ReviewFindingId;
    /** The clause of the agreement it concerns, in the contract's words: `Severity levels and targets — High response: 2 business hours`. */
    clause: string;
    /** One or two sentences: what was seen, and what it suggests. */
    message: string;
    /** The figure behind the finding in each month: `{ month: '2027-03', value: '162 %' }`. */
    evidence: {
        month: string;
        value: string;
    }[];
}
interface Month {
    month: string;
    report: ServiceReport;
}
export declare function reviewFindings(agreement: Agreement, months: readonly Month[]): ReviewFinding[];
export {};

import type { Agreement } from '../model/agreement.js';
import type { ServiceReport } from '../report/build-report.js';
export type ReviewFindingId = 'response-target-unrealistic' | 'cap-exceeded' | 'request-type-growing' | 'change-orders-as-support' | 'out-of-scope-closures' | 'severity-unused' | 'tier-fit';
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
/** A finding's sentence, clause and evidence in a language: the same facts as its English (JSON) text. */
export interface ReviewFindingWords {
    message: string;
    clause: string;
    /** One value per month of the finding's evidence. */
    evidence: string[];
}
/** A finding of reviewFindings in the locale's words, or undefined when it has none (then show its own text). */
export declare function reviewFindingWords(finding: ReviewFinding, locale: string): ReviewFindingWords | undefined;
export declare function reviewFindings(agreement: Agreement, months: readonly Month[]): ReviewFinding[];
export {};

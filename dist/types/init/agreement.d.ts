import type { AgreementDocument } from '../generated/agreement-document.js';
import type { InitFacts } from './facts.js';
export interface BuiltAgreement {
    document: AgreementDocument;
    /** Things the author must know about what was written (e.g. years without holiday data). */
    notes: string[];
}
/** The last day of the initial term. */
export declare function termEnd(effectiveDate: string, months: number): string;
/** The complete agreement for these facts, as data, in `facts.locale` (by default English, as the region writes it). */
export declare function buildAgreement(facts: InitFacts): BuiltAgreement;

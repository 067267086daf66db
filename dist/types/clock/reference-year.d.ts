import type { Agreement } from '../model/agreement.js';
/**
 * The year the support clock is run over when nobody names one (lint rules, the contract's worst-case wait): the
 * effective date's, else the last update's (a published policy often has only that), else the first year a calendar
 * lists a dated holiday in, else `REFERENCE_YEAR`. Never today's date: the same file gives the same findings and the
 * same contract whenever it is processed.
 */
export declare const REFERENCE_YEAR = 2027;
export declare function referenceYear(agreement: Agreement): number;

/**
 * `sla diff`: what a change to an agreement means for the client. The data of both versions is walked side by side
 * (list items paired by id, term or date — see match.ts); each difference is attributed to the most specific rule of
 * ./rules whose path pattern covers it, which judges it stronger, weaker, neutral or mixed for the client (time
 * targets through the support clock, see target.ts and measure.ts) and puts it in the contract's words (words.ts).
 */
import type { AgreementResult } from '../agreement.js';
import type { AgreementDiff } from './types.js';
export * from './types.js';
export { headlineOf } from './headline.js';
export { DIFF_RULES, SECTION_ORDER } from './rules/index.js';
export type { DiffRule } from './rule.js';
/** The path pattern of every rule, for the test that every schema path is covered. */
export declare const DIFF_RULE_PATHS: readonly string[];
/**
 * Compares two versions of an agreement, as loadAgreementText or loadAgreement return them, from the client's side.
 * Versions with schema errors are compared too (by their data; measures through the clock need a valid version).
 */
export declare function diffAgreements(oldResult: AgreementResult, newResult: AgreementResult): AgreementDiff;

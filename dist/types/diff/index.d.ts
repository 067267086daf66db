/**
 * `sla diff`: what a change to an agreement means for the client. FIRST CUT (work in progress on the branch
 * wip/sla-diff-tests): the data of both versions is walked in parallel (list items matched by their id, term, name or
 * value), each difference is attributed to the most specific rule of DIFF_RULES whose path pattern covers it, and the
 * rule classifies it as stronger, weaker, neutral or mixed for the client.
 */
import type { AgreementResult } from '../agreement.js';
export type ChangeEffect = 'stronger' | 'weaker' | 'neutral' | 'mixed';
export interface AgreementChange {
    pointer: string;
    change: 'added' | 'removed' | 'changed';
    effect: ChangeEffect;
    section: string;
    summary: string;
    reason?: string;
    oldLine?: number;
    newLine?: number;
}
export interface AgreementDiff {
    changes: AgreementChange[];
    verdict: Record<ChangeEffect, number>;
}
type Json = unknown;
interface Site {
    old: Json;
    new: Json;
    oldPointer: string;
    newPointer: string;
    path: string;
}
type Classify = (site: Site) => {
    effect: ChangeEffect;
    reason?: string;
};
interface DiffRule {
    path: string;
    section: string;
    classify: Classify;
}
/** Every schema path has a rule here or under a parent path; test/diff/schema-coverage.test.ts holds that. */
export declare const DIFF_RULES: readonly DiffRule[];
export declare const DIFF_RULE_PATHS: readonly string[];
export declare function diffAgreements(oldResult: AgreementResult, newResult: AgreementResult): AgreementDiff;
export {};

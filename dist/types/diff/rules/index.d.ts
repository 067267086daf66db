/**
 * Every diff rule, in the order of the rendered contract's sections. Every schema path has a rule here or under a
 * parent path; test/diff/schema-coverage.test.ts holds that, so a new schema field cannot fall through as "neutral".
 */
import type { DiffRule } from '../rule.js';
export declare const DIFF_RULES: readonly DiffRule[];
/** The contract's sections in the order the default template prints them: how a diff orders its changes. */
export declare const SECTION_ORDER: readonly string[];

/**
 * Every built-in lint rule, in the order `sla rules` lists them. The list is explicit (no directory scanning), so
 * a bundle carries exactly these rules and a test can check that each has a docs page, tests and a unique id.
 */
import type { Rule } from '../types.js';
export declare const rules: Rule<any>[];

import type { DiffRule } from '../rule.js';
export declare const partiesAndTermRules: readonly DiffRule[];

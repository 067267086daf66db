import type { DiffRule } from '../rule.js';
export declare const reviewRules: readonly DiffRule[];

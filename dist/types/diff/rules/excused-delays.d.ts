import type { DiffRule } from '../rule.js';
export declare const excusedDelayRules: readonly DiffRule[];

import type { DiffRule } from '../rule.js';
export declare const serviceRules: readonly DiffRule[];

import type { DiffRule } from '../rule.js';
export declare const scopeRules: readonly DiffRule[];

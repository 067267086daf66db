import type { DiffRule } from '../rule.js';
export declare const requestTypeRules: readonly DiffRule[];

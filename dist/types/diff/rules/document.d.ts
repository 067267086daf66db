import type { DiffRule } from '../rule.js';
export declare const documentRules: readonly DiffRule[];

import type { DiffRule } from '../rule.js';
export declare const signatureRules: readonly DiffRule[];

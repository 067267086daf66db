import type { DiffRule } from '../rule.js';
export declare const availabilityRules: readonly DiffRule[];

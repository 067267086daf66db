import { type DiffRule } from '../rule.js';
export declare const serviceTierRules: readonly DiffRule[];

import type { DiffRule } from '../rule.js';
export declare const definitionRules: readonly DiffRule[];

import type { DiffRule } from '../rule.js';
export declare const supportAndEnhancementRules: readonly DiffRule[];

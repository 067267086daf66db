import type { DiffRule } from '../rule.js';
export declare const contractFrameRules: readonly DiffRule[];

import type { DiffRule } from '../rule.js';
export declare const clientResponsibilityRules: readonly DiffRule[];

import type { DiffRule } from '../rule.js';
export declare const severityLevelRules: readonly DiffRule[];

import type { DiffRule } from '../rule.js';
export declare const monitoringRules: readonly DiffRule[];

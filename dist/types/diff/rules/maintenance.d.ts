import type { DiffRule } from '../rule.js';
export declare const maintenanceRules: readonly DiffRule[];

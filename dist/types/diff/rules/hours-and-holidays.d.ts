import { type DiffRule } from '../rule.js';
export declare const hoursAndHolidaysRules: readonly DiffRule[];

import type { Rule } from '../types.js';
export interface MissingUpdateCadenceOptions {
    /** How many of the most severe levels need an update cadence. */
    topLevels: number;
}
export declare const missingUpdateCadence: Rule<MissingUpdateCadenceOptions>;

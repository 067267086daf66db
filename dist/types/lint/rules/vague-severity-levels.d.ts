import type { Rule } from '../types.js';
export interface VagueSeverityLevelsOptions {
    /** Word overlap (0..1, Jaccard) at or above which two definitions count as near-identical. */
    maxSimilarity: number;
}
export declare const vagueSeverityLevels: Rule<VagueSeverityLevelsOptions>;

import type { Rule } from '../types.js';
export interface VagueWordingOptions {
    /** More words or phrases to treat as vague, matched as whole words regardless of case. */
    extraPhrases: string[];
}
export declare const vagueWording: Rule<VagueWordingOptions>;

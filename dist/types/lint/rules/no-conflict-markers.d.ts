/**
 * A merge-conflict marker left in an agreement means two versions of a term were never reconciled: whichever
 * side the renderer happens to keep becomes the contract. The rule reads the raw text, line by line, so it finds
 * markers anywhere (inside block scalars too), and needs neither a valid agreement nor parsed data.
 */
import type { Rule } from '../types.js';
export declare const noConflictMarkers: Rule;

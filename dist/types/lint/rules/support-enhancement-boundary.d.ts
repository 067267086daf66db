/**
 * The most common support dispute is "that's a new feature" against "that's a bug". The agreement must draw the
 * line before the disagreement: what is not covered, what turns a request into a change order, and how such work
 * is quoted.
 *
 * Only the change-order checks are agency-only: a vendor's published policy sells no hours and has no change orders,
 * but it still has to say what its support does not cover (`sla:policy` keeps `noExcludedScope` at full weight).
 */
import type { Rule } from '../types.js';
export declare const supportEnhancementBoundary: Rule;

/**
 * Targets written before launch are guesses. Without a fixed review, unrealistic targets, a tuning allowance that
 * is always exhausted, or a client who thinks enhancements are covered go unaddressed until renewal, when they
 * surface as a dispute.
 */
import type { Rule } from '../types.js';
export declare const missingReviewCadence: Rule;

import type { Rule } from '../types.js';
export interface WorstCaseWaitOptions {
    /** The longest acceptable wall-clock wait for a response to the most severe level, in hours. */
    maxHours: number;
    /** Check every tier offered, not only the client's (`serviceTier`). A published policy's tiers are always all checked. */
    allTiers: boolean;
    /**
     * Tiers whose `businessCriticality` is one of these are skipped: a tier marked `low` says that waiting for
     * business hours is the deal (the client keys invoices by hand over the weekend), not an oversight.
     */
    ignoreCriticality: ('low' | 'medium' | 'high' | 'mission-critical')[];
    /** The year searched; the year of the agreement's effective date when not given. */
    year?: number;
}
/** The year searched when the options name none (see `referenceYear`). */
export { REFERENCE_YEAR } from '../rule-helpers.js';
export declare const worstCaseWait: Rule<WorstCaseWaitOptions>;

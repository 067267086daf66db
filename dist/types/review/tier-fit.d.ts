import type { Agreement } from '../model/agreement.js';
import type { TicketRecord } from '../report/read-tickets.js';
import { type MillisClock } from '../report/working-clock.js';
import type { ReviewFinding } from './findings.js';
/** Counts, month by month, how the client's tickets fall against each tier. */
export declare class TierFitTally {
    private readonly agreement;
    /** The tier the client's tickets are under. */
    readonly clientTier: string;
    private readonly clock;
    private readonly counts;
    private readonly mostUrgent;
    /** Tiers whose hours the clock cannot run (a zone the agreement leaves unstated): not judged. */
    private readonly unjudged;
    constructor(agreement: Agreement, 
    /** The tier the client's tickets are under. */
    clientTier: string, months: number, clock?: MillisClock);
    /** A ticket of month `month` (an index into the review's months). Tickets under another tier are not counted. */
    add(month: number, ticket: TicketRecord): void;
    /** The findings about tiers; `labels` are the months as `2027-03`. */
    findings(labels: readonly string[]): ReviewFinding[];
}

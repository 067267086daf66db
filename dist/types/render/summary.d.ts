import type { Agreement } from '../model/agreement.js';
import type { ContractView } from './view.js';
export interface SummaryRoute {
    /** `Critical`, `High, Normal and Low`, or `Any severity`. */
    severities: string;
    channels: {
        typeLabel: string;
        address: string | null;
        hours: string | null;
    }[];
}
export interface SummaryTargetRow {
    name: string;
    /** The definition's first sentence, or null. */
    definition: string | null;
    /** `1 hour (commitment)`; null when the level has no such target. */
    response: string | null;
    update: string | null;
    resolution: string | null;
    /** The calendar the targets run on (`Berlin business hours`, `Around the clock`), or null when they differ. */
    hours: string | null;
}
export interface SummaryView {
    /** What the agreement says about the summary's standing (`presentation.summaryNote`), or null. */
    note: string | null;
    /** 1. When something breaks: channels per severity, and the first escalation step. */
    routes: SummaryRoute[];
    firstEscalation: {
        name: string;
        title: string | null;
        reach: string | null;
        when: string;
    } | null;
    /** 2. How fast: the client's tier, its targets per level, and the worst wall-clock wait for the most severe level. */
    tierName: string | null;
    targets: SummaryTargetRow[];
    targetColumns: {
        update: boolean;
        resolution: boolean;
        hours: boolean;
    };
    /** The firmness every target of a kind shares (`commitment`), written once in the column's header; else null. */
    targetFirmness: {
        response: string | null;
        update: string | null;
        resolution: string | null;
    };
    worstCase: string | null;
    /** 3. Included: scope items, and request types included or capped. */
    included: string[];
    /** Request types included without a cap, and those included up to a cap (with it). */
    includedRequests: string[];
    cappedRequests: {
        name: string;
        coverageText: string;
    }[];
    /** 4. Separate work: exclusions, request types that are change orders, and how such work is quoted and billed. */
    excluded: string[];
    changeOrderRequests: string[];
    changeOrder: {
        threshold: string | null;
        estimateWithin: string | null;
        rate: string | null;
    } | null;
    /** 5. Your side: the client's responsibilities, as a checklist. */
    duties: {
        label: string;
        description: string;
    }[];
}
type SummarySource = Pick<ContractView, 'channels' | 'escalation' | 'severityLevels' | 'tier' | 'scope' | 'requestTypes' | 'changeOrders' | 'clientResponsibilities'>;
/** The summary of an agreement (or a published policy), or null when it turns the summary off (`presentation.summary: false`). */
export declare function buildSummary(agreement: Agreement, view: SummarySource, options?: {
    force?: boolean;
}): SummaryView | null;
/**
 * A length of time on the wall clock, to the second or the minute: `64 hours 29 minutes`, `43 minutes 12 seconds`,
 * `0 minutes`. Units are written one after the other, without `and`, as a budget or a wait is read off a clock.
 */
export declare function elapsedWords(totalSeconds: number, locale: string, smallest: 'minute' | 'second'): string;
export {};

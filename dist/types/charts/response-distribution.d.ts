import { type ChartOptions } from './layout.js';
import { type Scene } from './scene.js';
export interface ResponseDistributionRow {
    readonly severity: string;
    /** Per ticket answered: working time to first response divided by the response target (0.5 = half the target). */
    readonly ratios: readonly number[];
}
export declare const RESPONSE_DISTRIBUTION_TITLE = "Time to first response against target";
/** The nearest-rank percentile (as the report's statistics use): a value that occurred. */
export declare function percentileOf(sorted: readonly number[], p: number): number;
export declare function responseDistributionChart(rows: readonly ResponseDistributionRow[], options: ChartOptions): Scene;

import { type ChartOptions } from './layout.js';
import { type Status } from './palette.js';
import { type Scene } from './scene.js';
export interface OnTimeShareRow {
    /** The severity's name as the report shows it. */
    readonly severity: string;
    /** Tickets answered within the target. */
    readonly onTime: number;
    /** Tickets whose target fell due (met or missed). */
    readonly total: number;
    /** The agreed share, in [0, 1] (0.95 for 95 %); absent when the agreement sets none. */
    readonly target?: number;
}
export declare const ON_TIME_SHARE_TITLE = "On-time share per severity";
/** Points below target still called "near" (amber) rather than "below" (red). */
export declare const NEAR_MARGIN = 0.1;
/** Met at or above target; near within 10 points under it; below further down; none without a target. */
export declare function onTimeStatus(share: number, target: number | undefined): Status;
export declare function onTimeShareChart(rows: readonly OnTimeShareRow[], options: ChartOptions): Scene;

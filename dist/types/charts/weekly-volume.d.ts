import { type ChartOptions } from './layout.js';
import { type Scene } from './scene.js';
export interface WeeklyVolumeWeek {
    /** An ISO week, `2026-W05` (shown as its Monday), or any short label, shown as given. */
    readonly week: string;
    /** Tickets opened that week per request type; types with no tickets may be left out. */
    readonly types: readonly {
        readonly type: string;
        readonly tickets: number;
    }[];
}
export declare const WEEKLY_VOLUME_TITLE = "Weekly ticket volume by request type";
export declare const OTHER_TYPES = "Other types";
/** Weeks in the order given (chronological, with empty weeks included, is the caller's business). */
/** `periodTitle` names the periods under the axis when they are not weeks (`Month` for a review). */
export interface VolumeChartOptions extends ChartOptions {
    readonly periodTitle?: string;
}
export declare function weeklyVolumeChart(weeks: readonly WeeklyVolumeWeek[], options: VolumeChartOptions): Scene;

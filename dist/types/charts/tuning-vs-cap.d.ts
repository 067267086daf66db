import { type ChartOptions } from './layout.js';
import { type Scene } from './scene.js';
export interface TuningPeriod {
    /** `2026-03` (shown as the month in the locale) or any short label, shown as given. */
    readonly period: string;
    readonly usedHours: number;
    /** The hours the agreement allows in the period. */
    readonly capHours: number;
}
export declare const TUNING_VS_CAP_TITLE = "Tuning hours against the cap";
export declare function tuningVsCapChart(periods: readonly TuningPeriod[], options: ChartOptions): Scene;

/**
 * Downtime budgets: how much downtime an availability target allows over its measurement window.
 * 99.9 % of a 30-day month is 43.2 minutes; of a 730-hour month 43.8; of a 31-day month 44.64.
 */
export type MeasurementWindow = 'month' | 'quarter' | 'year';
/** `30d`: every month is 30 days; `calendar`: the actual month (28–31 days); `730h`: an average month (8760 h / 12). */
export type MonthConvention = '30d' | 'calendar' | '730h';
export declare const MEASUREMENT_WINDOWS: readonly MeasurementWindow[];
export declare const MONTH_CONVENTIONS: readonly MonthConvention[];
export interface WindowLength {
    /** e.g. `30-day month`, `31-day month`, `730-hour month`. */
    label: string;
    minutes: number;
}
export interface DowntimeBudget extends WindowLength {
    targetPercent: number;
    /** Allowed downtime in minutes (not rounded). */
    allowedMinutes: number;
}
/** The length of each distinct window under a convention: one for `30d` and `730h`, each possible length for `calendar`. */
export declare function windowLengths(window: MeasurementWindow, convention: MonthConvention): WindowLength[];
export declare function allowedDowntimeMinutes(targetPercent: number, windowMinutes: number): number;
/** The allowed downtime for each window length the convention gives. */
export declare function downtimeBudgets(targetPercent: number, window?: MeasurementWindow, convention?: MonthConvention): DowntimeBudget[];
/** `43.2 minutes`, `8 hours 45 minutes 36 seconds`: rounded to the second. */
export declare function downtimeInWords(minutes: number): string;

/**
 * Downtime budgets: how much downtime an availability target allows over its measurement window.
 * 99.9 % of a 30-day month is 43.2 minutes; of a 730-hour month 43.8; of a 31-day month 44.64.
 */
export type MeasurementWindow = 'month' | 'quarter' | 'year';
/** `30d`: every month is 30 days; `calendar`: the actual month (28–31 days); `730h`: an average month (8760 h / 12). */
export type MonthConvention = '30d' | 'calendar' | '730h';

export const MEASUREMENT_WINDOWS: readonly MeasurementWindow[] = ['month', 'quarter', 'year'];
export const MONTH_CONVENTIONS: readonly MonthConvention[] = ['30d', 'calendar', '730h'];

const DAY_MINUTES = 1440;

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
export function windowLengths(window: MeasurementWindow, convention: MonthConvention): WindowLength[] {
  const days = (n: number, unit: string) => ({ label: `${n}-day ${unit}`, minutes: n * DAY_MINUTES });
  const hours = (n: number, unit: string) => ({ label: `${n}-hour ${unit}`, minutes: n * 60 });
  if (convention === '730h') return [hours({ month: 730, quarter: 2190, year: 8760 }[window], window)];
  if (convention === '30d') {
    // A year is 365 days however months are counted; the convention only fixes the month.
    return window === 'year' ? [days(365, 'year')] : [days(window === 'month' ? 30 : 90, window)];
  }
  const range = { month: [28, 29, 30, 31], quarter: [90, 91, 92], year: [365, 366] }[window];
  return range.map((n) => days(n, window));
}

export function allowedDowntimeMinutes(targetPercent: number, windowMinutes: number): number {
  if (!(targetPercent >= 0 && targetPercent <= 100)) throw new RangeError(`an availability target is a percentage from 0 to 100, not ${targetPercent}`);
  return ((100 - targetPercent) / 100) * windowMinutes;
}

/** The allowed downtime for each window length the convention gives. */
export function downtimeBudgets(targetPercent: number, window: MeasurementWindow = 'month', convention: MonthConvention = '30d'): DowntimeBudget[] {
  return windowLengths(window, convention).map((length) => ({
    ...length,
    targetPercent,
    allowedMinutes: allowedDowntimeMinutes(targetPercent, length.minutes),
  }));
}

/** `43.2 minutes`, `8 hours 45 minutes 36 seconds`: rounded to the second. */
export function downtimeInWords(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts: string[] = [];
  if (h) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (m) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (s || parts.length === 0) parts.push(`${s} second${s === 1 ? '' : 's'}`);
  return parts.join(' ');
}

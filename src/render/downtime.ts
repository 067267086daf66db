/**
 * The downtime an availability objective allows. A month is 30 days, an average 730-hour month, or the actual
 * calendar month (28 to 31 days, so a range).
 */
export type MeasurementWindow = 'month' | 'quarter' | 'year';
export type MonthConvention = '30d' | 'calendar' | '730h';

const MINUTES_PER_DAY = 24 * 60;
const MONTHS_PER_WINDOW: Record<MeasurementWindow, number> = { month: 1, quarter: 3, year: 12 };

export interface DowntimeBudget {
  /** Allowed downtime in minutes; `min` and `max` differ only for calendar months. */
  min: number;
  max: number;
}

function windowMinutes(window: MeasurementWindow, convention: MonthConvention): { min: number; max: number } {
  if (window === 'year') {
    if (convention === 'calendar') return { min: 365 * MINUTES_PER_DAY, max: 366 * MINUTES_PER_DAY };
    if (convention === '730h') return { min: 8760 * 60, max: 8760 * 60 };
    return { min: 360 * MINUTES_PER_DAY, max: 360 * MINUTES_PER_DAY };
  }
  const months = MONTHS_PER_WINDOW[window];
  if (convention === '730h') return { min: months * 730 * 60, max: months * 730 * 60 };
  if (convention === '30d') return { min: months * 30 * MINUTES_PER_DAY, max: months * 30 * MINUTES_PER_DAY };
  // Shortest and longest run of calendar months: February alone, or a quarter of 90 to 92 days.
  return window === 'month'
    ? { min: 28 * MINUTES_PER_DAY, max: 31 * MINUTES_PER_DAY }
    : { min: 90 * MINUTES_PER_DAY, max: 92 * MINUTES_PER_DAY };
}

/** 99.9% over a 30-day month allows 43.2 minutes; over a 730-hour month, 43.8 minutes. */
export function downtimeBudget(targetPercent: number, window: MeasurementWindow, convention: MonthConvention = '30d'): DowntimeBudget {
  const span = windowMinutes(window, convention);
  const share = (100 - targetPercent) / 100;
  // Rounded to a tenth of a second so floating-point noise (43.200000000000003) never reaches the contract.
  const round = (minutes: number) => Math.round(minutes * share * 600) / 600;
  return { min: round(span.min), max: round(span.max) };
}

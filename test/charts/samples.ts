// Realistic inputs for the four charts, shared by the tests and by a look at the charts as a reader sees them.
import type { OnTimeShareRow, ResponseDistributionRow, TuningPeriod, WeeklyVolumeWeek } from '../../src/charts/index.js';

export const onTimeRows: OnTimeShareRow[] = [
  { severity: 'Critical', onTime: 46, total: 50, target: 0.95 },
  { severity: 'High', onTime: 118, total: 120, target: 0.9 },
  { severity: 'Normal', onTime: 301, total: 420, target: 0.85 },
  { severity: 'Low', onTime: 60, total: 64 },
];

const TYPES = ['Incident', 'Service request', 'Question', 'Change order', 'Tuning'] as const;

/** Thirteen weeks of a quarter, with a quiet week at Christmas. */
export const weeklyWeeks: WeeklyVolumeWeek[] = Array.from({ length: 13 }, (_, index) => {
  const week = `2026-W${String(40 + index).padStart(2, '0')}`;
  const quiet = index === 12 ? 0.2 : 1;
  return {
    week,
    types: TYPES.map((type, typeIndex) => ({ type, tickets: Math.round(((index * 7 + typeIndex * 5) % 11 + 12 - typeIndex * 2) * quiet) })),
  };
});

/** A deterministic spread of response ratios: most well inside the target, a tail past it. */
function ratios(n: number, centre: number, tail: number): number[] {
  return Array.from({ length: n }, (_, index) => {
    const u = ((index * 7919) % n) / n;
    return Math.round((centre * (0.3 + u * 1.2) + (u > 0.92 ? tail * (u - 0.92) * 12 : 0)) * 1000) / 1000;
  });
}

export const responseRows: ResponseDistributionRow[] = [
  { severity: 'Critical', ratios: ratios(50, 0.55, 1.5) },
  { severity: 'High', ratios: ratios(120, 0.45, 0.6) },
  { severity: 'Normal', ratios: ratios(420, 0.7, 4) },
  { severity: 'Low', ratios: [] },
];

export const tuningPeriods: TuningPeriod[] = [
  { period: '2026-07', usedHours: 5.5, capHours: 8 },
  { period: '2026-08', usedHours: 8, capHours: 8 },
  { period: '2026-09', usedHours: 11.25, capHours: 8 },
  { period: '2026-10', usedHours: 3, capHours: 8 },
  { period: '2026-11', usedHours: 7.75, capHours: 8 },
  { period: '2026-12', usedHours: 14, capHours: 8 },
];

import { beforeAll, describe, expect, it } from 'vitest';
import {
  chartMeasure, flatten, groups, niceScale, NO_TICKETS, onTimeShareChart, onTimeStatus, responseDistributionChart, sceneTexts, tuningVsCapChart, weeklyVolumeChart,
  type Group, type Line, type Measure, type Rect, type Scene, type Text,
} from '../../src/charts/index.js';
import { onTimeRows, responseRows, tuningPeriods, weeklyWeeks } from './samples.js';

let measure: Measure;
beforeAll(async () => {
  measure = await chartMeasure();
});

const rectsIn = (group: Group): Rect[] => flatten(group.items).filter((item): item is Rect => item.kind === 'rect');
const linesIn = (group: Group): Line[] => flatten(group.items).filter((item): item is Line => item.kind === 'line');
const textsIn = (group: Group): Text[] => flatten(group.items).filter((item): item is Text => item.kind === 'text');
const only = <T>(items: readonly T[]): T => {
  expect(items).toHaveLength(1);
  return items[0]!;
};
const legendTexts = (scene: Scene) => groups(scene.items, 'legend').flatMap(textsIn).map((item) => item.text);

describe('niceScale', () => {
  it('steps in 1, 2, 2.5 or 5 times a power of ten, ending at or above the maximum', () => {
    expect(niceScale(1, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceScale(74, 5, true).ticks).toEqual([0, 20, 40, 60, 80]);
    expect(niceScale(14, 5).ticks).toEqual([0, 5, 10, 15]);
    expect(niceScale(4.77, 5).ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceScale(3, 5, true).ticks).toEqual([0, 1, 2, 3]);
    expect(niceScale(0, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    for (const max of [0.07, 1.3, 9.99, 123, 98_765]) {
      const scale = niceScale(max, 5);
      expect(scale.max).toBeGreaterThanOrEqual(max);
      expect(scale.ticks.length - 1).toBeLessThanOrEqual(5);
      expect(Number((scale.step / 10 ** Math.floor(Math.log10(scale.step))).toFixed(6))).toBeOneOf([1, 2, 2.5, 5]);
    }
  });
});

describe('on-time share', () => {
  let scene: Scene;
  beforeAll(() => {
    scene = onTimeShareChart(onTimeRows, { locale: 'en-GB', measure });
  });

  it('draws bars proportional to the share, from one axis origin', () => {
    const rows = groups(scene.items, 'row');
    expect(rows).toHaveLength(4);
    const bars = rows.map((row) => only(groups(row.items, 'bar').flatMap(rectsIn)));
    const perUnit = bars[0]!.width / (46 / 50);
    onTimeRows.forEach((row, index) => {
      expect(bars[index]!.x).toBeCloseTo(bars[0]!.x, 2);
      expect(Math.abs(bars[index]!.width - perUnit * (row.onTime / row.total))).toBeLessThan(0.01);
    });
  });

  it('puts the target mark at the target share on the same axis', () => {
    const rows = groups(scene.items, 'row');
    const bar = only(groups(rows[0]!.items, 'bar').flatMap(rectsIn));
    const perUnit = bar.width / (46 / 50);
    onTimeRows.forEach((row, index) => {
      const marks = groups(rows[index]!.items, 'target').flatMap(linesIn);
      if (row.target === undefined) return expect(marks).toHaveLength(0);
      for (const mark of marks) expect(Math.abs(mark.x1 - (bar.x + perUnit * row.target))).toBeLessThan(0.01);
    });
  });

  it('labels each bar with its share and target in the locale, and the axis in round percentages', () => {
    const texts = sceneTexts(scene);
    expect(texts).toEqual(expect.arrayContaining(['Critical', 'High', 'Normal', 'Low', '92% (target 95%)', '98.3% (target 90%)', '71.7% (target 85%)', '93.8% (no target)']));
    expect(texts).toEqual(expect.arrayContaining(['0%', '20%', '40%', '60%', '80%', '100%']));
    const german = sceneTexts(onTimeShareChart(onTimeRows, { locale: 'de-DE', measure }));
    expect(german).toEqual(expect.arrayContaining(['92 % (Zielvorgabe 95 %)', '98,3 % (Zielvorgabe 90 %)', '93,8 % (keine Zielvorgabe)', '0 %', '100 %']));
    // English words with German numbers, when a caller asks for them.
    expect(sceneTexts(onTimeShareChart(onTimeRows, { locale: 'de-DE', language: 'en-GB', measure }))).toEqual(expect.arrayContaining(['92 % (target 95 %)']));
  });

  it('reads by pattern as well as colour: solid when met, hatched within 10 points, dotted below', () => {
    expect([onTimeStatus(0.95, 0.95), onTimeStatus(0.86, 0.95), onTimeStatus(0.85, 0.95), onTimeStatus(0.8499, 0.95), onTimeStatus(0.5, undefined)]).toEqual(['met', 'near', 'near', 'below', 'none']);
    const patterns = groups(scene.items, 'bar').flatMap(rectsIn).map((bar) => bar.fill?.pattern);
    expect(patterns).toEqual(['hatch', 'solid', 'dots', 'solid']);
    expect(legendTexts(scene)).toEqual(['Target met', 'Within 10 points of target', 'More than 10 points below target', 'No target', 'Target']);
  });

  it('says in the alt text what the bars show', () => {
    expect(scene.alt).toContain('Critical: 92% of 50 tickets on time (target 95%, within 10 points of target).');
    expect(scene.alt).toContain('Low: 93.8% of 64 tickets on time (no target).');
  });

  it('says there were no tickets rather than draw empty axes', () => {
    for (const empty of [onTimeShareChart([], { locale: 'en-GB', measure }), onTimeShareChart([{ severity: 'Critical', onTime: 0, total: 0, target: 0.9 }], { locale: 'en-GB', measure })]) {
      expect(sceneTexts(empty)).toEqual(['On-time share per severity', NO_TICKETS]);
      expect(empty.alt).toBe(`On-time share per severity: ${NO_TICKETS}.`);
    }
  });

  it('cuts a long severity name to its column with an ellipsis; the alt text keeps it whole', () => {
    const long = 'Business-critical production outage affecting all warehouses in the region';
    const chart = onTimeShareChart([{ severity: long, onTime: 1, total: 2, target: 0.9 }], { locale: 'en-GB', measure, width: 300 });
    const name = textsIn(groups(chart.items, 'row')[0]!)[0]!;
    expect(name.text).toMatch(/…$/);
    expect(name.width).toBeLessThanOrEqual(300 * 0.26 + 0.01);
    expect(chart.alt).toContain(long);
  });
});

describe('weekly volume', () => {
  let scene: Scene;
  beforeAll(() => {
    scene = weeklyVolumeChart(weeklyWeeks, { locale: 'en-GB', measure });
  });

  it('stacks segments whose heights are proportional to the tickets, from one baseline', () => {
    const bars = groups(scene.items, 'week-bar');
    expect(bars).toHaveLength(13);
    // The scale from the axis: its ticks' lines and labels.
    const ticks = groups(scene.items, 'tick').map((tick) => ({ y: linesIn(tick)[0]!.y1, value: Number(textsIn(tick)[0]!.text) }));
    const perTicket = (ticks[0]!.y - ticks.at(-1)!.y) / (ticks.at(-1)!.value - ticks[0]!.value);
    expect(ticks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80]);
    bars.forEach((bar, index) => {
      const segments = groups(bar.items, 'segment').flatMap(rectsIn);
      const total = weeklyWeeks[index]!.types.reduce((sum, type) => sum + type.tickets, 0);
      const stacked = segments.reduce((sum, segment) => sum + segment.height, 0);
      expect(Math.abs(stacked - perTicket * total)).toBeLessThan(0.01);
      expect(Math.abs(segments[0]!.y + segments[0]!.height - ticks[0]!.y)).toBeLessThan(0.01);
      // Each segment starts where the one below it ends.
      for (let s = 1; s < segments.length; s++) expect(Math.abs(segments[s]!.y + segments[s]!.height - segments[s - 1]!.y)).toBeLessThan(0.01);
      const values = weeklyWeeks[index]!.types.filter((type) => type.tickets > 0).map((type) => type.tickets).sort((a, b) => a - b);
      expect(segments.map((segment) => segment.height / perTicket).sort((a, b) => a - b).map((value) => Math.round(value * 1000) / 1000)).toEqual(values);
    });
  });

  it('labels the weeks by their Monday in the locale, the axis in round counts, and the types in the legend', () => {
    const texts = sceneTexts(scene);
    expect(texts).toEqual(expect.arrayContaining(['28 Sept', '21 Dec', '0', '20', '40', '60', '80', 'Week starting', 'Tickets opened']));
    expect(legendTexts(scene)).toEqual(['Incident', 'Service request', 'Question', 'Change order', 'Tuning']);
    expect(sceneTexts(weeklyVolumeChart(weeklyWeeks, { locale: 'en-US', measure }))).toContain('Sep 28');
  });

  it('folds types beyond the seventh into "Other types"', () => {
    const types = Array.from({ length: 10 }, (_, index) => ({ type: `Type ${index}`, tickets: 20 - index }));
    const chart = weeklyVolumeChart([{ week: '2026-W01', types }], { locale: 'en-GB', measure });
    expect(legendTexts(chart)).toEqual(['Type 0', 'Type 1', 'Type 2', 'Type 3', 'Type 4', 'Type 5', 'Type 6', 'Other types']);
    const segments = groups(chart.items, 'segment').flatMap(rectsIn);
    expect(segments).toHaveLength(8);
    expect(Math.abs(segments[7]!.height / segments[0]!.height - (13 + 12 + 11) / 20)).toBeLessThan(1e-6);
  });

  it('thins the week labels when they would not fit side by side', () => {
    const weeks = Array.from({ length: 52 }, (_, index) => ({ week: `2026-W${String(index + 1).padStart(2, '0')}`, types: [{ type: 'Incident', tickets: index % 5 }] }));
    const chart = weeklyVolumeChart(weeks, { locale: 'en-GB', measure });
    const labels = groups(chart.items, 'week').flatMap(textsIn);
    expect(labels.length).toBeLessThan(52);
    for (let index = 1; index < labels.length; index++) {
      expect(labels[index]!.x - labels[index]!.width / 2).toBeGreaterThan(labels[index - 1]!.x + labels[index - 1]!.width / 2);
    }
  });

  it('is empty without tickets', () => {
    expect(sceneTexts(weeklyVolumeChart([{ week: '2026-W01', types: [] }], { locale: 'en-GB', measure }))).toContain(NO_TICKETS);
  });
});

describe('response distribution', () => {
  let scene: Scene;
  beforeAll(() => {
    scene = responseDistributionChart(responseRows, { locale: 'en-GB', measure });
  });

  it('puts the target line at 100% and the box at the quartiles, on the same axis', () => {
    const targetLine = only(groups(scene.items, 'target').flatMap(linesIn));
    const rows = groups(scene.items, 'row');
    const zero = only(linesIn(groups(scene.items, 'grid')[0]!).filter((item) => item.stroke.width === 0.8));
    const perUnit = targetLine.x1 - zero.x1;
    const sorted = [...responseRows[1]!.ratios].sort((a, b) => a - b);
    const rank = (p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
    const box = only(groups(rows[1]!.items, 'box').flatMap(rectsIn));
    expect(Math.abs(box.x - (zero.x1 + perUnit * rank(25)))).toBeLessThan(0.01);
    expect(Math.abs(box.width - perUnit * (rank(75) - rank(25)))).toBeLessThan(0.01);
    const median = only(groups(rows[1]!.items, 'median').flatMap(linesIn));
    expect(Math.abs(median.x1 - (zero.x1 + perUnit * rank(50)))).toBeLessThan(0.01);
    // The axis ends at 400%: 4 × the distance to the target.
    const ticks = linesIn(groups(scene.items, 'grid')[0]!);
    expect(Math.abs(ticks.at(-1)!.x1 - (zero.x1 + 4 * perUnit))).toBeLessThan(0.01);
  });

  it('marks tickets beyond the axis with an arrow, and labels rows, axis and legend', () => {
    const rows = groups(scene.items, 'row');
    expect(rows.map((row) => groups(row.items, 'beyond').length)).toEqual([0, 0, 1, 0]);
    const texts = sceneTexts(scene);
    expect(texts).toEqual(expect.arrayContaining(['Target 100%', '0%', '100%', '200%', '300%', '400%', 'median 48% · 90th 75%', 'no responses']));
    expect(legendTexts(scene)).toEqual(['Middle half of tickets', 'Median', 'Fastest to slowest', 'Target (100%)']);
    expect(scene.alt).toContain('Normal: 420 responses, median 63% of target, 90th percentile 96%, slowest 477%; 33 after the target, 7 beyond 400%.');
  });

  it('is empty when no severity has a response', () => {
    expect(sceneTexts(responseDistributionChart([{ severity: 'Low', ratios: [] }], { locale: 'en-GB', measure }))).toContain(NO_TICKETS);
  });
});

describe('tuning against the cap', () => {
  let scene: Scene;
  beforeAll(() => {
    scene = tuningVsCapChart(tuningPeriods, { locale: 'en-GB', measure });
  });

  it('draws hours proportional to the value, the part over the cap separately, the cap line at the cap', () => {
    const bars = groups(scene.items, 'period-bar');
    const first = only(groups(bars[0]!.items, 'within').flatMap(rectsIn));
    const perHour = first.height / 5.5;
    const baseline = first.y + first.height;
    tuningPeriods.forEach((period, index) => {
      const within = only(groups(bars[index]!.items, 'within').flatMap(rectsIn));
      expect(Math.abs(within.height - perHour * Math.min(period.usedHours, period.capHours))).toBeLessThan(0.01);
      expect(Math.abs(within.y + within.height - baseline)).toBeLessThan(0.01);
      const over = groups(bars[index]!.items, 'over').flatMap(rectsIn);
      if (period.usedHours > period.capHours) {
        expect(Math.abs(only(over).height - perHour * (period.usedHours - period.capHours))).toBeLessThan(0.01);
        expect(only(over).fill?.pattern).toBe('crosshatch');
      } else expect(over).toHaveLength(0);
      const cap = only(groups(bars[index]!.items, 'cap').flatMap(linesIn));
      expect(Math.abs(cap.y1 - (baseline - perHour * period.capHours))).toBeLessThan(0.01);
    });
  });

  it('labels months and hours in the locale', () => {
    expect(sceneTexts(scene)).toEqual(expect.arrayContaining(['Jul 2026', 'Dec 2026', '5.5 h', '11.25 h', '14 h', '0 h', '15 h']));
    expect(sceneTexts(tuningVsCapChart(tuningPeriods, { locale: 'de-DE', measure }))).toEqual(expect.arrayContaining(['Juli 2026', '11,25 h']));
    expect(legendTexts(scene)).toEqual(['Within the cap', 'Over the cap', 'Cap']);
    expect(scene.alt).toContain('Dec 2026: 14 h of 8 h, 6 h over.');
  });

  it('is empty without periods', () => {
    expect(sceneTexts(tuningVsCapChart([], { locale: 'en-GB', measure }))).toContain(NO_TICKETS);
  });
});

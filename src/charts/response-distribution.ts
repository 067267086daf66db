/**
 * Time to first response against the target, per severity: each ticket's response time as a share of its own
 * target (100 % = answered exactly at the target), drawn as a box plot on one axis for all severities, with the
 * target as a dashed line at 100 %. The box spans the middle half of the tickets (25th to 75th percentile), the
 * thick bar inside it is the median, the whiskers reach the fastest and slowest; beyond the axis's end an arrow
 * says how many are off the scale. The median and 90th percentile are also written beside each row.
 */
import { count, sharePercent } from './format.js';
import { centredRoom, chartLanguage, chartWidth, emptyScene, fittedScale, group, legend, line, lineHeight, PAD, rect, SIZE, text, titleItem, type ChartOptions } from './layout.js';
import { translator, type Translator } from '../i18n/catalog.js';
import { INK } from './palette.js';
import { ASCENT, DESCENT, type Item, type Paint, type Scene, type Stroke } from './scene.js';

export interface ResponseDistributionRow {
  readonly severity: string;
  /** Per ticket answered: working time to first response divided by the response target (0.5 = half the target). */
  readonly ratios: readonly number[];
}

export const RESPONSE_DISTRIBUTION_TITLE = 'Time to first response against target';

/** The axis never ends before 125 % (so the target line has room on both sides) nor after 400 %. */
const AXIS_FLOOR = 1.25;
const AXIS_CEILING = 4;
const ROW = 22;
const BOX = 10;

const BOX_PAINT: Paint = { color: INK.accentTint, pattern: 'solid' };
const BOX_STROKE: Stroke = { color: INK.accent, width: 0.9 };
const MEDIAN_STROKE: Stroke = { color: INK.text, width: 2.2 };
const TARGET_STROKE: Stroke = { color: '#b3261e', width: 1.2, dash: [3, 2] };

/** The nearest-rank percentile (as the report's statistics use): a value that occurred. */
export function percentileOf(sorted: readonly number[], p: number): number {
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

export function responseDistributionChart(rows: readonly ResponseDistributionRow[], options: ChartOptions): Scene {
  const { measure, locale } = options;
  const width = chartWidth(options);
  const tr = translator(chartLanguage(options));
  const title = options.title ?? tr.t('charts.distribution.title');
  const facts = rows.map((row) => {
    const sorted = row.ratios.filter((ratio) => Number.isFinite(ratio) && ratio >= 0).sort((a, b) => a - b);
    if (sorted.length === 0) return { row, sorted, stats: null, label: tr.t('charts.distribution.noResponses') };
    const stats = { min: sorted[0]!, q1: percentileOf(sorted, 25), median: percentileOf(sorted, 50), q3: percentileOf(sorted, 75), p90: percentileOf(sorted, 90), max: sorted.at(-1)! };
    return { row, sorted, stats, label: tr.t('charts.distribution.label', { median: sharePercent(stats.median, locale, 0), p90: sharePercent(stats.p90, locale, 0) }) };
  });
  if (facts.every((fact) => fact.stats === null)) return emptyScene(measure, title, width, undefined, chartLanguage(options));

  const heading = titleItem(measure, title, width);
  const largest = Math.max(...facts.map((fact) => fact.stats?.max ?? 0));
  const nameWidth = Math.min(Math.max(...facts.map((fact) => measure(fact.row.severity, 'regular', SIZE.label))), width * 0.26);
  // The figures beside the rows get what they need, as long as the plot keeps 30 % of the width.
  const labelWidth = Math.min(Math.max(...facts.map((fact) => measure(fact.label, 'regular', SIZE.label))), width * 0.7 - 2 * PAD - 18 - nameWidth);
  const plotLeft = PAD + nameWidth + 8;
  const plotRight = width - PAD - labelWidth - 10;
  const plotWidth = plotRight - plotLeft;
  const scale = fittedScale(measure, Math.min(AXIS_CEILING, Math.max(AXIS_FLOOR, largest)), plotWidth, (tick) => sharePercent(tick, locale, 0), { horizontal: true });
  const top = heading.bottom + lineHeight(SIZE.tick) + 2;
  const bottom = top + facts.length * ROW;
  const xOf = (ratio: number) => plotLeft + (Math.min(ratio, scale.max) / scale.max) * plotWidth;

  const grid: Item[] = scale.ticks.map((tick) => line(xOf(tick), top, xOf(tick), bottom, { color: tick === 0 ? INK.text : INK.grid, width: tick === 0 ? 0.8 : 0.5 }));
  const tickLabels: Item[] = scale.ticks.map((tick) => text(measure, sharePercent(tick, locale, 0), xOf(tick), bottom + 3 + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted, anchor: 'middle' }));
  const axisTitle = text(measure, tr.t('charts.distribution.axis'), plotLeft + plotWidth / 2, bottom + 3 + lineHeight(SIZE.tick) + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted, anchor: 'middle' }, centredRoom(plotLeft + plotWidth / 2, width, width));
  const targetX = xOf(1);
  const target = group('target', [
    line(targetX, top - 2, targetX, bottom, TARGET_STROKE),
    text(measure, tr.t('charts.distribution.targetMark', { share: sharePercent(1, locale, 0) }), targetX, top - 4, { size: SIZE.tick, color: TARGET_STROKE.color, anchor: 'middle' }),
  ]);

  const rowItems = facts.map((fact, index) => {
    const rowTop = top + index * ROW;
    const middle = rowTop + ROW / 2;
    const baseline = middle + (SIZE.label * (ASCENT - DESCENT)) / 2;
    const items: Item[] = [text(measure, fact.row.severity, PAD + nameWidth, baseline, { size: SIZE.label, anchor: 'end' }, nameWidth)];
    const { stats } = fact;
    if (stats) {
      const whisker: Stroke = { color: INK.text, width: 0.8 };
      items.push(
        group('whisker', [
          line(xOf(stats.min), middle, xOf(stats.q1), middle, whisker),
          line(xOf(stats.q3), middle, xOf(stats.max), middle, whisker),
          line(xOf(stats.min), middle - 3, xOf(stats.min), middle + 3, whisker),
          ...(stats.max <= scale.max ? [line(xOf(stats.max), middle - 3, xOf(stats.max), middle + 3, whisker)] : []),
        ]),
        group('box', [rect(xOf(stats.q1), middle - BOX / 2, xOf(stats.q3) - xOf(stats.q1), BOX, BOX_PAINT, BOX_STROKE)]),
        group('median', [line(xOf(stats.median), middle - BOX / 2 - 1, xOf(stats.median), middle + BOX / 2 + 1, MEDIAN_STROKE)]),
      );
      const beyond = fact.sorted.filter((ratio) => ratio > scale.max).length;
      if (beyond > 0) {
        // An arrowhead at the axis's end: this many tickets took longer than the axis shows.
        const tip = plotRight + 5;
        items.push(group('beyond', [{ kind: 'path', points: [[plotRight, middle - 3.5], [tip, middle], [plotRight, middle + 3.5]], closed: true, fill: { color: INK.text, pattern: 'solid' } }]));
      }
    }
    items.push(group('label', [text(measure, fact.label, plotRight + 10, baseline, { size: SIZE.label, color: stats ? INK.text : INK.muted }, labelWidth)]));
    return group('row', items);
  });

  const legendTop = bottom + 3 + 2 * lineHeight(SIZE.tick) + 6;
  const key = legend(measure, [
    { label: tr.t('charts.distribution.legendBox'), paint: BOX_PAINT },
    { label: tr.t('charts.distribution.legendMedian'), stroke: MEDIAN_STROKE },
    { label: tr.t('charts.distribution.legendRange'), stroke: { color: INK.text, width: 0.8 } },
    { label: tr.t('charts.distribution.legendTarget', { share: sharePercent(1, locale, 0) }), stroke: TARGET_STROKE },
  ], PAD, legendTop, width - 2 * PAD);

  return {
    width,
    height: legendTop + key.height + PAD,
    title,
    alt: tr.t('charts.distribution.alt', { title, rows: facts.map((fact) => describe(fact, scale.max, locale, tr)).join(' ') }),
    items: [heading.item, group('grid', grid), ...rowItems, target, group('axis', [...tickLabels, axisTitle]), key.group],
  };
}

function describe(fact: { row: ResponseDistributionRow; sorted: readonly number[]; stats: { median: number; p90: number; max: number } | null }, axisEnd: number, locale: string, tr: Translator): string {
  if (!fact.stats) return tr.t('charts.distribution.describeNone', { severity: fact.row.severity });
  const late = fact.sorted.filter((ratio) => ratio > 1).length;
  const n = fact.sorted.length;
  const beyond = fact.sorted.filter((ratio) => ratio > axisEnd).length;
  return tr.t('charts.distribution.describe', {
    severity: fact.row.severity, count: n, countText: count(n, locale),
    median: sharePercent(fact.stats.median, locale, 0), p90: sharePercent(fact.stats.p90, locale, 0), max: sharePercent(fact.stats.max, locale, 0),
    late: count(late, locale), beyond: beyond > 0 ? count(beyond, locale) : 'none', axisEnd: sharePercent(axisEnd, locale, 0),
  });
}

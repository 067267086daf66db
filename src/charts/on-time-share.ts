/**
 * On-time share per severity against its target: one horizontal bar per severity (the share of its due tickets
 * answered on time), a mark at the target, and the figures as text beside the bar. The bar's status is read
 * from colour, pattern and the legend alike: target met (solid green), within 10 points (hatched amber), further
 * below (dotted red).
 */
import { sharePercent } from './format.js';
import { centredRoom, chartLanguage, chartWidth, emptyScene, fittedScale, group, legend, line, lineHeight, PAD, rect, SIZE, text, titleItem, type ChartOptions, type LegendEntry } from './layout.js';
import { translator, type Translator } from '../i18n/catalog.js';
import { INK, STATUS_PAINT, statusWords, type Status } from './palette.js';
import { ASCENT, DESCENT, type Item, type Scene } from './scene.js';

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

export const ON_TIME_SHARE_TITLE = 'On-time share per severity';

/** Points below target still called "near" (amber) rather than "below" (red). */
export const NEAR_MARGIN = 0.1;

/** Met at or above target; near within 10 points under it; below further down; none without a target. */
export function onTimeStatus(share: number, target: number | undefined): Status {
  if (target === undefined) return 'none';
  if (share >= target - 1e-9) return 'met';
  return share >= target - NEAR_MARGIN - 1e-9 ? 'near' : 'below';
}

const ROW = 20;
const BAR = 12;

export function onTimeShareChart(rows: readonly OnTimeShareRow[], options: ChartOptions): Scene {
  const { measure, locale } = options;
  const width = chartWidth(options);
  const tr = translator(chartLanguage(options));
  const title = options.title ?? tr.t('charts.onTime.title');
  if (rows.length === 0 || rows.every((row) => !(row.total > 0))) return emptyScene(measure, title, width, undefined, chartLanguage(options));

  const facts = rows.map((row) => {
    const total = Math.max(0, finite(row.total));
    const share = total > 0 ? clamp(finite(row.onTime) / total) : null;
    const target = row.target === undefined || !Number.isFinite(row.target) ? undefined : clamp(row.target);
    const status = share === null ? 'none' : onTimeStatus(share, target);
    const label = share === null
      ? tr.t('charts.onTime.noneDue')
      : tr.t('charts.onTime.label', { share: sharePercent(share, locale), target: target === undefined ? 'none' : sharePercent(target, locale) });
    return { row, total, share, target, status, label };
  });

  const heading = titleItem(measure, title, width);
  const nameWidth = Math.min(Math.max(...facts.map((fact) => measure(fact.row.severity, 'regular', SIZE.label))), width * 0.26);
  // The figures beside the bars get what they need, as long as the plot keeps 30 % of the width.
  const labelWidth = Math.min(Math.max(...facts.map((fact) => measure(fact.label, 'regular', SIZE.label))), width * 0.7 - 2 * PAD - 16 - nameWidth);
  const plotLeft = PAD + nameWidth + 8;
  const plotRight = width - PAD - labelWidth - 8;
  const plotWidth = plotRight - plotLeft;
  const top = heading.bottom + 4;
  const bottom = top + facts.length * ROW;
  const scale = fittedScale(measure, 1, plotWidth, (tick) => sharePercent(tick, locale), { horizontal: true });
  const xOf = (share: number) => plotLeft + (share / scale.max) * plotWidth;
  const middle = (size: number) => (size * (ASCENT - DESCENT)) / 2;

  const grid: Item[] = scale.ticks.map((tick) => line(xOf(tick), top, xOf(tick), bottom, { color: tick === 0 ? INK.text : INK.grid, width: tick === 0 ? 0.8 : 0.5 }));
  const tickLabels: Item[] = scale.ticks.map((tick) => text(measure, sharePercent(tick, locale), xOf(tick), bottom + 3 + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted, anchor: 'middle' }));
  const axisTitle = text(measure, tr.t('charts.onTime.axis'), plotLeft + plotWidth / 2, bottom + 3 + lineHeight(SIZE.tick) + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted, anchor: 'middle' }, centredRoom(plotLeft + plotWidth / 2, width, width));

  const rowItems = facts.map((fact, index) => {
    const rowTop = top + index * ROW;
    const barTop = rowTop + (ROW - BAR) / 2;
    const baseline = rowTop + ROW / 2 + middle(SIZE.label);
    const items: Item[] = [text(measure, fact.row.severity, PAD + nameWidth, baseline, { size: SIZE.label, anchor: 'end' }, nameWidth)];
    if (fact.share !== null) {
      items.push(group('bar', [rect(plotLeft, barTop, xOf(fact.share) - plotLeft, BAR, STATUS_PAINT[fact.status], { color: INK.text, width: 0.5 })]));
    }
    if (fact.target !== undefined) {
      // A white halo under the black mark keeps it visible over a dark bar.
      const x = xOf(fact.target);
      items.push(group('target', [line(x, barTop - 3, x, barTop + BAR + 3, { color: '#ffffff', width: 3.4 }), line(x, barTop - 3, x, barTop + BAR + 3, { color: INK.text, width: 1.6 })]));
    }
    items.push(group('label', [text(measure, fact.label, plotRight + 8, baseline, { size: SIZE.label, color: fact.share === null ? INK.muted : INK.text }, labelWidth)]));
    return group('row', items);
  });

  const statuses = (['met', 'near', 'below', 'none'] as const).filter((status) => facts.some((fact) => fact.share !== null && fact.status === status));
  const words = statusWords(chartLanguage(options));
  const entries: LegendEntry[] = [
    ...statuses.map((status) => ({ label: words[status], paint: STATUS_PAINT[status] })),
    ...(facts.some((fact) => fact.target !== undefined) ? [{ label: tr.t('charts.legend.target'), stroke: { color: INK.text, width: 1.6 } }] : []),
  ];
  const legendTop = bottom + 3 + 2 * lineHeight(SIZE.tick) + 6;
  const key = legend(measure, entries, PAD, legendTop, width - 2 * PAD);

  return {
    width,
    height: legendTop + key.height + PAD,
    title,
    alt: tr.t('charts.onTime.alt', { title, rows: facts.map((fact) => describe(fact, locale, tr)).join(' ') }),
    items: [heading.item, group('grid', grid), ...rowItems, group('axis', [...tickLabels, axisTitle]), key.group],
  };
}

function describe(fact: { row: OnTimeShareRow; total: number; share: number | null; target: number | undefined; status: Status }, locale: string, tr: Translator): string {
  if (fact.share === null) return tr.t('charts.onTime.describeNoneDue', { severity: fact.row.severity });
  return tr.t('charts.onTime.describe', {
    severity: fact.row.severity, share: sharePercent(fact.share, locale), count: fact.total, countText: new Intl.NumberFormat(locale).format(fact.total),
    target: fact.target === undefined ? 'none' : sharePercent(fact.target, locale), status: fact.status,
  });
}

const finite = (value: number): number => (Number.isFinite(value) ? value : 0);
const clamp = (value: number): number => Math.min(1, Math.max(0, value));

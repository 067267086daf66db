/**
 * Hours used against the cap, per month or other period: a bar of the hours used, solid up to the cap and
 * crosshatched red beyond it, with the period's cap as a dashed line across its bar and the hours written above.
 */
import { hours, periodLabel } from './format.js';
import { centredRoom, chartLanguage, chartWidth, emptyScene, group, legend, line, lineHeight, niceScale, PAD, rect, SIZE, text, titleItem, type ChartOptions } from './layout.js';
import { translator } from '../i18n/catalog.js';
import { CAP_PAINT, INK } from './palette.js';
import { ASCENT, type Item, type Scene, type Stroke } from './scene.js';

export interface TuningPeriod {
  /** `2026-03` (shown as the month in the locale) or any short label, shown as given. */
  readonly period: string;
  readonly usedHours: number;
  /** The hours the agreement allows in the period. */
  readonly capHours: number;
}

export const TUNING_VS_CAP_TITLE = 'Tuning hours against the cap';
const PLOT_HEIGHT = 130;
const CAP_STROKE: Stroke = { color: INK.text, width: 1.4, dash: [4, 2] };

export function tuningVsCapChart(periods: readonly TuningPeriod[], options: ChartOptions): Scene {
  const { measure, locale } = options;
  const width = chartWidth(options);
  const tr = translator(chartLanguage(options));
  const title = options.title ?? tr.t('charts.cap.title');
  if (periods.length === 0) return emptyScene(measure, title, width, undefined, chartLanguage(options));
  const positive = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);
  const facts = periods.map((period) => ({ label: periodLabel(period.period, locale), used: positive(period.usedHours), cap: positive(period.capHours) }));

  const heading = titleItem(measure, title, width);
  const scale = niceScale(Math.max(...facts.map((fact) => Math.max(fact.used, fact.cap))), 5);
  const tickTexts = scale.ticks.map((tick) => hours(tick, locale));
  const tickWidth = Math.max(...tickTexts.map((tick) => measure(tick, 'regular', SIZE.tick)));
  const plotLeft = PAD + tickWidth + 5;
  const plotRight = width - PAD;
  const plotTop = heading.bottom + lineHeight(SIZE.tick) + lineHeight(SIZE.tick) + 2;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const yOf = (value: number) => plotBottom - (value / scale.max) * PLOT_HEIGHT;
  const slot = (plotRight - plotLeft) / facts.length;
  const barWidth = Math.min(slot * 0.6, 40);

  const axisTitle = text(measure, tr.t('charts.cap.axis'), PAD, heading.bottom + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted }, width - 2 * PAD);
  const grid: Item[] = scale.ticks.map((tick, index) => group('tick', [
    line(plotLeft, yOf(tick), plotRight, yOf(tick), { color: tick === 0 ? INK.text : INK.grid, width: tick === 0 ? 0.8 : 0.5 }),
    text(measure, tickTexts[index]!, plotLeft - 4, yOf(tick) + SIZE.tick * 0.35, { size: SIZE.tick, color: INK.muted, anchor: 'end' }),
  ]));
  const labelWidth = Math.max(...facts.map((fact) => measure(fact.label, 'regular', SIZE.tick)));
  const every = Math.max(1, Math.ceil((labelWidth + 4) / slot));
  const valuesFit = facts.every((fact) => measure(hours(fact.used, locale), 'regular', SIZE.tick) <= slot - 1);

  const bars = facts.map((fact, index) => {
    const centre = plotLeft + slot * (index + 0.5);
    const left = centre - barWidth / 2;
    const within = Math.min(fact.used, fact.cap);
    const items: Item[] = [];
    if (within > 0) items.push(group('within', [rect(left, yOf(within), barWidth, yOf(0) - yOf(within), CAP_PAINT.within, { color: INK.text, width: 0.4 })]));
    if (fact.used > fact.cap) items.push(group('over', [rect(left, yOf(fact.used), barWidth, yOf(fact.cap) - yOf(fact.used), CAP_PAINT.over, { color: INK.text, width: 0.4 })]));
    const capHalf = Math.min(slot * 0.45, barWidth / 2 + 6);
    if (fact.cap > 0) items.push(group('cap', [line(centre - capHalf, yOf(fact.cap), centre + capHalf, yOf(fact.cap), CAP_STROKE)]));
    if (valuesFit) {
      // Above the bar, or above the cap line when that is higher and near (so the two never cross).
      const topValue = Math.max(fact.used, fact.cap > fact.used && yOf(fact.used) - yOf(fact.cap) < 10 ? fact.cap : fact.used);
      items.push(group('value', [text(measure, hours(fact.used, locale), centre, yOf(topValue) - 3, { size: SIZE.tick, anchor: 'middle' })]));
    }
    if (index % every === 0) items.push(group('period', [text(measure, fact.label, centre, plotBottom + 3 + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted, anchor: 'middle' }, centredRoom(centre, slot * every - 2, width))]));
    return group('period-bar', items);
  });
  const legendTop = plotBottom + 3 + lineHeight(SIZE.tick) + 6;
  const key = legend(measure, [
    { label: tr.t('charts.cap.legendWithin'), paint: CAP_PAINT.within },
    { label: tr.t('charts.cap.legendOver'), paint: CAP_PAINT.over },
    { label: tr.t('charts.cap.legendCap'), stroke: CAP_STROKE },
  ], PAD, legendTop, width - 2 * PAD);

  const over = facts.filter((fact) => fact.used > fact.cap);
  return {
    width,
    height: legendTop + key.height + PAD,
    title,
    alt: tr.t('charts.cap.alt', {
      title,
      periods: facts.map((fact) => tr.t('charts.cap.period', { period: fact.label, used: hours(fact.used, locale), cap: hours(fact.cap, locale), over: fact.used > fact.cap ? hours(fact.used - fact.cap, locale) : 'none' })).join(' '),
      overCount: over.length,
      total: facts.length,
    }),
    items: [heading.item, axisTitle, group('grid', grid), ...bars, key.group],
  };
}

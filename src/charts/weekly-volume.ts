/**
 * Weekly ticket volume by request type: one stacked bar per week (ISO week, labelled by its Monday in the
 * report's locale), one segment per request type, each type with its own colour and pattern and a legend.
 * More than eight types: the seven largest keep their own segment and the rest are summed as "Other".
 */
import { count, periodLabel, weekLabel } from './format.js';

/** An ISO week as its Monday, a month `2027-03` as `Mar 2027`, anything else as given. */
const weekOrMonthLabel = (label: string, locale: string) => (/^\d{4}-\d{2}$/.test(label) ? periodLabel(label, locale) : weekLabel(label, locale));
import { centredRoom, chartLanguage, chartWidth, emptyScene, group, legend, line, lineHeight, niceScale, PAD, rect, SIZE, text, titleItem, type ChartOptions } from './layout.js';
import { translator } from '../i18n/catalog.js';
import { INK, seriesPaint } from './palette.js';
import { ASCENT, type Item, type Scene } from './scene.js';

export interface WeeklyVolumeWeek {
  /** An ISO week, `2026-W05` (shown as its Monday), or any short label, shown as given. */
  readonly week: string;
  /** Tickets opened that week per request type; types with no tickets may be left out. */
  readonly types: readonly { readonly type: string; readonly tickets: number }[];
}

export const WEEKLY_VOLUME_TITLE = 'Weekly ticket volume by request type';
export const OTHER_TYPES = 'Other types';
const MAX_SERIES = 8;
const PLOT_HEIGHT = 150;

/** Weeks in the order given (chronological, with empty weeks included, is the caller's business). */
/** `periodTitle` names the periods under the axis when they are not weeks (`Month` for a review). */
export interface VolumeChartOptions extends ChartOptions {
  readonly periodTitle?: string;
}

export function weeklyVolumeChart(weeks: readonly WeeklyVolumeWeek[], options: VolumeChartOptions): Scene {
  const { measure, locale } = options;
  const width = chartWidth(options);
  const tr = translator(chartLanguage(options));
  const title = options.title ?? tr.t('charts.volume.title');
  const tickets = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);
  const totals = new Map<string, number>();
  for (const week of weeks) for (const entry of week.types) totals.set(entry.type, (totals.get(entry.type) ?? 0) + tickets(entry.tickets));
  const grandTotal = [...totals.values()].reduce((sum, value) => sum + value, 0);
  if (weeks.length === 0 || grandTotal === 0) return emptyScene(measure, title, width, undefined, chartLanguage(options));

  // Largest first; ties by name, so the order (and each type's colour) does not depend on the input's order.
  const ranked = [...totals].filter(([, total]) => total > 0).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([type]) => type);
  const series = ranked.length > MAX_SERIES ? [...ranked.slice(0, MAX_SERIES - 1), tr.t('charts.volume.otherTypes')] : ranked;
  const own = new Map(ranked.slice(0, ranked.length > MAX_SERIES ? MAX_SERIES - 1 : MAX_SERIES).map((type, index) => [type, index]));
  const seriesOf = (type: string) => own.get(type) ?? series.length - 1;
  const stacks = weeks.map((week) => {
    const values = series.map(() => 0);
    for (const entry of week.types) if (totals.get(entry.type)! > 0) values[seriesOf(entry.type)]! += tickets(entry.tickets);
    return { label: weekOrMonthLabel(week.week, locale), values, total: values.reduce((sum, value) => sum + value, 0) };
  });

  const heading = titleItem(measure, title, width);
  const scale = niceScale(Math.max(...stacks.map((stack) => stack.total)), 5, true);
  const tickTexts = scale.ticks.map((tick) => count(tick, locale));
  const tickWidth = Math.max(...tickTexts.map((tick) => measure(tick, 'regular', SIZE.tick)));
  const plotLeft = PAD + tickWidth + 5;
  const plotRight = width - PAD;
  const plotTop = heading.bottom + lineHeight(SIZE.tick) + lineHeight(SIZE.tick) + 2;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const yOf = (value: number) => plotBottom - (value / scale.max) * PLOT_HEIGHT;
  const slot = (plotRight - plotLeft) / stacks.length;
  const barWidth = Math.min(slot * 0.7, 36);

  const axisTitle = text(measure, tr.t('charts.volume.axis'), PAD, heading.bottom + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted }, width - 2 * PAD);
  const grid: Item[] = scale.ticks.map((tick, index) => group('tick', [
    line(plotLeft, yOf(tick), plotRight, yOf(tick), { color: tick === 0 ? INK.text : INK.grid, width: tick === 0 ? 0.8 : 0.5 }),
    text(measure, tickTexts[index]!, plotLeft - 4, yOf(tick) + SIZE.tick * 0.35, { size: SIZE.tick, color: INK.muted, anchor: 'end' }),
  ]));

  // Every week's label when they fit side by side, else every second, third… week's.
  const labelWidth = Math.max(...stacks.map((stack) => measure(stack.label, 'regular', SIZE.tick)));
  const every = Math.max(1, Math.ceil((labelWidth + 4) / slot));
  const totalFits = stacks.every((stack) => measure(count(stack.total, locale), 'regular', SIZE.tick) <= slot - 1);
  const bars = stacks.map((stack, index) => {
    const centre = plotLeft + slot * (index + 0.5);
    const items: Item[] = [];
    let base = 0;
    stack.values.forEach((value, seriesIndex) => {
      if (value <= 0) return;
      items.push(group('segment', [rect(centre - barWidth / 2, yOf(base + value), barWidth, yOf(base) - yOf(base + value), seriesPaint(seriesIndex), { color: INK.text, width: 0.4 })]));
      base += value;
    });
    if (totalFits && stack.total > 0) items.push(group('total', [text(measure, count(stack.total, locale), centre, yOf(stack.total) - 2.5, { size: SIZE.tick, anchor: 'middle' })]));
    if (index % every === 0) items.push(group('week', [text(measure, stack.label, centre, plotBottom + 3 + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted, anchor: 'middle' }, centredRoom(centre, slot * every - 2, width))]));
    return group('week-bar', items);
  });
  const xTitle = text(measure, options.periodTitle ?? tr.t('charts.volume.weekStarting'), plotLeft + (plotRight - plotLeft) / 2, plotBottom + 3 + lineHeight(SIZE.tick) + SIZE.tick * ASCENT, { size: SIZE.tick, color: INK.muted, anchor: 'middle' });
  const legendTop = plotBottom + 3 + 2 * lineHeight(SIZE.tick) + 6;
  const key = legend(measure, series.map((type, index) => ({ label: type, paint: seriesPaint(index) })), PAD, legendTop, width - 2 * PAD);

  const busiest = stacks.reduce((best, stack) => (stack.total > best.total ? stack : best));
  const byType = series.map((type, index) => `${type} ${count(stacks.reduce((sum, stack) => sum + stack.values[index]!, 0), locale)}`).join(', ');
  return {
    width,
    height: legendTop + key.height + PAD,
    title,
    alt: tr.t('charts.volume.alt', {
      title, weeks: stacks.length, first: stacks[0]!.label, last: stacks.at(-1)!.label,
      totalCount: grandTotal, total: count(grandTotal, locale), byType,
      busiest: busiest.label, busiestCount: busiest.total, busiestTotal: count(busiest.total, locale),
    }),
    items: [heading.item, axisTitle, group('grid', grid), ...bars, xTitle, key.group],
  };
}

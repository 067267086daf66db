/** What the four charts share: text sizes, fitted text, nice axis steps, the legend, the title and the empty chart. */
import { translator } from '../i18n/catalog.js';
import type { Measure } from './measure.js';
import { INK } from './palette.js';
import { DESCENT, ASCENT, type Group, type Item, type Line, type Paint, type Rect, type Scene, type Stroke, type Text, type TextFont } from './scene.js';

export interface ChartOptions {
  /** BCP 47 locale for numbers, percentages and dates, e.g. `en-GB`. */
  readonly locale: string;
  /** Text widths in the PDF's fonts: `await chartMeasure()` or a typesetter's `measure`. */
  readonly measure: Measure;
  /** Width of the chart in points; the height follows from the data. Default 470 (an A4 page's text width). */
  readonly width?: number;
  /** Replaces the chart's title. */
  readonly title?: string;
  /**
   * The language of the chart's own words — title, axis titles, legend, labels and text alternative — as a BCP 47
   * locale, when it is not `locale`'s (English words with German numbers, say). Default: `locale`, else English.
   */
  readonly language?: string;
}

/** The language a chart writes its words in: `language`, else `locale`, else English. */
export function chartLanguage(options: { readonly language?: string; readonly locale?: string }): string {
  return options.language ?? options.locale ?? 'en-GB';
}

export const DEFAULT_WIDTH = 470;
export const MIN_WIDTH = 240;
export const PAD = 6;

export const SIZE = { title: 10, label: 8, tick: 7, legend: 7.5, note: 7 } as const;

/** Line height for text of `size`: ascender to descender with a little air. */
export const lineHeight = (size: number): number => size * (ASCENT + DESCENT) + 2;

export function chartWidth(options: ChartOptions): number {
  const width = options.width ?? DEFAULT_WIDTH;
  if (!Number.isFinite(width) || width < MIN_WIDTH) throw new RangeError(`chart width must be at least ${MIN_WIDTH} points, got ${width}`);
  return width;
}

export interface TextStyle {
  readonly font?: TextFont;
  readonly size: number;
  readonly color?: string;
  readonly anchor?: Text['anchor'];
}

/** A text item measured with the PDF's fonts; cut with `…` when `maxWidth` is given and it is wider. */
export function text(measure: Measure, content: string, x: number, y: number, style: TextStyle, maxWidth = Infinity): Text {
  const font = style.font ?? 'regular';
  const fitted = fit(measure, oneLine(content), font, style.size, maxWidth);
  return { kind: 'text', x, y, text: fitted, font, size: style.size, color: style.color ?? INK.text, anchor: style.anchor ?? 'start', width: measure(fitted, font, style.size) };
}

/** Whitespace runs (newlines too) as one space: a label is always one line. */
function oneLine(content: string): string {
  return content.replace(/\s+/g, ' ').trim();
}

/** The text, or as much of it as fits in `maxWidth` followed by `…` (nothing but `…` if even that is too wide). */
export function fit(measure: Measure, content: string, font: TextFont, size: number, maxWidth: number): string {
  if (measure(content, font, size) <= maxWidth) return content;
  const characters = [...content];
  let low = 0;
  let high = characters.length;
  // The longest prefix that fits with the ellipsis: widths grow with length, so a binary search finds it.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${characters.slice(0, middle).join('').trimEnd()}…`, font, size) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? (measure('…', font, size) <= maxWidth ? '…' : '') : `${characters.slice(0, low).join('').trimEnd()}…`;
}

export interface NiceScale {
  /** The axis end: the first tick at or above the largest value. */
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

/**
 * Axis ticks from 0 in round steps (1, 2, 2.5 or 5 times a power of ten) with at most `maxTicks` intervals, the
 * last tick at or above `max`. Whole steps only when `integer` (ticket counts).
 */
export function niceScale(max: number, maxTicks = 5, integer = false): NiceScale {
  // Below a millionth there is nothing to show on a chart (and log10 of a denormal runs out of range).
  const top = Number.isFinite(max) && max > 1e-6 ? max : 1;
  const rough = top / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough - 1e-12) ?? 10 * power;
  if (integer) step = Math.max(1, Math.ceil(step));
  const intervals = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks = Array.from({ length: intervals + 1 }, (_, index) => round(index * step));
  return { max: ticks.at(-1)!, step, ticks };
}

/**
 * The nice scale with the most ticks (up to `maxTicks` intervals) whose labels still fit apart along an axis
 * `length` points long: side by side on a horizontal axis, a line apart on a vertical one.
 */
export function fittedScale(measure: Measure, max: number, length: number, label: (tick: number) => string, { horizontal, integer = false, maxTicks = 5 }: { horizontal: boolean; integer?: boolean; maxTicks?: number }): NiceScale {
  let scale = niceScale(max, 1, integer);
  for (let ticks = maxTicks; ticks >= 1; ticks -= 1) {
    const candidate = niceScale(max, ticks, integer);
    const spacing = length / (candidate.ticks.length - 1);
    const needed = horizontal ? Math.max(...candidate.ticks.map((tick) => measure(label(tick), 'regular', SIZE.tick))) + 6 : lineHeight(SIZE.tick) + 2;
    if (spacing >= needed) return candidate;
    scale = candidate;
  }
  return scale;
}

/** Rounds away binary noise (0.30000000000000004) so labels and coordinates stay stable. */
export function round(value: number, places = 10): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export const rect = (x: number, y: number, width: number, height: number, fill?: Paint, stroke?: Stroke): Rect =>
  ({ kind: 'rect', x, y, width, height, ...(fill && { fill }), ...(stroke && { stroke }) });

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: Stroke): Line => ({ kind: 'line', x1, y1, x2, y2, stroke });

export const group = (role: string, items: readonly Item[]): Group => ({ kind: 'group', role, items });

export interface LegendEntry {
  readonly label: string;
  /** An area swatch. */
  readonly paint?: Paint;
  /** A line swatch (a target or cap line). */
  readonly stroke?: Stroke;
}

const SWATCH = 9;

/** Legend entries in rows that wrap at `width`, starting at (`x`, `top`). Returns the group and its height. */
export function legend(measure: Measure, entries: readonly LegendEntry[], x: number, top: number, width: number): { group: Group; height: number } {
  const rowHeight = Math.max(SWATCH, lineHeight(SIZE.legend)) + 3;
  const items: Item[] = [];
  let cursorX = x;
  let row = 0;
  for (const entry of entries) {
    const label = fit(measure, entry.label, 'regular', SIZE.legend, width - SWATCH - 4);
    const entryWidth = SWATCH + 4 + measure(label, 'regular', SIZE.legend);
    if (cursorX > x && cursorX + entryWidth > x + width) {
      row += 1;
      cursorX = x;
    }
    const rowTop = top + row * rowHeight;
    const swatchTop = rowTop + (rowHeight - 3 - SWATCH) / 2;
    const swatch: Item = entry.paint
      ? rect(cursorX, swatchTop, SWATCH, SWATCH, entry.paint, { color: INK.text, width: 0.5 })
      : line(cursorX, swatchTop + SWATCH / 2, cursorX + SWATCH, swatchTop + SWATCH / 2, entry.stroke ?? { color: INK.text, width: 1 });
    const baseline = rowTop + (rowHeight - 3) / 2 + (SIZE.legend * (ASCENT - DESCENT)) / 2;
    items.push(group('legend-entry', [swatch, text(measure, label, cursorX + SWATCH + 4, baseline, { size: SIZE.legend })]));
    cursorX += entryWidth + 12;
  }
  return { group: group('legend', items), height: (row + 1) * rowHeight - 3 };
}

/** The title at the top left; returns it and the y where the chart below it may start. */
export function titleItem(measure: Measure, title: string, width: number): { item: Text; bottom: number } {
  const item = text(measure, title, PAD, PAD + SIZE.title * ASCENT, { font: 'bold', size: SIZE.title }, width - 2 * PAD);
  return { item, bottom: PAD + lineHeight(SIZE.title) + 4 };
}

/** The widest a label centred at `centre` may be: `room` and twice its distance to either edge of the scene. */
export function centredRoom(centre: number, room: number, sceneWidth: number): number {
  return Math.max(0, Math.min(room, 2 * (centre - 1), 2 * (sceneWidth - 1 - centre)));
}

export const NO_TICKETS = 'No tickets in this period';

/** A chart with nothing to show: its title and one line saying so (`No tickets in this period` in the locale), rather than empty axes. */
export function emptyScene(measure: Measure, title: string, width: number, message?: string, language = 'en-GB'): Scene {
  const tr = translator(language);
  message ??= tr.t('charts.noTickets');
  const heading = titleItem(measure, title, width);
  const height = heading.bottom + 40;
  const middle = heading.bottom + 20;
  return {
    width,
    height,
    title,
    alt: tr.t('charts.emptyAlt', { title, message }),
    items: [
      heading.item,
      rect(PAD, heading.bottom, width - 2 * PAD, 40 - PAD, undefined, { color: INK.rule, width: 0.5, dash: [3, 2] }),
      text(measure, message, width / 2, middle + (SIZE.label * (ASCENT - DESCENT)) / 2 - PAD / 2, { size: SIZE.label, color: INK.muted, anchor: 'middle' }, width - 4 * PAD),
    ],
  };
}

/**
 * The drawing layer the report's charts share: a chart is built once as a `Scene` (plain data, coordinates in
 * points with y growing downwards, as in both SVG and pdfkit) and drawn by two small renderers, `sceneToSvg`
 * (svg.ts) and `drawScene` (pdf.ts). Nothing here knows about tickets; the chart builders know nothing about
 * SVG or PDF. Text carries its measured width (the PDF's DejaVu metrics), so both outputs lay out the same and
 * the geometry can be checked without drawing anything.
 */
import type { FontRole } from '../pdf/fonts.js';

/**
 * How an area is filled so that it reads without colour: `solid` fills with `color`; `hatch` (diagonal lines),
 * `crosshatch`, `dots` and `stripes` (vertical lines) fill with `color` and draw the marks over it in `ink`. Marks are laid on a grid fixed to
 * the scene's origin, so neighbouring areas with the same pattern join up, in SVG and PDF alike.
 */
export type PatternKind = 'solid' | 'hatch' | 'crosshatch' | 'dots' | 'stripes';

export interface Paint {
  readonly color: string;
  readonly pattern: PatternKind;
  /** The colour of a pattern's marks; unused for `solid`. */
  readonly ink?: string;
}

export interface Stroke {
  readonly color: string;
  readonly width: number;
  /** Dash and gap lengths, e.g. `[4, 2]`. */
  readonly dash?: readonly number[];
}

export interface Rect {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill?: Paint;
  readonly stroke?: Stroke;
}

export interface Line {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly stroke: Stroke;
}

export type TextFont = Extract<FontRole, 'regular' | 'bold'>;

export interface Text {
  readonly kind: 'text';
  /** Where the text starts, is centred or ends (see `anchor`). */
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly text: string;
  readonly font: TextFont;
  readonly size: number;
  readonly color: string;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The width the PDF's font gives the text at `size`; layout and bounds use it. */
  readonly width: number;
}

/** A polygon (closed) or polyline through `points`. */
export interface Path {
  readonly kind: 'path';
  readonly points: readonly (readonly [number, number])[];
  readonly closed: boolean;
  readonly fill?: Paint;
  readonly stroke?: Stroke;
}

/** Items that belong together (a bar and its label, the legend); `role` names the part for tests and SVG ids. */
export interface Group {
  readonly kind: 'group';
  readonly role: string;
  readonly items: readonly Item[];
}

export type Item = Rect | Line | Text | Path | Group;

export interface Scene {
  readonly width: number;
  readonly height: number;
  /** The chart's title, drawn at its top and given to SVG `<title>`. */
  readonly title: string;
  /** The text alternative: what the chart says, in sentences (SVG `<desc>`, the PDF Figure's /Alt). */
  readonly alt: string;
  readonly items: readonly Item[];
}

/** Share of the em above the baseline and below it in DejaVu Sans (ascender 0.928, descender 0.236). */
export const ASCENT = 0.928;
export const DESCENT = 0.236;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The box a text item covers: its measured width, from the font's ascender to its descender. */
export function textBox(text: Text): Box {
  const left = text.anchor === 'start' ? text.x : text.anchor === 'middle' ? text.x - text.width / 2 : text.x - text.width;
  return { left, right: left + text.width, top: text.y - text.size * ASCENT, bottom: text.y + text.size * DESCENT };
}

/** The box an item covers (strokes count half their width outside the geometry). */
export function itemBox(item: Exclude<Item, Group>): Box {
  switch (item.kind) {
    case 'rect': {
      const half = (item.stroke?.width ?? 0) / 2;
      return { left: item.x - half, top: item.y - half, right: item.x + item.width + half, bottom: item.y + item.height + half };
    }
    case 'line': {
      const half = item.stroke.width / 2;
      return { left: Math.min(item.x1, item.x2) - half, top: Math.min(item.y1, item.y2) - half, right: Math.max(item.x1, item.x2) + half, bottom: Math.max(item.y1, item.y2) + half };
    }
    case 'text':
      return textBox(item);
    case 'path': {
      const half = (item.stroke?.width ?? 0) / 2;
      const xs = item.points.map(([x]) => x);
      const ys = item.points.map(([, y]) => y);
      return { left: Math.min(...xs) - half, top: Math.min(...ys) - half, right: Math.max(...xs) + half, bottom: Math.max(...ys) + half };
    }
  }
}

/** Every drawn item, groups flattened, in drawing order. */
export function flatten(items: readonly Item[]): Exclude<Item, Group>[] {
  return items.flatMap((item) => (item.kind === 'group' ? flatten(item.items) : [item]));
}

/** The groups with a given role, at any depth. */
export function groups(items: readonly Item[], role: string): Group[] {
  return items.flatMap((item) => (item.kind !== 'group' ? [] : [...(item.role === role ? [item] : []), ...groups(item.items, role)]));
}

/** The patterns a scene uses, each once, in order of first use (the SVG's `<pattern>` defs). */
export function patternsOf(items: readonly Item[]): Paint[] {
  const seen = new Map<string, Paint>();
  for (const item of flatten(items)) {
    const fill = item.kind === 'rect' || item.kind === 'path' ? item.fill : undefined;
    if (fill && fill.pattern !== 'solid') seen.set(patternId(fill), fill);
  }
  return [...seen.values()];
}

/** A stable id for a patterned paint: the same paint gives the same id in every scene. */
export function patternId(paint: Paint): string {
  return `p-${paint.pattern}-${paint.color.replace('#', '')}-${(paint.ink ?? '#000000').replace('#', '')}`;
}

/** Spacing of pattern marks, in points, and their weight. */
export const PATTERN = { spacing: 4, lineWidth: 0.8, dotRadius: 0.85 } as const;

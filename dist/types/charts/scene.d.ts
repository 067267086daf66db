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
export declare const ASCENT = 0.928;
export declare const DESCENT = 0.236;
export interface Box {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
}
/** The box a text item covers: its measured width, from the font's ascender to its descender. */
export declare function textBox(text: Text): Box;
/** The box an item covers (strokes count half their width outside the geometry). */
export declare function itemBox(item: Exclude<Item, Group>): Box;
/** Every drawn item, groups flattened, in drawing order. */
export declare function flatten(items: readonly Item[]): Exclude<Item, Group>[];
/** The groups with a given role, at any depth. */
export declare function groups(items: readonly Item[], role: string): Group[];
/** The patterns a scene uses, each once, in order of first use (the SVG's `<pattern>` defs). */
export declare function patternsOf(items: readonly Item[]): Paint[];
/** A stable id for a patterned paint: the same paint gives the same id in every scene. */
export declare function patternId(paint: Paint): string;
/** Spacing of pattern marks, in points, and their weight. */
export declare const PATTERN: {
    readonly spacing: 4;
    readonly lineWidth: 0.8;
    readonly dotRadius: 0.85;
};

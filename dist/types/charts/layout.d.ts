import type { Measure } from './measure.js';
import { type Group, type Item, type Line, type Paint, type Rect, type Scene, type Stroke, type Text, type TextFont } from './scene.js';
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
export declare function chartLanguage(options: {
    readonly language?: string;
    readonly locale?: string;
}): string;
export declare const DEFAULT_WIDTH = 470;
export declare const MIN_WIDTH = 240;
export declare const PAD = 6;
export declare const SIZE: {
    readonly title: 10;
    readonly label: 8;
    readonly tick: 7;
    readonly legend: 7.5;
    readonly note: 7;
};
/** Line height for text of `size`: ascender to descender with a little air. */
export declare const lineHeight: (size: number) => number;
export declare function chartWidth(options: ChartOptions): number;
export interface TextStyle {
    readonly font?: TextFont;
    readonly size: number;
    readonly color?: string;
    readonly anchor?: Text['anchor'];
}
/** A text item measured with the PDF's fonts; cut with `…` when `maxWidth` is given and it is wider. */
export declare function text(measure: Measure, content: string, x: number, y: number, style: TextStyle, maxWidth?: number): Text;
/** The text, or as much of it as fits in `maxWidth` followed by `…` (nothing but `…` if even that is too wide). */
export declare function fit(measure: Measure, content: string, font: TextFont, size: number, maxWidth: number): string;
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
export declare function niceScale(max: number, maxTicks?: number, integer?: boolean): NiceScale;
/**
 * The nice scale with the most ticks (up to `maxTicks` intervals) whose labels still fit apart along an axis
 * `length` points long: side by side on a horizontal axis, a line apart on a vertical one.
 */
export declare function fittedScale(measure: Measure, max: number, length: number, label: (tick: number) => string, { horizontal, integer, maxTicks }: {
    horizontal: boolean;
    integer?: boolean;
    maxTicks?: number;
}): NiceScale;
/** Rounds away binary noise (0.30000000000000004) so labels and coordinates stay stable. */
export declare function round(value: number, places?: number): number;
export declare const rect: (x: number, y: number, width: number, height: number, fill?: Paint, stroke?: Stroke) => Rect;
export declare const line: (x1: number, y1: number, x2: number, y2: number, stroke: Stroke) => Line;
export declare const group: (role: string, items: readonly Item[]) => Group;
export interface LegendEntry {
    readonly label: string;
    /** An area swatch. */
    readonly paint?: Paint;
    /** A line swatch (a target or cap line). */
    readonly stroke?: Stroke;
}
/** Legend entries in rows that wrap at `width`, starting at (`x`, `top`). Returns the group and its height. */
export declare function legend(measure: Measure, entries: readonly LegendEntry[], x: number, top: number, width: number): {
    group: Group;
    height: number;
};
/** The title at the top left; returns it and the y where the chart below it may start. */
export declare function titleItem(measure: Measure, title: string, width: number): {
    item: Text;
    bottom: number;
};
/** The widest a label centred at `centre` may be: `room` and twice its distance to either edge of the scene. */
export declare function centredRoom(centre: number, room: number, sceneWidth: number): number;
export declare const NO_TICKETS = "No tickets in this period";
/** A chart with nothing to show: its title and one line saying so (`No tickets in this period` in the locale), rather than empty axes. */
export declare function emptyScene(measure: Measure, title: string, width: number, message?: string, language?: string): Scene;

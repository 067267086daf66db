import type { FontRole } from './fonts.js';
import { type Run } from './inline.js';
import type { Hyphenator } from './hyphenation.js';
/** Measures text in a face and size; the layout never touches pdfkit directly, which keeps it testable. */
export type Measure = (text: string, font: FontRole, size: number) => number;
export interface Segment {
    readonly text: string;
    readonly font: FontRole;
    readonly size: number;
    readonly link?: string;
    /** Offset from the line's left edge. */
    readonly x: number;
    readonly width: number;
}
export interface Line {
    readonly segments: readonly Segment[];
    readonly width: number;
}
/**
 * When a line breaker hyphenates. `overflow` (text, lists, table cells): a word that does not fit on the rest of
 * the line. `oversized` (titles and headings, which read badly hyphenated and are balanced rather than filled):
 * only a word wider than the whole line.
 */
export type HyphenationPolicy = 'overflow' | 'oversized';
/** What a line ends with when a word is hyphenated across it: U+002D, which every font has and every reader knows. */
export declare const HYPHEN = "-";
/** Code is set a little smaller so DejaVu Sans Mono's wide glyphs sit evenly next to the proportional face. */
export declare const CODE_SCALE = 0.9;
/**
 * Greedy line breaking of styled runs into lines no wider than `width`. Breaks at spaces and after hyphens,
 * dashes and slashes (so "Mon–Fri" or "prompt/workflow" can wrap in a narrow table column), never inside an
 * e-mail address, URL, phone number, time-zone name, amount, duration, time or date (see keep-together.ts),
 * and, as a last resort, inside a word that is wider than the whole line.
 *
 * Hyphenation (with `hyphenator`, the document language's patterns, and the author's soft hyphens always): a word
 * is hyphenated only when it does not fit on the rest of the line. Then as much of it as fits, at one of its
 * hyphenation points, ends the line with a hyphen, and the rest starts the next. Why only then: text that fits is
 * never touched (a short paragraph comes out as it did), a line changes only where it would otherwise end a whole
 * word short, the patterns are consulted only for the words that overflow (cheap, and the same in the dry run and
 * the real pass), and it is exactly what a narrow table cell needs, where a German compound would otherwise leave
 * most of a line empty or be cut between arbitrary letters. Ragged-right text needs no more: hyphenating to even
 * out lines that already fit would add hyphens for no gain. A word wider than its whole line (or cell) is always
 * broken at its hyphenation points; only when none leaves a piece that fits is it cut between characters as
 * before. URLs, e-mail addresses and the other kept tokens, inline code, words with digits (ids) and words in ALL
 * CAPS are never hyphenated (hyphenation.ts).
 */
export declare function breakLines(runs: readonly Run[], width: number, size: number, measure: Measure, hyphenator?: Hyphenator, policy?: HyphenationPolicy): Line[];
/**
 * What table column widths are computed from: the narrowest a text can be set without cutting a word (with
 * URLs whole, or broken at their seams), the narrowest without cutting a kept token, and its width set on one
 * line.
 */
export declare function contentWidths(runs: readonly Run[], size: number, measure: Measure): ContentWidths;
export interface ContentWidths {
    /** The widest word: any narrower, and a word is cut between characters (or a URL broken at a seam). */
    readonly minimum: number;
    /** The same with each URL broken at its seams: its widest piece counts, not the whole URL. */
    readonly minimumAtSeams: number;
    /**
     * The widest word holding a kept token (see keep-together.ts): any narrower, and a token that must stay whole
     * is cut. A URL counts by its widest piece between seams, since it may break there when it cannot fit a line.
     */
    readonly keep: number;
    /** The text set on one line (its widest line, when it has hard breaks). */
    readonly maximum: number;
}
/** The width of the widest word of a text: below it, a line would have to cut the word. */
export declare function widestWord(runs: readonly Run[], size: number, measure: Measure): number;

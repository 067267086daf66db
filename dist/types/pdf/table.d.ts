import type { Tokens } from 'marked';
import { type Run } from './inline.js';
import type { Line, Measure } from './line-breaking.js';
import type { TextStyle } from './theme.js';
import type { Align, Tag, Typesetter } from './typesetter.js';
export interface TableCell {
    readonly runs: readonly Run[];
    readonly align: Align;
}
export interface TableModel {
    readonly header: readonly TableCell[];
    readonly rows: readonly (readonly TableCell[])[];
}
/** A table with every cell already broken into lines for its column width. */
export interface TableLayout {
    /** The table's text style: the theme's, or the same set smaller (see `tablePlan`). */
    readonly style: TextStyle;
    readonly columns: readonly number[];
    readonly header: RowLayout;
    readonly rows: readonly RowLayout[];
}
export interface RowLayout {
    readonly cells: readonly (readonly Line[])[];
    readonly aligns: readonly Align[];
    readonly height: number;
}
export declare function tableModel(token: Tokens.Table): TableModel;
/**
 * Column widths from content. Every column gets at least its longest word, and short phrases are kept whole
 * when the table can afford it; the rest of the width goes where it most reduces the table's estimated
 * height. Long prose columns therefore get the room, and a table never overflows the page. The widths are for
 * the size `tablePlan` chooses; see there for what happens when the longest words do not fit.
 */
export declare function columnWidths(model: TableModel, available: number, style: TextStyle, padding: number, measure: Measure, minimumSize?: number): readonly number[];
export interface TablePlan {
    /** The size the table's text is set in: the style's, or smaller when its longest words would not fit. */
    readonly size: number;
    readonly widths: readonly number[];
}
/**
 * The text size and column widths of a table. A column must be as wide as its widest word (plus padding), and
 * a word holding a kept token (an e-mail address, phone number, amount, duration…) must never be cut. One very
 * long word (a URL, an ID) must not starve the other columns: a column is not made wider than 45 % of the
 * table for it, and beyond that the word is broken (a URL at its seams, after a `/`); a kept token that may not
 * break is the exception, its column is as wide as it.
 *
 * When the widest words of all columns together are wider than the table, what gives way, in order: URLs
 * break at their seams; then the table's text is set smaller, as far as `minimumSize`, until the words fit (a
 * wide table of many columns reads better in smaller type than with its words cut); only at that size are
 * ordinary words cut, and kept tokens last, when even they cannot fit.
 *
 * Text widths are proportional to the size, so the cells are measured once, at the style's size.
 */
export declare function tablePlan(model: TableModel, available: number, style: TextStyle, padding: number, measure: Measure, minimumSize?: number): TablePlan;
export declare function layoutTable(model: TableModel, available: number, typesetter: Typesetter): TableLayout;
/**
 * Height the table needs before its first page break is acceptable: a table of up to three rows whole, a longer
 * one its header and first two rows, so that no page ends with a header and a single row.
 */
export declare function tableLeadHeight(layout: TableLayout, pageBodyHeight?: number): number;
/**
 * Draws the table from the cursor. When a row does not fit, it moves to the next page and the header row is
 * repeated above it (as an artifact, so a screen reader hears it once). Only a row taller than a whole page
 * is split, between lines.
 */
export declare function drawTable(layout: TableLayout, x: number, typesetter: Typesetter, parent: Tag): void;

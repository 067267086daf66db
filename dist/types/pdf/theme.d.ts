import type { FontRole } from './fonts.js';
/** Paper sizes in PDF points (1/72 inch). */
export declare const PAPER_SIZES: {
    readonly a4: {
        readonly width: 595.28;
        readonly height: 841.89;
    };
    readonly letter: {
        readonly width: 612;
        readonly height: 792;
    };
};
export type Paper = keyof typeof PAPER_SIZES;
export interface TextStyle {
    readonly font: FontRole;
    readonly size: number;
    /** Distance between baselines of consecutive lines. */
    readonly leading: number;
    readonly color: string;
}
/** Everything that decides how the contract looks, in one place so pages stay consistent. */
export interface Theme {
    readonly page: {
        readonly width: number;
        readonly height: number;
    };
    readonly margin: {
        readonly top: number;
        readonly bottom: number;
        readonly left: number;
        readonly right: number;
    };
    readonly accent: string;
    /** A pale tint of the accent, for table header rows. */
    readonly accentTint: string;
    readonly text: string;
    readonly muted: string;
    readonly rule: string;
    readonly zebra: string;
    readonly body: TextStyle;
    readonly title: TextStyle;
    readonly headings: readonly [TextStyle, TextStyle, TextStyle, TextStyle];
    readonly table: TextStyle;
    /** The smallest a table's text is set, when its longest words do not fit at the table size (see table.ts). */
    readonly tableMinimumSize: number;
    readonly code: TextStyle;
    readonly furniture: TextStyle;
    readonly paragraphGap: number;
    readonly listIndent: number;
    readonly cellPadding: {
        readonly x: number;
        readonly y: number;
    };
}
export declare const DEFAULT_ACCENT = "#1f4e79";
export declare function createTheme(paper: Paper, accentColor: string | undefined): Theme;
/**
 * The theme of a compact block (`<!-- compact -->` … `<!-- /compact -->`, the contract's one-page summary): text a
 * size smaller with tighter leading and gaps, so a page of answers fits on a page.
 */
export declare function compactTheme(theme: Theme): Theme;
/** Accepts `#rgb` or `#rrggbb` (case-insensitive); anything else is a caller error worth reporting. */
export declare function normaliseHexColor(color: string): string;
/** Linear mix of two #rrggbb colours; `amount` 0 gives `from`, 1 gives `to`. */
export declare function mix(from: string, to: string, amount: number): string;

import { type HeadingAnchors } from './anchors.js';
import type { FontRole } from './fonts.js';
import type { Hyphenator } from './hyphenation.js';
import type { PdfDocument, StructureElement, StructureElementOptions } from './pdfkit-types.js';
import type { Run } from './inline.js';
import { type Line, type Measure } from './line-breaking.js';
import type { TextStyle, Theme } from './theme.js';
/** A node of the PDF structure tree (tagged PDF) and the standard type it was created with. */
export interface Tag {
    readonly element: StructureElement;
    readonly type: string;
}
/**
 * The cursor over the pages: where the next thing goes, when a new page starts, and which structure element
 * the marks being drawn belong to. Pages are added only here (pdfkit never breaks pages on its own: its
 * margins are zero), so a page break can close and reopen the tagged content that spans it.
 */
export declare class Typesetter {
    readonly doc: PdfDocument;
    /** Replaced for the length of a compact block (blocks.ts), then restored. */
    theme: Theme;
    readonly anchors: HeadingAnchors;
    readonly hyphenator?: Hyphenator | undefined;
    y: number;
    private openContent;
    private readonly widths;
    readonly measure: Measure;
    /**
     * `measure` is given when this typesetter makes a dry run (see dry-run.ts) with the real document's fonts.
     * `anchors` are the headings' destinations, which a `#fragment` link must name to be drawn as a link.
     * `hyphenator` has the patterns of the document's language (none: only the author's soft hyphens break words).
     */
    constructor(doc: PdfDocument, 
    /** Replaced for the length of a compact block (blocks.ts), then restored. */
    theme: Theme, measure?: Measure, anchors?: HeadingAnchors, hyphenator?: Hyphenator | undefined);
    get left(): number;
    get contentWidth(): number;
    get top(): number;
    get bottom(): number;
    /** Index of the current page; pages are only ever appended, so it is the last one. */
    get pageIndex(): number;
    get remaining(): number;
    get atPageTop(): boolean;
    /** Full usable height of a fresh page: anything taller has to be split whatever we do. */
    get pageBodyHeight(): number;
    /** Starts a new page unless `height` still fits here (or we are already at the top of a page). */
    ensureSpace(height: number): void;
    newPage(): void;
    addGap(height: number): void;
    /** Creates a structure element under `parent`; the caller ends it with `close` once its content is drawn. */
    open(parent: Tag, type: string, options?: StructureElementOptions): Tag;
    close(tag: Tag): void;
    /** Draws real content belonging to `tag`; a page break inside continues the same element on the next page. */
    content(tag: Tag, draw: () => void): void;
    /** Draws decoration (rules, backgrounds, running header, watermark) that assistive technology should skip. */
    artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void;
    private attachContent;
    /**
     * Breaks runs into lines. A bold or italic style (headings) makes all its runs bold or italic; a mono style
     * (code blocks) makes them code, already at the style's size. The title and headings are hyphenated only where
     * a word is wider than the whole line (they are balanced, not filled; see line-breaking.ts), other text where a
     * word does not fit on the rest of its line.
     */
    lines(runs: readonly Run[], width: number, style: TextStyle): Line[];
    /**
     * Lines of even length for a title or heading that wraps: the narrowest measure that still needs as many lines
     * as the full one, so the last line is not a single word left hanging under a long one. The measure never
     * goes below the widest word: a narrower one would cut that word to make the line count come out.
     */
    balancedLines(runs: readonly Run[], width: number, style: TextStyle): Line[];
    /**
     * Sets lines from the cursor down, breaking pages between lines but never leaving a single line of a
     * paragraph alone at the foot or head of a page (widows and orphans): a page break inside it leaves at least
     * two lines on each side, so a paragraph of two or three lines moves whole to the next page.
     */
    flowLines(lines: readonly Line[], x: number, style: TextStyle, align?: Align, width?: number): void;
    /** Draws one line whose line box starts at `top`. */
    drawLine(line: Line, x: number, top: number, style: TextStyle, align?: Align, width?: number, color?: string): void;
    /**
     * Where a link leads: a URL, or for `#fragment` the heading destination the fragment names. A fragment that
     * names no heading leads nowhere, and its text is drawn as plain text (no dead link).
     */
    private linkTarget;
    /**
     * A link is its own `Link` structure element holding both the text and the clickable area, as tagged PDF
     * asks, so a screen reader announces it as a link and can follow it.
     */
    private drawLink;
    /** A vertical bar beside content that may span pages (block quotes), drawn once the content is placed. */
    drawBar(x: number, from: {
        page: number;
        y: number;
    }, to: {
        page: number;
        y: number;
    }): void;
    /** Draws a single string on one line with its baseline at `baseline`; for furniture and labels. */
    drawText(text: string, x: number, baseline: number, font: FontRole, size: number, color: string): void;
}
export type Align = 'left' | 'center' | 'right';

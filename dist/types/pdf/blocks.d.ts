import type { Token, Tokens } from 'marked';
import { type Run } from './inline.js';
import { type TableLayout, type TableModel } from './table.js';
import type { Line } from './line-breaking.js';
import { Typesetter, type Tag } from './typesetter.js';
import { type Figures } from './figures.js';
/**
 * Layout worth keeping between the places that need it: table layouts (a table is laid out to decide whether a
 * heading above it fits, and again to draw it) and the lines of paragraphs and headings. A dry run and the real
 * pass over the same Markdown tokens share one.
 */
export interface LayoutCache {
    readonly tables: Map<Tokens.Table, {
        width: number;
        layout: TableLayout;
        model: TableModel;
    }>;
    readonly lines: Map<Token, Map<string, Line[]>>;
}
export declare function layoutCache(): LayoutCache;
/** A top-level section as set: its heading, number (empty when the heading numbers itself) and first page. */
export interface SectionStart {
    readonly token: Tokens.Heading;
    readonly number: string;
    readonly title: readonly Run[];
    /** 1-based page number. */
    readonly page: number;
    /**
     * The named destination at the heading, for the table of contents: `section-N`, or the heading's own slug when a
     * heading elsewhere has the slug `section-N` (that name is the other heading's); none when neither is free.
     */
    readonly destination?: string;
}
/** Where a run of blocks is set: a column of the page (lists and quotes narrow it) and its structure parent. */
export interface Frame {
    readonly x: number;
    readonly width: number;
    readonly parent: Tag;
    /** Inside a tight list item: no paragraph gaps between the item's blocks. */
    readonly tight?: boolean;
}
/**
 * Sets the body of the contract, block by block, in document order. Keeps the numbering of sections and the
 * bookmark tree as it goes, because both depend on the headings seen so far.
 */
export declare class ContractWriter {
    private readonly typesetter;
    private readonly cache;
    private readonly numberHeadings;
    /** Charts drawn as vectors where the Markdown shows an image of that path alone in a paragraph (figures.ts). */
    private readonly figures;
    private readonly counters;
    private readonly outlineStack;
    /** Where each top-level section starts, in order: what the table of contents lists. */
    readonly sections: SectionStart[];
    /** `numberHeadings: false` for Markdown whose headings are numbered already (a rendered contract): none is added. */
    constructor(typesetter: Typesetter, cache?: LayoutCache, numberHeadings?: boolean, 
    /** Charts drawn as vectors where the Markdown shows an image of that path alone in a paragraph (figures.ts). */
    figures?: Figures);
    blocks(tokens: readonly Token[], frame: Frame): void;
    /**
     * A compact block (the contract's one-page summary): set in `compactTheme`, and started on a new page when it
     * does not fit on this one but fits on a page of its own. Its height comes from setting it once on a document
     * that draws nothing (dry-run.ts).
     */
    private compact;
    private gapAfter;
    /**
     * What a heading keeps on its page: the start of what follows it. A short lead-in between a heading and a
     * sub-section, list or table ("3. Services covered" — "This Agreement covers the following service." — "3.1 …";
     * "4.2 Not included" — "Support does not cover the following work." — the list) introduces what follows, so
     * heading, lead-in and the start of what it introduces stay together.
     */
    private afterHeading;
    /** `following` are the blocks after this one, for keeping a block together with what it introduces. */
    private block;
    private heading;
    /**
     * "1.", "1.1", "1.1.1". Deeper headings, and headings that skip a level ("####" straight under "##"),
     * are not numbered: a number such as "1.0.1" would point at a section that does not exist.
     */
    private nextNumber;
    private bookmark;
    /**
     * The height that must fit on the page before `blocks[0]` may start there: its first lines (or all of it
     * when short), and for a heading or an introducing paragraph ("The Client shall:") also the start of what
     * follows, so that neither is stranded at the foot of a page.
     */
    private leadHeight;
    /** How far a list's items are indented: the theme's indent, or more for wide markers such as "10.". */
    private listIndent;
    private table;
    /** A block's lines at a width, broken once however often layout asks (keep-with-next checks, a dry run). */
    private cachedLines;
    private paragraphLines;
    private paragraph;
    private setParagraph;
    private list;
    private code;
    private blockquote;
    private rule;
}

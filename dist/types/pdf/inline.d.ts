import type { Token } from 'marked';
import type { FontRole } from './fonts.js';
/** A piece of inline text in one style: what the line breaker and the painter work with. */
export interface Run {
    readonly text: string;
    readonly bold: boolean;
    readonly italic: boolean;
    readonly code: boolean;
    /**
     * Only http(s) and mailto targets and in-document `#fragment` links survive; other schemes are shown as text,
     * never made clickable. A fragment is made a link when it is drawn, and only if it names a heading.
     */
    readonly link?: string;
    /** A forced line break (Markdown hard break) rather than text. */
    readonly lineBreak?: true;
}
interface InlineState {
    readonly bold: boolean;
    readonly italic: boolean;
    readonly link?: string;
}
export declare function fontFor(run: Pick<Run, 'bold' | 'italic' | 'code'>): FontRole;
/** Flattens marked's inline token tree into styled runs. Raw HTML is shown as text, never interpreted. */
export declare function inlineRuns(tokens: readonly Token[] | undefined, state?: InlineState): Run[];
export declare function isHtmlComment(raw: string): boolean;
/** Plain text of a run list, for bookmarks, tags and comparisons. */
export declare function plainText(runs: readonly Run[]): string;
export declare function decodeEntities(text: string): string;
export {};

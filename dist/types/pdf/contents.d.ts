import type { Run } from './inline.js';
import type { Tag, Typesetter } from './typesetter.js';
/** One line of the table of contents: a top-level section, its number and the page it starts on. */
export interface ContentsEntry {
    readonly number: string;
    readonly title: readonly Run[];
    readonly page: number;
    /** Named destination at the section's heading; absent in the dry run, where nothing links anywhere. */
    readonly destination?: string;
}
/**
 * Draws the table of contents at the cursor: number, title, dot leaders and page number on each line, each line
 * a link to its section. Tagged as TOC with one TOCI per entry, as PDF/UA asks.
 */
export declare function drawContents(entries: readonly ContentsEntry[], typesetter: Typesetter, parent: Tag): void;

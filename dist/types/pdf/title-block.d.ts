import type { Run } from './inline.js';
import type { Tag, Typesetter } from './typesetter.js';
export interface TitleBlock {
    readonly title: readonly Run[];
    /** The language of the block's own words ("Document version", "Draft, not for signature"); English when absent. */
    readonly language?: string;
    /** The line under the title, e.g. who the agreement is between; the document version when absent. */
    readonly subtitle?: string;
    readonly documentVersion?: string;
    readonly draft: boolean;
    readonly logo?: Uint8Array;
    /** The named destination at the title: the GitHub slug of the Markdown's `#` heading (none for a fallback title). */
    readonly anchor?: string;
}
/** The first page's masthead: logo, the contract's title, its version and status, and an accent rule. */
export declare function drawTitleBlock(typesetter: Typesetter, block: TitleBlock, parent: Tag): void;

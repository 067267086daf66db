import type { Typesetter } from './typesetter.js';
/** What is printed on every page around the contract text. */
export interface Furniture {
    readonly title: string;
    readonly documentVersion?: string;
    /** Short form of the source hash, so a printed page can be matched to the agreement that produced it. */
    readonly reference: string;
    readonly draft: boolean;
    /** The language of the furniture's words ("Page 1 of 3"); default the document's language (its `lang`), else English. */
    readonly language?: string;
}
/** The document's language as pdfkit was given it (`lang`), or undefined (a dry run has none). */
export declare function documentLanguage(typesetter: Typesetter): string | undefined;
/**
 * Header, footer and watermark go on once every page exists, because "Page X of Y" needs Y. They are
 * artifacts: assistive technology reads the contract, not the same footer on every page.
 */
export declare function drawFurniture(typesetter: Typesetter, furniture: Furniture): void;

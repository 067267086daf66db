import type { Typesetter } from './typesetter.js';
/** What is printed on every page around the contract text. */
export interface Furniture {
    readonly title: string;
    readonly documentVersion?: string;
    /** Short form of the source hash, so a printed page can be matched to the agreement that produced it. */
    readonly reference: string;
    readonly draft: boolean;
}
/**
 * Header, footer and watermark go on once every page exists, because "Page X of Y" needs Y. They are
 * artifacts: assistive technology reads the contract, not the same footer on every page.
 */
export declare function drawFurniture(typesetter: Typesetter, furniture: Furniture): void;

/**
 * A scene drawn into a pdfkit document as vectors: rectangles, lines and paths as PDF paths, patterns as hatch
 * lines or dots clipped to their area, text as real text in the document's embedded DejaVu faces (registered by
 * src/pdf/fonts.ts under their role names), so it can be selected, searched and read aloud.
 */
import type { PdfDocument, StructureElement } from '../pdf/pdfkit-types.js';
import { type Scene } from './scene.js';
export interface DrawSceneOptions {
    /**
     * In a tagged PDF, the structure element the chart belongs to: the chart becomes a `Figure` under it, with the
     * scene's alt text as /Alt and its box as /BBox, and all its marks are that figure's content. Call it outside
     * any open marked content. Without a parent the chart is drawn untagged.
     */
    readonly parent?: StructureElement;
}
/**
 * Draws `scene` with its top-left corner at (`x`, `y`) of the current page, `scale` points a scene unit.
 * Leaves the document's graphics state, font, colours and text position as they were.
 */
export declare function drawScene(doc: PdfDocument, scene: Scene, x: number, y: number, scale?: number, options?: DrawSceneOptions): void;

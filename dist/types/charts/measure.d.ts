import type { Measure } from '../pdf/line-breaking.js';
import type { PdfDocument } from '../pdf/pdfkit-types.js';
export type { Measure };
/**
 * Text widths from a pdfkit document's registered DejaVu faces, cached per face and size. Charts are laid out
 * with the fonts the PDF embeds (shipped with the package), so a chart's geometry is the same on every machine
 * and in both of its outputs. A report that already has a typesetter can pass `typesetter.measure` instead.
 */
export declare function measureWith(doc: PdfDocument): Measure;
/** A measure over a private, never-drawn pdfkit document with the package's fonts; made once per process. */
export declare function chartMeasure(): Promise<Measure>;

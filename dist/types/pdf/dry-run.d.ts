import type { PdfDocument } from './pdfkit-types.js';
/**
 * A stand-in for the pdfkit document that draws nothing and only counts pages: the layout runs over it once to
 * learn on which page each section starts (for the table of contents) and how many pages there are, as a
 * typesetter's first pass does. Text is measured by the real document's fonts (the typesetter is given that
 * measure), so both passes break every line and page in the same places.
 */
export declare function dryRunDocument(): PdfDocument;

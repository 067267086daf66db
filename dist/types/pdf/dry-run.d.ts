import type { PdfDocument } from './pdfkit-types.js';
/** True for a document of dryRunDocument: what only draws (a chart's vectors) can skip it; layout must not. */
export declare function isDryRun(doc: PdfDocument): boolean;
export declare function dryRunDocument(): PdfDocument;

// Bridge to @types/pdfkit: tsconfig lists only Node's global types, so the PDFKit namespace is reached through
// this module. It imports pdfkit's types only; pdfkit itself is imported lazily by markdown-to-pdf.ts.
import type PDFDocumentConstructor from 'pdfkit';

export type PdfDocumentConstructor = typeof PDFDocumentConstructor;
export type PdfDocument = PDFKit.PDFDocument;
export type PdfDocumentOptions = PDFKit.PDFDocumentOptions;
export type StructureElement = PDFKit.PDFStructureElement;
export type StructureElementOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' | 'Both' };
export type Outline = PDFKit.PDFOutline;

/**
 * Adds a URI link annotation. pdfkit accepts two options its typings lack: `structParent` (files the
 * annotation in a Link structure element) and `Contents` as a PDF string, which pdfkit writes from a `String`
 * object (a plain string would become a PDF name).
 */
export function addLink(doc: PdfDocument, box: readonly [number, number, number, number], url: string, structParent?: StructureElement, description?: string): void {
  const options = { ...(structParent ? { structParent } : {}), ...(description ? { Contents: new String(description) } : {}) };
  doc.link(box[0], box[1], box[2], box[3], url, options as unknown as PDFKit.Mixins.AnnotationOption);
}

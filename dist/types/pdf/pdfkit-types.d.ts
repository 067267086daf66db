import type PDFDocumentConstructor from 'pdfkit';
export type PdfDocumentConstructor = typeof PDFDocumentConstructor;
export type PdfDocument = PDFKit.PDFDocument;
export type StructureElement = PDFKit.PDFStructureElement;
export type StructureElementOptions = PDFKit.Mixins.StructureElementOptions & {
    scope?: 'Row' | 'Column' | 'Both';
};
export type Outline = PDFKit.PDFOutline;
export type DocumentInfo = PDFKit.DocumentInfo;
export type AnnotationOption = PDFKit.Mixins.AnnotationOption;

import type { DocumentInfo, PdfDocument } from './pdfkit-types.js';
/** What the caller says about the document, checked before any work is done. */
export interface DocumentFacts {
    readonly title: string;
    readonly author: string;
    readonly subject?: string;
    readonly language: string;
    readonly documentVersion?: string;
    readonly creationDate: Date;
    readonly sourceSha256: string;
    readonly templateSha256: string;
}
export declare function checkFacts(facts: DocumentFacts): void;
/**
 * The document information dictionary. The two hashes are both custom entries (machine-readable) and
 * keywords (visible in any viewer's properties dialog), so anyone can tell which source produced a PDF.
 */
export declare function documentInfo(facts: DocumentFacts): DocumentInfo & Record<string, string | Date>;
/**
 * pdfkit derives the file identifier from the info dictionary only; two different contracts rendered with
 * the same metadata would share it. The identifier here is a hash of everything that shapes the bytes.
 */
export declare function documentId(parts: readonly (string | Uint8Array)[]): Uint8Array;
export declare function setDocumentId(doc: PdfDocument, id: Uint8Array): void;
/**
 * pdfkit writes the XMP packet by pasting info values into XML unescaped, so a title such as
 * "Smith & Jones" would make the metadata unreadable. This replaces that step (MetadataMixin._addInfo) with
 * an escaped packet that also carries the language and the source hashes.
 */
export declare function installXmp(doc: PdfDocument, facts: DocumentFacts): void;

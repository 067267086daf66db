import { createHash } from 'node:crypto';
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

const SHA256 = /^[0-9a-f]{64}$/i;

export function checkFacts(facts: DocumentFacts): void {
  if (!(facts.creationDate instanceof Date) || Number.isNaN(facts.creationDate.getTime())) {
    throw new TypeError('creationDate must be a valid Date (from the agreement or SOURCE_DATE_EPOCH, never the clock)');
  }
  for (const key of ['sourceSha256', 'templateSha256'] as const) {
    if (!SHA256.test(facts[key])) throw new TypeError(`${key} must be a SHA-256 in hex (64 characters), got ${JSON.stringify(facts[key])}`);
  }
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(facts.language)) {
    throw new TypeError(`language must be a BCP 47 tag such as en-GB, got ${JSON.stringify(facts.language)}`);
  }
}

/**
 * The document information dictionary. The two hashes are both custom entries (machine-readable) and
 * keywords (visible in any viewer's properties dialog), so anyone can tell which source produced a PDF.
 */
export function documentInfo(facts: DocumentFacts): DocumentInfo & Record<string, string | Date> {
  return {
    Title: facts.title,
    Author: facts.author,
    ...(facts.subject ? { Subject: facts.subject } : {}),
    Keywords: `support agreement; SLA; source-sha256:${facts.sourceSha256.toLowerCase()}; template-sha256:${facts.templateSha256.toLowerCase()}`,
    Creator: 'sla',
    Producer: 'sla (PDFKit)',
    CreationDate: facts.creationDate,
    ModDate: facts.creationDate,
    SourceSHA256: facts.sourceSha256.toLowerCase(),
    TemplateSHA256: facts.templateSha256.toLowerCase(),
    ...(facts.documentVersion && { DocumentVersion: facts.documentVersion }),
  };
}

/**
 * pdfkit derives the file identifier from the info dictionary only; two different contracts rendered with
 * the same metadata would share it. The identifier here is a hash of everything that shapes the bytes.
 */
export function documentId(parts: readonly (string | Uint8Array)[]): Uint8Array {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    // Length-prefixed, so ("ab", "c") and ("a", "bc") hash differently.
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return new Uint8Array(hash.digest().subarray(0, 16));
}

export function setDocumentId(doc: PdfDocument, id: Uint8Array): void {
  // pdfkit 0.20 keeps the trailer /ID in `_id` (PDFDocument constructor) and writes it only in _finalize.
  (doc as unknown as { _id: Uint8Array })._id = id;
}

/**
 * pdfkit writes the XMP packet by pasting info values into XML unescaped, so a title such as
 * "Smith & Jones" would make the metadata unreadable. This replaces that step (MetadataMixin._addInfo) with
 * an escaped packet that also carries the language and the source hashes.
 */
export function installXmp(doc: PdfDocument, facts: DocumentFacts): void {
  const xml = (value: string) =>
    value.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character] ?? character);
  const date = facts.creationDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const packet = `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${date}</xmp:CreateDate>
            <xmp:ModifyDate>${date}</xmp:ModifyDate>
            <xmp:MetadataDate>${date}</xmp:MetadataDate>
            <xmp:CreatorTool>sla</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${xml(facts.author)}</rdf:li></rdf:Seq></dc:creator>
            ${facts.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.subject)}</rdf:li></rdf:Alt></dc:description>` : ''}
            <dc:language><rdf:Bag><rdf:li>${xml(facts.language)}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>sla (PDFKit)</pdf:Producer>
            <pdf:Keywords>${xml(`source-sha256:${facts.sourceSha256.toLowerCase()}; template-sha256:${facts.templateSha256.toLowerCase()}`)}</pdf:Keywords>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:sla="urn:x-sla:ns:pdf:1.0/">
            <sla:sourceSha256>${facts.sourceSha256.toLowerCase()}</sla:sourceSha256>
            <sla:templateSha256>${facts.templateSha256.toLowerCase()}</sla:templateSha256>
${facts.documentVersion ? `            <sla:documentVersion>${xml(facts.documentVersion)}</sla:documentVersion>\n` : ''}        </rdf:Description>`;
  (doc as unknown as { _addInfo: () => void })._addInfo = () => doc.appendXML(packet);
}

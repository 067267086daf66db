import type { Agreement } from '../model/agreement.js';
import type { PdfOptions } from '../pdf/markdown-to-pdf.js';
export type RenderFormat = 'md' | 'pdf';
export declare const RENDER_FORMATS: readonly RenderFormat[];
/**
 * Where a rendered document goes: beside the agreement, or in `outDir`, named after the agreement without its
 * `.sla.yaml` / `.sla.yml` / `.yaml` / `.yml` ending: `acme.sla.yaml` → `acme.md`, `acme.pdf`.
 */
export declare function outputPath(input: string, format: RenderFormat, outDir?: string, { summary }?: {
    summary?: boolean;
}): string;
/** The paper a locale's readers expect: Letter in the United States and Canada, A4 elsewhere. */
export declare function defaultPaper(locale: string): 'a4' | 'letter';
/**
 * SOURCE_DATE_EPOCH when set (reproducible builds), else midnight UTC of the document's date (its effective date,
 * or the date it was last updated), else the Unix epoch: never the clock, so the same input gives the same bytes.
 */
export declare function documentDate(date: string | undefined, sourceDateEpoch: string | undefined): Date;
export interface ContractPdfSettings {
    /** The agreement's YAML text, hashed into the PDF so anyone can tell which source produced it. */
    sourceText: string;
    templateSha256: string;
    creationDate: Date;
    paper?: 'a4' | 'letter';
    logoPath?: string;
    accentColor?: string;
    /** The summary page alone (`--summary-only`): one page, no table of contents. */
    summaryOnly?: boolean;
}
/** The PDF's metadata and layout for a contract: title, parties, version, draft watermark, paper, hashes. */
export declare function contractPdfOptions(agreement: Agreement, settings: ContractPdfSettings): PdfOptions;

import type { Figures } from './figures.js';
export interface PdfOptions {
    title: string;
    author: string;
    subject?: string;
    /** BCP 47 language tag of the contract text, e.g. `en-GB`. */
    language: string;
    paper: 'a4' | 'letter';
    /** Puts a diagonal DRAFT watermark on every page. */
    draft: boolean;
    /** Shown in the title block and footer; absent for a document that has no version. */
    documentVersion?: string;
    /** Written as the PDF's creation and modification date; comes from the agreement or SOURCE_DATE_EPOCH. */
    creationDate: Date;
    sourceSha256: string;
    templateSha256: string;
    /** A PNG or JPEG file shown at the top of the first page. */
    logoPath?: string;
    /** `#rgb` or `#rrggbb`; headings, table headers and rules use it. */
    accentColor?: string;
    /** A table of contents after the preamble: always, never, or (`auto`, the default) when over four pages. */
    tableOfContents?: boolean | 'auto';
    /**
     * Number `##`–`####` headings that carry no number (default true). `false` for Markdown whose headings are
     * numbered already, such as a rendered contract, where an unnumbered heading (its summary) is meant to stay so.
     */
    numberHeadings?: boolean;
    /**
     * Charts by the path the Markdown shows them at (`![alt](report.charts/volume.svg)` alone in a paragraph): drawn as
     * vectors, tagged as figures with their alt text (figures.ts).
     */
    figures?: Figures;
}
/**
 * Typesets a rendered Markdown contract as a PDF. The same Markdown and options always give the same bytes.
 * pdfkit, marked and the fonts are loaded on the first call, never when the library is imported.
 */
export declare function markdownToPdf(markdown: string, options: PdfOptions): Promise<Uint8Array>;

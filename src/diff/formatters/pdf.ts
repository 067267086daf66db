/**
 * `sla diff --format pdf`: the schedule of changes (amendment.ts) typeset through the contract's PDF pipeline, so it
 * looks like the agreement it amends. pdfkit, marked and the fonts load on the first call, never on import.
 * The same report and options always give the same bytes: the creation date comes from `generatedAt`, else the new
 * version's effective date, else the Unix epoch — never the clock.
 */
import type { PdfOptions } from '../../pdf/markdown-to-pdf.js';
import type { DiffReport } from '../types.js';
import { amendmentMarkdown, amendmentSubtitle, amendmentTitle } from './amendment.js';

export interface DiffPdfOptions {
  /** When the schedule was prepared (ISO date or timestamp): stated in it and written as the PDF's creation date. */
  generatedAt?: string;
  /** Default `a4`. */
  paper?: 'a4' | 'letter';
  /** The PDF's Author entry (the provider who issues the schedule); default `sla`. */
  author?: string;
}

export async function formatDiffPdf(report: DiffReport, options: DiffPdfOptions = {}): Promise<Uint8Array> {
  const markdown = amendmentMarkdown(report, options.generatedAt ? { generatedAt: options.generatedAt } : {});
  const { markdownToPdf } = await import('../../pdf/markdown-to-pdf.js');
  const sha256 = (text: string) => process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
  const subtitle = amendmentSubtitle(report);
  const pdfOptions: PdfOptions = {
    title: amendmentTitle(report),
    author: options.author ?? 'sla',
    ...(subtitle && { subject: subtitle }),
    // The schedule's own words are English, whatever the agreement's locale.
    language: 'en-GB',
    paper: options.paper ?? 'a4',
    draft: false,
    creationDate: creationDate(report, options.generatedAt),
    // The report it was made from, and the schedule's text: anyone can tell which comparison produced a page.
    sourceSha256: sha256(JSON.stringify(report)),
    templateSha256: sha256(markdown),
    // Sections are the contract's own headings; the changes carry the numbers, so headings are not numbered too.
    numberHeadings: false,
  };
  return markdownToPdf(markdown, pdfOptions);
}

function creationDate(report: DiffReport, generatedAt: string | undefined): Date {
  const fromText = (text: string | undefined) => {
    if (!text) return undefined;
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  };
  const effective = report.files.find((file) => file.diff?.new.effectiveDate)?.diff?.new.effectiveDate;
  return fromText(generatedAt) ?? fromText(effective) ?? new Date(0);
}

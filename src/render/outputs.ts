import { translator } from '../i18n/catalog.js';
import path from 'node:path';
import type { Agreement } from '../model/agreement.js';
import type { PdfOptions } from '../pdf/markdown-to-pdf.js';
import { parseSourceDateEpoch } from '../util/source-date-epoch.js';
import { showInvisibleControls } from './escape.js';

export type RenderFormat = 'md' | 'pdf';
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'pdf'];

/**
 * Where a rendered document goes: beside the agreement, or in `outDir`, named after the agreement without its
 * `.sla.yaml` / `.sla.yml` / `.yaml` / `.yml` ending: `acme.sla.yaml` → `acme.md`, `acme.pdf`.
 */
export function outputPath(input: string, format: RenderFormat, outDir?: string, { summary = false }: { summary?: boolean } = {}): string {
  const base = path.basename(input).replace(/(?:\.sla)?\.ya?ml$/i, '') || 'agreement';
  // The summary alone (`--summary-only`) is its own document beside the contract, not a replacement for it.
  return path.join(outDir ?? path.dirname(input), `${base}${summary ? '.summary' : ''}.${format}`);
}

/** The paper a locale's readers expect: Letter in the United States and Canada, A4 elsewhere. */
export function defaultPaper(locale: string): 'a4' | 'letter' {
  return /-(US|CA)$/.test(locale) ? 'letter' : 'a4';
}

/**
 * SOURCE_DATE_EPOCH when set (reproducible builds), else midnight UTC of the document's date (its effective date,
 * or the date it was last updated), else the Unix epoch: never the clock, so the same input gives the same bytes.
 */
export function documentDate(date: string | undefined, sourceDateEpoch: string | undefined): Date {
  return parseSourceDateEpoch(sourceDateEpoch) ?? new Date(date ? `${date}T00:00:00Z` : 0);
}

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
export function contractPdfOptions(agreement: Agreement, settings: ContractPdfSettings): PdfOptions {
  const { provider, client } = agreement.parties;
  // The document properties show what the contract shows: a bidi control as its marker, never as an override.
  const providerName = showInvisibleControls(provider.legalName ?? provider.name);
  const clientName = client ? showInvisibleControls(client.legalName ?? client.name) : undefined;
  return {
    title: showInvisibleControls(agreement.title),
    author: providerName,
    subject: translator(agreement.locale).t('document.subject', {
      policy: clientName ? 'none' : 'yes', provider: providerName, client: clientName ?? 'none', version: agreement.version ?? 'none',
    }),
    language: agreement.locale,
    paper: settings.paper ?? defaultPaper(agreement.locale),
    draft: agreement.status === 'draft',
    ...(agreement.version && { documentVersion: agreement.version }),
    creationDate: settings.creationDate,
    // node:crypto costs ~2 ms to load; fetched here so commands that import this module for its names do not pay.
    sourceSha256: process.getBuiltinModule('node:crypto').createHash('sha256').update(settings.sourceText).digest('hex'),
    templateSha256: settings.templateSha256,
    ...(settings.logoPath && { logoPath: settings.logoPath }),
    ...(settings.accentColor && { accentColor: settings.accentColor }),
    ...(agreement.presentation?.tableOfContents !== undefined && { tableOfContents: agreement.presentation.tableOfContents }),
    ...(settings.summaryOnly && { tableOfContents: false }),
    // The Markdown's headings are numbered by layout.ts; an unnumbered one (the summary) stays unnumbered.
    numberHeadings: false,
  };
}

import { readFile } from 'node:fs/promises';
import type { Token, Tokens } from 'marked';
import { headingAnchors, sortDestinationsByBytes } from './anchors.js';
import { ContractWriter, layoutCache, type LayoutCache, type SectionStart } from './blocks.js';
import { drawContents, type ContentsEntry } from './contents.js';
import { dryRunDocument } from './dry-run.js';
import { keepParsedFonts, loadFonts, registerFonts } from './fonts.js';
import { hyphenatorFor } from './hyphenation.js';
import { inlineRuns, isHtmlComment, type Run } from './inline.js';
import { checkFacts, documentId, documentInfo, installXmp, setDocumentId } from './metadata.js';
import { drawFurniture } from './page-furniture.js';
import type { PdfDocument } from './pdfkit-types.js';
import { createTheme, type Paper } from './theme.js';
import { drawTitleBlock, type TitleBlock } from './title-block.js';
import { Typesetter, type Tag } from './typesetter.js';
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
export async function markdownToPdf(markdown: string, options: PdfOptions): Promise<Uint8Array> {
  checkFacts(options);
  if (options.tableOfContents !== undefined && ![true, false, 'auto'].includes(options.tableOfContents)) {
    throw new TypeError(`tableOfContents must be true, false or "auto", got ${JSON.stringify(options.tableOfContents)}`);
  }
  const theme = createTheme(checkPaper(options.paper), options.accentColor);
  const [{ Marked }, { default: PDFDocument }, fonts, logo] = await Promise.all([
    import('marked'),
    import('pdfkit'),
    loadFonts(),
    options.logoPath ? readLogo(options.logoPath) : Promise.resolve(undefined),
  ]);
  // A private instance: options or extensions another module sets on the shared `marked` must not change
  // how a contract is read.
  const tokens = new Marked({ gfm: true, breaks: false }).lexer(markdown);

  const doc: PdfDocument = new PDFDocument({
    size: [theme.page.width, theme.page.height],
    // Margins are the layout's business; pdfkit must never start a page on its own.
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: options.language,
    displayTitle: true,
    info: documentInfo(options),
    // No default font: Helvetica would be loaded for nothing, and it cannot set "Łódź" anyway.
    font: '',
  });
  // Every input that shapes the bytes, in a fixed order (not the caller's key order); the logo by content, not path.
  const facts = [options.title, options.author, options.subject ?? '', options.language, options.paper, String(options.draft), options.documentVersion ?? '', String(options.tableOfContents ?? 'auto')];
  const identity = [...facts, options.creationDate.toISOString(), options.sourceSha256, options.templateSha256, theme.accent];
  setDocumentId(doc, documentId([markdown, ...identity, logo ?? new Uint8Array()]));
  installXmp(doc, options);
  const bytes = collect(doc);
  registerFonts(doc, fonts);
  sortDestinationsByBytes(doc);

  // Every heading's destination, named by its GitHub slug, once for both passes (see anchors.ts).
  const anchors = headingAnchors(tokens);
  // The patterns of the document's language, loaded on the first document in it (none for a language without any).
  const hyphenator = hyphenatorFor(options.language);
  const typesetter = new Typesetter(doc, theme, undefined, anchors, hyphenator);
  const { title, titleToken, body } = splitTitle(tokens, options.title);
  const anchor = titleToken && anchors.of.get(titleToken);
  const titleBlock = { title, language: options.language, ...(options.documentVersion && { documentVersion: options.documentVersion }), draft: options.draft, ...(options.subject ? { subtitle: options.subject } : {}), ...(logo ? { logo } : {}), ...(anchor !== undefined && { anchor }) };
  const cache = layoutCache();
  const contents = tableOfContents(body, options.tableOfContents ?? 'auto', (entries) => {
    // The first pass: the same layout over a document that draws nothing, to learn where the sections start.
    const dry = new Typesetter(dryRunDocument(), theme, typesetter.measure, anchors, hyphenator);
    const sections = layOut(dry, titleBlock, body, entries, cache, options.numberHeadings !== false, options.figures);
    return { pages: dry.pageIndex + 1, sections };
  });
  layOut(typesetter, titleBlock, body, contents, cache, options.numberHeadings !== false, options.figures);

  drawFurniture(typesetter, {
    title: options.title,
    ...(options.documentVersion && { documentVersion: options.documentVersion }),
    reference: options.sourceSha256.slice(0, 12).toLowerCase(),
    draft: options.draft,
  });
  keepParsedFonts(doc);
  doc.end();
  return bytes;
}

/**
 * Sets the title block and the body, with the table of contents (when there is one) after the body's preamble
 * (the lines before its first section). Returns where each top-level section starts.
 */
function layOut(typesetter: Typesetter, titleBlock: TitleBlock, body: readonly Token[], contents: readonly ContentsEntry[] | undefined, cache: LayoutCache, numberHeadings: boolean, figures?: Figures): SectionStart[] {
  const { doc } = typesetter;
  typesetter.newPage();
  const root: Tag = { element: doc.struct('Document'), type: 'Document' };
  doc.addStructure(root.element);
  drawTitleBlock(typesetter, titleBlock, root);
  const writer = new ContractWriter(typesetter, cache, numberHeadings, figures);
  const frame = { x: typesetter.left, width: typesetter.contentWidth, parent: root };
  let firstSection = body.findIndex(isSection);
  // A comment just before the section (a `<!-- compact -->` mark, blocks.ts) belongs to it, not to the preamble.
  while (firstSection > 0 && ['html', 'space'].includes(body[firstSection - 1]!.type)) firstSection -= 1;
  const preamble = contents && firstSection > 0 ? body.slice(0, firstSection) : [];
  writer.blocks(preamble, frame);
  if (contents) {
    if (preamble.length > 0) typesetter.addGap(typesetter.theme.paragraphGap);
    drawContents(contents, typesetter, root);
  }
  writer.blocks(body.slice(preamble.length), frame);
  root.element.end();
  return writer.sections;
}

/** More pages than this, and a contract gets a table of contents unless its author says otherwise. */
const CONTENTS_FROM_PAGES = 4;

/**
 * The entries of the table of contents, or undefined when the contract has none: always with `true`, never with
 * `false`, and with `auto` when it runs to more than CONTENTS_FROM_PAGES pages. A table of contents needs the
 * pages its sections start on before it is drawn, so `firstPass` lays the contract out once with placeholder
 * entries of the same size; the real pass then puts the same lines on the same pages.
 */
function tableOfContents(
  body: readonly Token[],
  wanted: boolean | 'auto',
  firstPass: (entries: ContentsEntry[]) => { pages: number; sections: SectionStart[] },
): ContentsEntry[] | undefined {
  const sections = body.filter(isSection) as Tokens.Heading[];
  if (wanted === false || sections.length < 2) return undefined;
  const placeholders = sections.map((token) => ({ number: '', title: inlineRuns(token.tokens), page: 0 }));
  const dry = firstPass(placeholders);
  if (wanted === 'auto' && dry.pages <= CONTENTS_FROM_PAGES) return undefined;
  return dry.sections.map((section) => ({ number: section.number, title: section.title, page: section.page, ...(section.destination !== undefined && { destination: section.destination }) }));
}

/** A top-level section heading of the body (`##`; `#` is the contract's title). */
function isSection(token: Token): boolean {
  return token.type === 'heading' && (token as Tokens.Heading).depth === 2;
}

/** The first level-1 heading is the contract's title; without one, the title option stands in. */
function splitTitle(tokens: readonly Token[], fallback: string): { title: Run[]; titleToken?: Tokens.Heading; body: Token[] } {
  const first = tokens.findIndex((token) => token.type !== 'space' && !(token.type === 'html' && isHtmlComment((token as Tokens.HTML).raw)));
  const candidate = tokens[first];
  if (candidate?.type === 'heading' && (candidate as Tokens.Heading).depth === 1) {
    const titleToken = candidate as Tokens.Heading;
    return { title: inlineRuns(titleToken.tokens), titleToken, body: tokens.filter((_, index) => index !== first) };
  }
  return { title: [{ text: fallback, bold: true, italic: false, code: false }], body: [...tokens] };
}

function checkPaper(paper: string): Paper {
  if (paper !== 'a4' && paper !== 'letter') throw new TypeError(`paper must be "a4" or "letter", got ${JSON.stringify(paper)}`);
  return paper;
}

async function readLogo(path: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await readFile(path));
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!png && !jpeg) throw new TypeError(`logo ${path} is not a PNG or JPEG file`);
  return bytes;
}

/** The whole file once pdfkit has written its last byte. */
function collect(doc: PdfDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

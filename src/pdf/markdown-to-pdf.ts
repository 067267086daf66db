import { readFile } from 'node:fs/promises';
import type { Token, Tokens } from 'marked';
import { ContractWriter } from './blocks.js';
import { keepParsedFonts, loadFonts, registerFonts } from './fonts.js';
import { inlineRuns, isHtmlComment, type Run } from './inline.js';
import { checkFacts, documentId, documentInfo, installXmp, setDocumentId } from './metadata.js';
import { drawFurniture } from './page-furniture.js';
import type { PdfDocument } from './pdfkit-types.js';
import { createTheme, type Paper } from './theme.js';
import { drawTitleBlock } from './title-block.js';
import { Typesetter, type Tag } from './typesetter.js';

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
}

/**
 * Typesets a rendered Markdown contract as a PDF. The same Markdown and options always give the same bytes.
 * pdfkit, marked and the fonts are loaded on the first call, never when the library is imported.
 */
export async function markdownToPdf(markdown: string, options: PdfOptions): Promise<Uint8Array> {
  checkFacts(options);
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
  const facts = [options.title, options.author, options.subject ?? '', options.language, options.paper, String(options.draft), options.documentVersion ?? ''];
  const identity = [...facts, options.creationDate.toISOString(), options.sourceSha256, options.templateSha256, theme.accent];
  setDocumentId(doc, documentId([markdown, ...identity, logo ?? new Uint8Array()]));
  installXmp(doc, options);
  const bytes = collect(doc);
  registerFonts(doc, fonts);

  const typesetter = new Typesetter(doc, theme);
  typesetter.newPage();
  const root: Tag = { element: doc.struct('Document'), type: 'Document' };
  doc.addStructure(root.element);

  const { title, body } = splitTitle(tokens, options.title);
  const titleBlock = { title, ...(options.documentVersion && { documentVersion: options.documentVersion }), draft: options.draft, ...(options.subject ? { subtitle: options.subject } : {}), ...(logo ? { logo } : {}) };
  drawTitleBlock(typesetter, titleBlock, root);
  new ContractWriter(typesetter).blocks(body, { x: typesetter.left, width: typesetter.contentWidth, parent: root });

  drawFurniture(typesetter, {
    title: options.title,
    ...(options.documentVersion && { documentVersion: options.documentVersion }),
    reference: options.sourceSha256.slice(0, 12).toLowerCase(),
    draft: options.draft,
  });
  keepParsedFonts(doc);
  root.element.end();
  doc.end();
  return bytes;
}

/** The first level-1 heading is the contract's title; without one, the title option stands in. */
function splitTitle(tokens: readonly Token[], fallback: string): { title: Run[]; body: Token[] } {
  const first = tokens.findIndex((token) => token.type !== 'space' && !(token.type === 'html' && isHtmlComment((token as Tokens.HTML).raw)));
  const candidate = tokens[first];
  if (candidate?.type === 'heading' && (candidate as Tokens.Heading).depth === 1) {
    return { title: inlineRuns((candidate as Tokens.Heading).tokens), body: tokens.filter((_, index) => index !== first) };
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

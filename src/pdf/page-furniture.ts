import { translator, type Translator } from '../i18n/catalog.js';
import type { FontRole } from './fonts.js';
import type { Typesetter } from './typesetter.js';

/** What is printed on every page around the contract text. */
export interface Furniture {
  readonly title: string;
  readonly documentVersion?: string;
  /** Short form of the source hash, so a printed page can be matched to the agreement that produced it. */
  readonly reference: string;
  readonly draft: boolean;
  /** The language of the furniture's words ("Page 1 of 3"); default the document's language (its `lang`), else English. */
  readonly language?: string;
}

/** The document's language as pdfkit was given it (`lang`), or undefined (a dry run has none). */
export function documentLanguage(typesetter: Typesetter): string | undefined {
  const lang = (typesetter.doc as unknown as { options?: { lang?: unknown } }).options?.lang;
  return typeof lang === 'string' && lang !== '' ? lang : undefined;
}

/**
 * Header, footer and watermark go on once every page exists, because "Page X of Y" needs Y. They are
 * artifacts: assistive technology reads the contract, not the same footer on every page.
 */
export function drawFurniture(typesetter: Typesetter, furniture: Furniture): void {
  const { doc } = typesetter;
  const words = translator(furniture.language ?? documentLanguage(typesetter) ?? 'en-GB');
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    typesetter.artifact(() => {
      if (index > range.start) drawHeader(typesetter, furniture, words);
      drawFooter(typesetter, furniture, index - range.start + 1, range.count, words);
    }, 'Pagination');
    if (furniture.draft) typesetter.artifact(() => drawWatermark(typesetter, words), 'Pagination');
  }
}

function drawHeader(typesetter: Typesetter, furniture: Furniture, words: Translator): void {
  const { theme, doc } = typesetter;
  const style = theme.furniture;
  const baseline = theme.margin.top - 26;
  const right = furniture.documentVersion ? words.t('pdf.version', { version: furniture.documentVersion }) : '';
  const rightWidth = typesetter.measure(right, style.font, style.size);
  const title = fitText(typesetter, furniture.title, typesetter.contentWidth - rightWidth - 24, style.font, style.size);
  typesetter.drawText(title, typesetter.left, baseline, style.font, style.size, style.color);
  typesetter.drawText(right, typesetter.left + typesetter.contentWidth - rightWidth, baseline, style.font, style.size, style.color);
  const ruleY = baseline + 6;
  doc.moveTo(typesetter.left, ruleY).lineTo(typesetter.left + typesetter.contentWidth, ruleY).lineWidth(0.5).stroke(theme.rule);
}

function drawFooter(typesetter: Typesetter, furniture: Furniture, page: number, pages: number, words: Translator): void {
  const { theme, doc } = typesetter;
  const style = theme.furniture;
  const baseline = theme.page.height - theme.margin.bottom + 30;
  const ruleY = baseline - style.size - 5;
  doc.moveTo(typesetter.left, ruleY).lineTo(typesetter.left + typesetter.contentWidth, ruleY).lineWidth(0.5).stroke(theme.rule);
  const left = words.t('pdf.reference', { draft: furniture.draft ? 'yes' : 'no', reference: furniture.reference });
  typesetter.drawText(left, typesetter.left, baseline, style.font, style.size, style.color);
  const pageLabel = words.t('pdf.page', { page, pages });
  const width = typesetter.measure(pageLabel, style.font, style.size);
  typesetter.drawText(pageLabel, typesetter.left + typesetter.contentWidth - width, baseline, style.font, style.size, style.color);
}

function drawWatermark(typesetter: Typesetter, words: Translator): void {
  const { theme, doc } = typesetter;
  const { width, height } = theme.page;
  const text = words.t('pdf.draft');
  // A longer word than "DRAFT" (BORRADOR) is set smaller, to stay within three quarters of the diagonal.
  const fullSize = Math.round(Math.min(width, height) * 0.27);
  const room = Math.hypot(width, height) * 0.75;
  const fullWidth = typesetter.measure(text, 'bold', fullSize);
  const size = fullWidth <= room ? fullSize : Math.floor((fullSize * room) / fullWidth);
  const textWidth = typesetter.measure(text, 'bold', size);
  // Along the page diagonal, rising to the right, as a rubber stamp would be.
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  doc.save();
  doc.rotate(-angle, { origin: [width / 2, height / 2] });
  doc.fillOpacity(0.09);
  typesetter.drawText(text, width / 2 - textWidth / 2, height / 2 + size * 0.35, 'bold', size, theme.accent);
  doc.restore();
}

function fitText(typesetter: Typesetter, text: string, width: number, font: FontRole, size: number): string {
  if (typesetter.measure(text, font, size) <= width) return text;
  const characters = [...text];
  while (characters.length > 0 && typesetter.measure(`${characters.join('').trimEnd()}…`, font, size) > width) characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

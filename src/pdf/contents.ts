import { translator } from '../i18n/catalog.js';
import type { Run } from './inline.js';
import { documentLanguage } from './page-furniture.js';
import type { Line } from './line-breaking.js';
import type { AnnotationOption } from './pdfkit-types.js';
import type { Tag, Typesetter } from './typesetter.js';

/** One line of the table of contents: a top-level section, its number and the page it starts on. */
export interface ContentsEntry {
  readonly number: string;
  readonly title: readonly Run[];
  readonly page: number;
  /** Named destination at the section's heading; absent in the dry run, where nothing links anywhere. */
  readonly destination?: string;
}

/**
 * The heading above the list ("Contents" in the document's language). It is not numbered and not in the outline: it
 * is a finding aid, not a section. The dry run (no language) sets it in English: one line either way, the same height.
 */
const contentsHeading = (typesetter: Typesetter) => translator(documentLanguage(typesetter) ?? 'en-GB').t('pdf.contents');
const GAP_AFTER = 10;

interface EntryLayout {
  readonly entry: ContentsEntry;
  readonly lines: readonly Line[];
  readonly height: number;
}

/**
 * Column widths fixed by the page and font, not by the entries' numbers or pages, so the dry run (which does not
 * know them yet) reserves exactly the height the real table takes.
 */
function columns(typesetter: Typesetter): { number: number; page: number; title: number } {
  const { body } = typesetter.theme;
  const number = typesetter.measure('00.', 'regular', body.size) + 10;
  const page = typesetter.measure('000', 'regular', body.size) + 14;
  return { number, page, title: typesetter.contentWidth - number - page };
}

function layout(entries: readonly ContentsEntry[], typesetter: Typesetter): EntryLayout[] {
  const { body } = typesetter.theme;
  const { title } = columns(typesetter);
  return entries.map((entry) => {
    const lines = typesetter.lines(entry.title.map((run) => ({ ...run, bold: false, link: undefined }) as Run), title, body);
    return { entry, lines, height: lines.length * body.leading + 2 };
  });
}

/**
 * Draws the table of contents at the cursor: number, title, dot leaders and page number on each line, each line
 * a link to its section. Tagged as TOC with one TOCI per entry, as PDF/UA asks.
 */
export function drawContents(entries: readonly ContentsEntry[], typesetter: Typesetter, parent: Tag): void {
  const { theme } = typesetter;
  const { body } = theme;
  const heading = theme.headings[0];
  const rows = layout(entries, typesetter);
  const widths = columns(typesetter);
  const x = typesetter.left;

  const headingLines = typesetter.lines([{ text: contentsHeading(typesetter), bold: true, italic: false, code: false }], typesetter.contentWidth, heading);
  typesetter.ensureSpace(heading.leading + 6 + rows.slice(0, 3).reduce((total, row) => total + row.height, 0));
  const headingTag = typesetter.open(parent, 'H2');
  typesetter.content(headingTag, () => typesetter.flowLines(headingLines, x, heading));
  typesetter.close(headingTag);
  typesetter.y += 6;

  const list = typesetter.open(parent, 'TOC');
  for (const row of rows) {
    typesetter.ensureSpace(row.height);
    const top = typesetter.y;
    const item = typesetter.open(list, 'TOCI');
    const link = typesetter.open(item, 'Link');
    const pageText = row.entry.page > 0 ? String(row.entry.page) : '';
    const pageWidth = typesetter.measure(pageText, 'regular', body.size);
    const lastLine = row.lines.at(-1);
    const lastTop = top + (row.lines.length - 1) * body.leading;
    typesetter.content(link, () => {
      if (row.entry.number) typesetter.drawText(row.entry.number, x, top + baselineOffset(typesetter), 'regular', body.size, body.color);
      row.lines.forEach((line, index) => typesetter.drawLine(line, x + widths.number, top + index * body.leading, body));
      typesetter.drawText(pageText, x + typesetter.contentWidth - pageWidth, lastTop + baselineOffset(typesetter), 'regular', body.size, body.color);
    });
    if (row.entry.destination) {
      typesetter.doc.goTo(x, top, typesetter.contentWidth, row.height, row.entry.destination, { structParent: link.element } as unknown as AnnotationOption);
    }
    typesetter.close(link);
    typesetter.close(item);
    // Dot leaders guide the eye to the page number; they are decoration, not text to read aloud.
    const leadersFrom = x + widths.number + (lastLine?.width ?? 0) + 6;
    const leadersTo = x + typesetter.contentWidth - pageWidth - 6;
    const unit = typesetter.measure(' .', 'regular', body.size);
    const count = Math.floor((leadersTo - leadersFrom) / unit);
    if (count > 2) {
      const leaders = ' .'.repeat(count);
      typesetter.artifact(() => {
        typesetter.drawText(leaders, leadersTo - count * unit, lastTop + baselineOffset(typesetter), 'regular', body.size, theme.muted);
      });
    }
    typesetter.y = top + row.height;
  }
  typesetter.close(list);
  typesetter.y += GAP_AFTER;
}

/** Distance from a line box's top to its baseline in body text, as Typesetter.drawLine places it. */
function baselineOffset(typesetter: Typesetter): number {
  const { body } = typesetter.theme;
  return (body.leading - body.size * 1.164) / 2 + body.size * 0.928;
}

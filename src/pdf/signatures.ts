import { CATALOG_LANGUAGES, shippedCatalog } from '../i18n/catalog.js';
import { plainText, type Run } from './inline.js';
import type { Line } from './line-breaking.js';
import type { TableModel } from './table.js';
import type { Tag, Typesetter } from './typesetter.js';

/** One signatory: the party they sign for and the other columns of their row (Name, Title, Date…). */
export interface Signatory {
  readonly party: readonly Run[];
  readonly fields: readonly { readonly label: string; readonly value: readonly Run[] }[];
}

const COLUMN_GAP = 30;
// Room above the line to sign on: at least 15 mm (42.5 pt) for a hand signature; 17.6 mm here.
const SIGNING_SPACE = 50;
const FIELD_HEIGHT = 19;
const CAPTION_HEIGHT = 14;

/** A column's header in any language sla writes contracts in (the catalogs' `signatures.column.*`), lower case. */
function columnWords(key: 'signature' | 'party'): Set<string> {
  return new Set(CATALOG_LANGUAGES.map((language) => (shippedCatalog(language)[`signatures.column.${key}`] ?? '').toLowerCase()).filter(Boolean));
}
let words: { signature: Set<string>; party: Set<string> } | undefined;
const isColumn = (label: string, key: 'signature' | 'party') => (words ??= { signature: columnWords('signature'), party: columnWords('party') })[key].has(label.trim().toLowerCase());

/**
 * The Markdown carries signatures as a table with a "Signature" column ("Unterschrift", "Firma", … in the
 * contract's language; that is what a Markdown reader sees); in the PDF such a table becomes signature blocks with
 * lines to sign on, captioned with that column's own header.
 */
export function isSignatureTable(model: TableModel): boolean {
  return model.header.some((cell) => isColumn(plainText(cell.runs), 'signature'));
}

/** The signature column's header as the table writes it: the caption under each line to sign on. */
export function signatureCaption(model: TableModel): string {
  return model.header.map((cell) => plainText(cell.runs)).find((label) => isColumn(label, 'signature')) ?? 'Signature';
}

export function signatories(model: TableModel): Signatory[] {
  const labels = model.header.map((cell) => plainText(cell.runs));
  const partyColumn = Math.max(0, labels.findIndex((label) => isColumn(label, 'party')));
  return model.rows.map((row) => ({
    party: row[partyColumn]?.runs ?? [],
    fields: labels.flatMap((label, column) =>
      column === partyColumn || isColumn(label, 'signature') ? [] : [{ label, value: row[column]?.runs ?? [] }],
    ),
  }));
}

/** Blank, or only the underscores a Markdown author types as a fill-in line. */
function isFillIn(runs: readonly Run[]): boolean {
  return /^[\s_.\-–—]*$/.test(plainText(runs));
}

interface FieldLayout {
  readonly label: readonly Line[];
  /** The value's lines, or undefined for a blank line to write on. */
  readonly value: readonly Line[] | undefined;
  readonly height: number;
}

interface BlockLayout {
  readonly partyLines: readonly Line[];
  readonly labelWidth: number;
  readonly fields: readonly FieldLayout[];
  readonly height: number;
}

const plain = (text: string): Run => ({ text, bold: false, italic: false, code: false });

function layoutBlock(signatory: Signatory, width: number, typesetter: Typesetter): BlockLayout {
  const { body, table } = typesetter.theme;
  const partyLines = typesetter.lines(signatory.party.map((run) => ({ ...run, bold: true })), width, body);
  // The labels ("Name:", "Title:", "Date:") share one column, as wide as the widest, within reason.
  const widestLabel = Math.max(0, ...signatory.fields.map((field) => typesetter.measure(`${field.label}:`, 'regular', table.size)));
  const labelWidth = Math.min(width * 0.4, widestLabel + 10);
  const fields = signatory.fields.map((field): FieldLayout => {
    const label = typesetter.lines([plain(`${field.label}:`)], labelWidth - 6, table);
    const value = isFillIn(field.value) ? undefined : typesetter.lines(field.value, width - labelWidth, table);
    const lines = Math.max(label.length, value?.length ?? 1);
    return { label, value, height: Math.max(FIELD_HEIGHT, lines * table.leading + 6) };
  });
  const fieldsHeight = fields.reduce((total, field) => total + field.height, 0);
  return { partyLines, labelWidth, fields, height: partyLines.length * body.leading + SIGNING_SPACE + CAPTION_HEIGHT + fieldsHeight };
}

/** Signature blocks side by side, two to a row; a row of blocks is never split across pages. */
export function signatureLeadHeight(model: TableModel, typesetter: Typesetter): number {
  const width = (typesetter.contentWidth - COLUMN_GAP) / 2;
  const blocks = signatories(model).slice(0, 2).map((signatory) => layoutBlock(signatory, width, typesetter));
  return Math.max(0, ...blocks.map((block) => block.height));
}

export function drawSignatures(model: TableModel, x: number, width: number, typesetter: Typesetter, parent: Tag): void {
  const blockWidth = (width - COLUMN_GAP) / 2;
  const blocks = signatories(model).map((signatory) => layoutBlock(signatory, blockWidth, typesetter));
  const caption = signatureCaption(model);
  const section = typesetter.open(parent, 'Div');
  for (let index = 0; index < blocks.length; index += 2) {
    const pair = blocks.slice(index, index + 2);
    // Blocks side by side share their signature lines' height even when one party's name wraps.
    const partyLines = Math.max(...pair.map((block) => block.partyLines.length));
    const height = Math.max(...pair.map((block) => block.height + (partyLines - block.partyLines.length) * typesetter.theme.body.leading));
    typesetter.ensureSpace(height);
    const top = typesetter.y;
    pair.forEach((block, column) => drawBlock(block, partyLines, x + column * (blockWidth + COLUMN_GAP), top, blockWidth, caption, typesetter, section));
    typesetter.y = top + height + typesetter.theme.paragraphGap * 2;
  }
  typesetter.close(section);
}

function drawBlock(block: BlockLayout, partyLines: number, x: number, top: number, width: number, caption: string, typesetter: Typesetter, parent: Tag): void {
  const { body, table, muted, text, rule } = typesetter.theme;
  const container = typesetter.open(parent, 'Div');
  let y = top;
  const party = typesetter.open(container, 'P');
  typesetter.content(party, () => {
    block.partyLines.forEach((line, index) => typesetter.drawLine(line, x, y + index * body.leading, body));
  });
  typesetter.close(party);
  y += partyLines * body.leading + SIGNING_SPACE;

  typesetter.artifact(() => {
    typesetter.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.7).stroke(text);
  });
  const captionTag = typesetter.open(container, 'P');
  const captionLines = typesetter.lines([plain(caption)], width, table);
  typesetter.content(captionTag, () => captionLines.forEach((line) => typesetter.drawLine(line, x, y + 1, table, 'left', 0, muted)));
  typesetter.close(captionTag);
  y += CAPTION_HEIGHT;

  for (const field of block.fields) {
    const row = typesetter.open(container, 'P');
    typesetter.content(row, () => {
      field.label.forEach((line, index) => typesetter.drawLine(line, x, y + 4 + index * table.leading, table, 'left', 0, muted));
      field.value?.forEach((line, index) => typesetter.drawLine(line, x + block.labelWidth, y + 4 + index * table.leading, table));
    });
    typesetter.close(row);
    if (!field.value) {
      const baseline = y + field.height - 3;
      typesetter.artifact(() => {
        typesetter.doc.moveTo(x + block.labelWidth, baseline).lineTo(x + width, baseline).lineWidth(0.5).stroke(rule);
      });
    }
    y += field.height;
  }
  typesetter.close(container);
}

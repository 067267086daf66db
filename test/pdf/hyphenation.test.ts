import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRunDocument } from '../../src/pdf/dry-run.js';
import { hyphenatorFor, patternSetFor } from '../../src/pdf/hyphenation.js';
import type { Run } from '../../src/pdf/inline.js';
import { breakLines, type Line, type Measure } from '../../src/pdf/line-breaking.js';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { createTheme } from '../../src/pdf/theme.js';
import { Typesetter } from '../../src/pdf/typesetter.js';
import { pdfOptions } from './options.js';
import { readPdf, type TextBox } from './read-pdf.js';

// A monospaced stand-in for font metrics, so the expected breaks can be worked out by hand.
const measure: Measure = (text, font, size) => [...text].length * size * (font === 'bold' ? 0.6 : 0.5);
const plain = (text: string, extra: Partial<Run> = {}): Run => ({ text, bold: false, italic: false, code: false, ...extra });
const lineText = (line: Line) => line.segments.map((segment) => segment.text).join('');
const texts = (lines: readonly Line[]) => lines.map(lineText).map((text) => text.trimEnd());

/** Where the patterns let a word break, shown with `|`. */
const marked = (language: string, word: string): string => {
  const points = hyphenatorFor(language)?.points(word) ?? [];
  let out = '';
  [...word].forEach((character, index) => {
    if (points.includes(index)) out += '|';
    out += character;
  });
  return out;
};

describe('hyphenation patterns', () => {
  it('chooses the pattern set by language and region, and none for a language without patterns', () => {
    expect(patternSetFor('de-DE')).toBe('de');
    expect(patternSetFor('de-AT')).toBe('de');
    expect(patternSetFor('en-US')).toBe('en-us');
    expect(patternSetFor('en')).toBe('en-us');
    expect(patternSetFor('en-GB')).toBe('en-gb');
    expect(patternSetFor('en-AU')).toBe('en-gb');
    expect(patternSetFor('fr-FR')).toBe('fr');
    expect(patternSetFor('nl-NL')).toBe('nl');
    expect(patternSetFor('es-ES')).toBe('es');
    expect(patternSetFor('ja-JP')).toBeUndefined();
    expect(hyphenatorFor('ja-JP')).toBeUndefined();
    // Loaded once per language: the same object every time.
    expect(hyphenatorFor('de-DE')).toBe(hyphenatorFor('de-CH'));
  });

  it('breaks German compounds where German hyphenates, and English words by the US or British patterns', () => {
    expect(marked('de-DE', 'Geschäftsstundenkalender')).toBe('Ge|schäfts|stun|den|ka|len|der');
    expect(marked('de-DE', 'Reaktionszeitverpflichtung')).toBe('Re|ak|ti|ons|zeit|ver|pflich|tung');
    expect(marked('en-US', 'responsibility')).toBe('re|spon|si|bil|ity');
    expect(marked('en-GB', 'responsibility')).toBe('re|spons|ib|il|ity');
    expect(marked('en-US', 'acknowledgement')).toBe('ac|knowl|edge|ment');
    // At least three letters go after a hyphen, so not "li-té".
    expect(marked('fr-FR', 'disponibilité')).toBe('dis|po|ni|bi|lité');
    expect(marked('nl-NL', 'verantwoordelijkheid')).toBe('ver|ant|woor|de|lijk|heid');
    expect(marked('es-ES', 'disponibilidad')).toBe('dis|po|ni|bi|li|dad');
  });

  it('leaves at least two letters before and three after a hyphen, and skips ids, ALL CAPS and mixed case', () => {
    for (const [language, word] of [['de-DE', 'Geschäftsstundenkalender'], ['en-US', 'availability'], ['fr-FR', 'responsabilité']] as const) {
      const points = hyphenatorFor(language)!.points(word);
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) {
        expect(point).toBeGreaterThanOrEqual(2);
        expect(word.length - point).toBeGreaterThanOrEqual(3);
      }
    }
    const de = hyphenatorFor('de-DE')!;
    expect(de.points('TICKET4711Verarbeitung')).toEqual([]);
    expect(de.points('VERFÜGBARKEITSMESSUNG')).toEqual([]);
    expect(de.points('SupportVerantwortlicher')).toEqual([]);
    expect(de.points('sla.yaml-Verarbeitung')).toEqual([]);
    // Punctuation around a word is not part of it: the offsets still count it.
    expect(marked('de-DE', '„Geschäftsstundenkalender“,')).toBe('„Ge|schäfts|stun|den|ka|len|der“,');
  });
});

describe('hyphenation in the line breaker', () => {
  const de = hyphenatorFor('de-DE');
  const en = hyphenatorFor('en-US');

  it('hyphenates a word only when it does not fit on the rest of the line, putting as much of it as fits', () => {
    // 5 points a character: 110 points hold 22 characters.
    const lines = breakLines([plain('Die Reaktionszeitverpflichtung gilt ab sofort.')], 110, 10, measure, de);
    expect(texts(lines)).toEqual(['Die Reaktionszeitver-', 'pflichtung gilt ab so-', 'fort.']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(110);
    // English by the en patterns.
    expect(texts(breakLines([plain('The shared responsibility of both parties')], 100, 10, measure, en))).toEqual(['The shared responsi-', 'bility of both par-', 'ties']);
  });

  it('leaves a short paragraph that fits alone, and is the same for the same input', () => {
    const text = 'Der Anbieter antwortet innerhalb von zwei Geschäftsstunden.';
    expect(texts(breakLines([plain(text)], 1000, 10, measure, de))).toEqual([text]);
    const once = breakLines([plain(text)], 90, 10, measure, de);
    expect(breakLines([plain(text)], 90, 10, measure, de)).toEqual(once);
  });

  it('breaks a word wider than the whole line at hyphenation points, cutting only what no point makes fit', () => {
    // 60 points hold 12 characters.
    expect(texts(breakLines([plain('Geschäftsstundenkalender')], 60, 10, measure, de))).toEqual(['Geschäfts-', 'stundenka-', 'lender']);
    // Without patterns (a language with none) the old fallback cuts between characters.
    expect(texts(breakLines([plain('Geschäftsstundenkalender')], 60, 10, measure))).toEqual(['Geschäftsstu', 'ndenkalender']);
  });

  it('never hyphenates URLs, e-mail addresses, ids with digits, inline code or ALL CAPS', () => {
    const url = 'https://verfuegbarkeit.example/geschaeftsstundenkalender';
    for (const line of texts(breakLines([plain(`Siehe ${url} bitte`)], 150, 10, measure, de))) expect(line).not.toMatch(/-$/);
    expect(texts(breakLines([plain('Mail an verfuegbarkeitsverantwortlicher@anbieter.example heute')], 150, 10, measure, de)).join('|')).not.toMatch(/-\|/);
    expect(texts(breakLines([plain('Die Vorgangsnummer TICKET4711Verarbeitung')], 100, 10, measure, de))).toEqual(['Die Vorgangsnummer', 'TICKET4711Verarbeitu', 'ng']);
    expect(texts(breakLines([plain('Aufruf '), plain('Reaktionszeitverpflichtung', { code: true })], 130, 10, measure, de))).toEqual(['Aufruf', 'Reaktionszeitverpflichtung']);
    expect(texts(breakLines([plain('Die VERFÜGBARKEITSMESSUNG gilt')], 110, 10, measure, de))).toEqual(['Die', 'VERFÜGBARKEITSMESSUNG', 'gilt']);
  });

  it('breaks a compound written with hyphens at its hyphens, not inside its parts', () => {
    // "Service-Level-" would fit with "Verein-" after it, but a compound with its own hyphens breaks only there.
    expect(texts(breakLines([plain('Die Service-Level-Vereinbarung gilt')], 110, 10, measure, de))).toEqual(['Die Service-Level-', 'Vereinbarung gilt']);
    // A part wider than the whole line is still hyphenated.
    expect(texts(breakLines([plain('Service-Reaktionszeitverpflichtung')], 80, 10, measure, de))).toEqual(['Service-', 'Reaktionszeit-', 'verpflichtung']);
  });

  it('breaks at the soft hyphens of the source, drawn as a hyphen only at a line end', () => {
    const lines = breakLines([plain('Die Kalender\u00adverwaltung und die Kalender\u00adpflege')], 100, 10, measure);
    expect(texts(lines)).toEqual(['Die Kalender-', 'verwaltung und die', 'Kalenderpflege']);
  });

  it('sets the hyphen in the face of the letter before it, and measures it', () => {
    const lines = breakLines([plain('Die '), plain('Reaktionszeit', { bold: true }), plain('verpflichtung gilt')], 110, 10, measure, de);
    const first = lines[0]!;
    expect(first.segments.map((segment) => [segment.text, segment.font])).toEqual([['Die ', 'regular'], ['Reaktionszeit-', 'bold']]);
    expect(first.width).toBe(measure('Die ', 'regular', 10) + measure('Reaktionszeit-', 'bold', 10));
    expect(lineText(lines[1]!)).toBe('verpflichtung gilt');
  });

  it('hyphenates headings only where a word is wider than the whole line', async () => {
    const theme = createTheme('a4', undefined);
    const typesetter = new Typesetter(dryRunDocument(), theme, measure, undefined, de);
    const heading = theme.headings[0];
    const runs = [plain('Die Reaktionszeitverpflichtung')];
    const wide = measure('Reaktionszeitverpflichtung', 'bold', heading.size) + 10;
    expect(texts(typesetter.lines(runs, wide, heading))).toEqual(['Die', 'Reaktionszeitverpflichtung']);
    const body = measure('Die Reaktionszeitverpflichtung', 'regular', theme.body.size) - 5;
    expect(texts(typesetter.lines(runs, body, theme.body)).at(0)).toMatch(/^Die Reaktionszeit.*-$/);
    // Wider than the whole line, a heading's word is hyphenated too rather than cut anywhere.
    expect(texts(typesetter.lines(runs, 120, heading))).toEqual(['Die', 'Reaktionszeit-', 'verpflichtung']);
  });
});

describe('hyphenation in the PDF', () => {
  const german = [
    '# Dienstleistungsvertrag',
    '',
    '## 1. Reaktionszeiten',
    '',
    'Die Reaktionszeitverpflichtung des Auftragnehmers richtet sich nach dem Geschäftsstundenkalender des Auftraggebers.',
    '',
    '| Schweregrad | Reaktionszeitverpflichtung | Wiederherstellungszeit | Eskalationsverantwortlicher | Geschäftsstundenkalender | Verfügbarkeitsmessung |',
    '| --- | --- | --- | --- | --- | --- |',
    '| Kritisch | Die Reaktionszeitverpflichtung gilt rund um die Uhr | Wiederherstellungszeitraum innerhalb eines Geschäftstages | Bereitschaftsdienstleiter | Geschäftsstundenkalender Berlin | Verfügbarkeitsmessung monatlich |',
    '| Hoch | Innerhalb von Geschäftsstunden | Wiederherstellungszeitraum nach Vereinbarung | Kundenbetreuungsverantwortliche | Geschäftsstundenkalender Berlin | Verfügbarkeitsmessung monatlich |',
    '',
    'Weitere Informationen unter https://verfuegbarkeitsmessung.example/geschaeftsstundenkalender/reaktionszeitverpflichtung.',
    '',
  ].join('\n');

  it('breaks German compounds in narrow table cells at hyphenation points, with no line wider than its cell', async () => {
    const bytes = await markdownToPdf(german, pdfOptions({ language: 'de-DE', title: 'Dienstleistungsvertrag' }));
    if (process.env.SLA_KEEP_PDF) {
      mkdirSync(path.dirname(process.env.SLA_KEEP_PDF), { recursive: true });
      writeFileSync(process.env.SLA_KEEP_PDF, bytes);
    }
    const pdf = await readPdf(bytes);
    const boxes = pdf.pages.flatMap((page) => page.boxes).filter((box) => !box.rotated);
    const hyphenated = boxes.filter((box) => /\p{L}-$/u.test(box.text.trimEnd()));
    expect(hyphenated.length).toBeGreaterThan(0);
    const de = hyphenatorFor('de-DE')!;
    for (const box of hyphenated) {
      // The piece before the hyphen and the next line's first word make a word the patterns break exactly there.
      const next = nextLineStart(boxes, box);
      expect(next, `line after "${box.text}"`).toBeDefined();
      const head = /(\p{L}+)-$/u.exec(box.text.trimEnd())![1]!;
      const tail = /^\p{L}+/u.exec(next!.text)![0];
      expect(de.points(head + tail), `${head}-${tail}`).toContain(head.length);
    }
    // Every cell line stays inside its column: the header row's tinted cells give the columns' edges.
    const table = tableColumns(boxes);
    const cells = boxes.filter((box) => Math.abs(box.size - table.size) < 0.01 && box.top < table.top + 0.5);
    expect(cells.length).toBeGreaterThan(20);
    for (const box of cells) {
      const column = table.columns.find((edge) => box.left >= edge.left - 0.5 && box.left < edge.right);
      if (!column) continue;
      expect(box.right, `"${box.text}"`).toBeLessThanOrEqual(column.right + 0.5);
    }
    // The URL is never hyphenated: no line ends in a hyphen inside it.
    expect(pdf.text).toContain('https://verfuegbarkeitsmessung.example/');
    expect(boxes.filter((box) => /geschaeftsstunden|reaktionszeitverpfl|verfuegbarkeitsm/.test(box.text)).every((box) => !/-$/.test(box.text.trimEnd()))).toBe(true);
  });

  it('gives the same bytes for the same input, and leaves an English document without patterns unhyphenated', async () => {
    const options = pdfOptions({ language: 'de-DE', title: 'Dienstleistungsvertrag' });
    expect(Buffer.from(await markdownToPdf(german, options)).equals(Buffer.from(await markdownToPdf(german, options)))).toBe(true);
    const none = await readPdf(await markdownToPdf(german, pdfOptions({ language: 'ja-JP', title: 'Dienstleistungsvertrag' })));
    const words = none.pages.flatMap((page) => page.boxes).filter((box) => /\p{Ll}-$/u.test(box.text.trimEnd()));
    expect(words).toEqual([]);
  });
});

/** The first text item of the line below `box` that starts in the same column (within a few points). */
function nextLineStart(boxes: readonly TextBox[], box: TextBox): TextBox | undefined {
  const below = boxes.filter((other) => other.baseline < box.baseline - 1 && Math.abs(other.left - box.left) < 3 && other.size === box.size);
  below.sort((a, b) => b.baseline - a.baseline);
  return below[0];
}

/** The columns of the (one) table: from the header row's cells, which start at the left edge of each column. */
function tableColumns(boxes: readonly TextBox[]): { top: number; size: number; columns: { left: number; right: number }[] } {
  const header = boxes.filter((box) => box.bold && box.size < 9);
  const size = header[0]?.size ?? 0;
  const top = Math.max(...header.map((box) => box.top));
  const firstRow = header.filter((box) => box.top > top - 1);
  const lefts = [...new Set(firstRow.map((box) => Math.round(box.left * 10) / 10))].sort((a, b) => a - b);
  const padding = 5;
  const right = 595.28 - 62;
  const columns = lefts.map((left, index) => ({ left: left - padding, right: (lefts[index + 1] ?? right + padding) - padding * 2 }));
  return { top, size, columns };
}

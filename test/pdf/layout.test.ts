import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/pdf/fonts.js';
import type { Run } from '../../src/pdf/inline.js';
import { dryRunDocument } from '../../src/pdf/dry-run.js';
import { breakLines, contentWidths, type Line, type Measure } from '../../src/pdf/line-breaking.js';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { columnWidths, tablePlan, type TableModel } from '../../src/pdf/table.js';
import { createTheme } from '../../src/pdf/theme.js';
import { Typesetter } from '../../src/pdf/typesetter.js';
import { pdfOptions } from './options.js';

// A monospaced stand-in for font metrics: layout rules can be checked without pdfkit.
const measure: Measure = (text, font, size) => [...text].length * size * (font === 'bold' ? 0.6 : 0.5);
const plain = (text: string, bold = false): Run => ({ text, bold, italic: false, code: false });
const lineText = (line: { segments: readonly { text: string }[] }) => line.segments.map((segment) => segment.text).join('');

describe('line breaking', () => {
  it('breaks at spaces and never exceeds the width', () => {
    const lines = breakLines([plain('The Provider responds within one business hour.')], 100, 10, measure);
    expect(lines.map(lineText)).toEqual(['The Provider', 'responds within one', 'business hour.']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100);
  });

  it('may break after a dash or slash, and inside a word only when nothing else fits', () => {
    expect(breakLines([plain('Mon–Fri 09:00–17:00')], 30, 10, measure).map(lineText)).toEqual(['Mon–', 'Fri', '09:00–', '17:00']);
    expect(breakLines([plain('prompt/workflow tuning')], 40, 10, measure).map(lineText)).toEqual(['prompt/', 'workflow', 'tuning']);
    expect(breakLines([plain('abcdefghij')], 20, 10, measure).map(lineText)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps styles apart and honours hard breaks', () => {
    const lines = breakLines([plain('Response '), plain('time', true), plain(' means'), { ...plain(''), lineBreak: true }, plain('next')], 500, 10, measure);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.segments.map((segment) => [segment.text, segment.font])).toEqual([
      ['Response ', 'regular'],
      ['time ', 'bold'],
      ['means', 'regular'],
    ]);
    expect(lineText(lines[1]!)).toBe('next');
  });

  it('never breaks inside an e-mail address, phone number, time-zone name, amount, duration, time or date', () => {
    const text = 'Write to jonas.weber@kestrel-studio.example or call +49 30 5550 1401 within 2 business hours, 09:00–17:30 Europe/Berlin, for €2,900 per month from 1 January 2027.';
    for (const width of [90, 120, 160, 200, 260, 400]) {
      const lines = breakLines([plain(text)], width, 10, measure).map(lineText).map((line) => line.trim());
      for (const token of ['jonas.weber@kestrel-studio.example', '+49 30 5550 1401', '2 business hours', '09:00–17:30', 'Europe/Berlin', '€2,900', '1 January 2027']) {
        // A token wider than the line may only be cut where nothing else fits; these all fit at every width tried.
        if (token.length * 5 <= width) expect(lines.some((line) => line.includes(token)), `${token} at width ${width}: ${JSON.stringify(lines)}`).toBe(true);
      }
    }
  });

  it('breaks a URL longer than the line only after a slash, and an e-mail address only at its dots or @', () => {
    const url = 'https://support.example/very/long/path/to/the/portal/page';
    const lines = breakLines([plain(url)], 130, 10, measure).map(lineText);
    expect(lines.join('')).toBe(url);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('/')).toBe(true);
    const email = 'first.second.third@subdomain.example.com';
    const emailLines = breakLines([plain(email)], 100, 10, measure).map(lineText);
    expect(emailLines.join('')).toBe(email);
    for (const line of emailLines.slice(1)) expect(/^[.@]/.test(line)).toBe(true);
  });

  it('keeps every character and every line within the width, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 40 }), fc.boolean()), { maxLength: 8 }), fc.integer({ min: 10, max: 300 }), (parts, width) => {
        const runs = parts.map(([text, bold]) => plain(text, bold));
        const lines = breakLines(runs, width, 10, measure);
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(width + 0.01);
        const squash = (text: string) => text.replace(/[ \t\r\n\f\v\u00ad]+/g, '');
        expect(squash(lines.map(lineText).join(''))).toBe(squash(parts.map(([text]) => text).join('')));
      }),
    );
  });
});

describe('table column widths', () => {
  const style = createTheme('a4', undefined).table;
  const cell = (text: string) => ({ runs: [plain(text)], align: 'left' as const });
  const model = (header: string[], rows: string[][]): TableModel => ({ header: header.map(cell), rows: rows.map((row) => row.map(cell)) });

  it('always add up to the available width', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 60 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const widths = columnWidths(model(['A', 'B', 'C'], rows), 400, style, 5, measure);
        expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(400, 5);
        for (const width of widths) expect(width).toBeGreaterThan(0);
      }),
    );
  });

  it('break a long URL at its seams rather than squeeze a prose column to a word a line', () => {
    const url = 'https://support.northwind-automation.example/tickets/new';
    const prose = 'Open every ticket here, with the workflow name, the time the problem started and example inputs; a person answers within the hour.';
    const widths = columnWidths(model(['Channel', 'Severities', 'Staffed', 'How to use it'], [[`Support portal: ${url}`, 'All', 'Around the clock', prose]]), 400, style, 5, measure);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(400, 5);
    // The prose column holds several words a line; the URL column is narrower than the whole URL.
    expect(widths[3]).toBeGreaterThan(120);
    expect(widths[0]).toBeLessThan(measure(url, 'regular', style.size) + 10);
  });

  it('give short columns their full width and wrap the long prose column', () => {
    const long = 'A core function is degraded for many users, or a workaround exists but is costly to operate.';
    const widths = columnWidths(model(['Severity', 'Definition', 'Response'], [['S2 High', long, '1 hour']]), 300, style, 5, measure);
    expect(widths[0]).toBeCloseTo(measure('Severity', 'bold', style.size) + 10, 5);
    expect(widths[2]).toBeCloseTo(measure('Response', 'bold', style.size) + 10, 5);
    expect(widths[1]).toBeGreaterThan(150);
  });
});

describe('table text set smaller', () => {
  const theme = createTheme('a4', undefined);
  const style = theme.table;
  const cell = (text: string) => ({ runs: [plain(text)], align: 'left' as const });
  const model = (header: string[], rows: string[][]): TableModel => ({ header: header.map(cell), rows: rows.map((row) => row.map(cell)) });
  const width = (text: string, size: number) => measure(text, 'regular', size) + 10;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const tiers = ['Essential', 'Standard', 'Plus', 'Premium', 'Enterprise'];

  it('keeps the theme size when the widest words fit', () => {
    const plan = tablePlan(model(['Severity', 'Response'], [['Critical', '30 business minutes']]), 471, style, 5, measure, theme.tableMinimumSize);
    expect(plan.size).toBe(style.size);
  });

  it('sets a table too wide for its kept tokens smaller, so that none is cut', () => {
    const table = model(['', ...tiers], [['Response:', ...tiers.map(() => '30 business minutes')]]);
    expect(6 * width('30 business minutes', style.size)).toBeGreaterThan(471);
    const plan = tablePlan(table, 471, style, 5, measure, theme.tableMinimumSize);
    expect(plan.size).toBeLessThan(style.size);
    expect(plan.size).toBeGreaterThanOrEqual(theme.tableMinimumSize);
    // A tenth of a point: the largest such size.
    expect(Math.round(plan.size * 10)).toBeCloseTo(plan.size * 10, 9);
    expect(sum(plan.widths)).toBeCloseTo(471, 6);
    plan.widths.slice(1).forEach((columnWidth) => expect(columnWidth).toBeGreaterThanOrEqual(width('30 business minutes', plan.size) - 1e-6));
    const larger = plan.size + 0.1;
    expect(sum(plan.widths.map((_, column) => (column === 0 ? width('Response:', larger) : width('30 business minutes', larger))))).toBeGreaterThan(471);
  });

  it('breaks a URL at its seams before it sets the text smaller', () => {
    const url = 'https://portal.example/customers/brightline/service-desk/requests/new';
    const table = model(['Channel', 'Address', 'Hours'], [['Portal', url, 'Every 30 business minutes']]);
    expect(width('Channel', style.size) + width(url, style.size) + width('30 business minutes', style.size)).toBeGreaterThan(300);
    const plan = tablePlan(table, 300, style, 5, measure, theme.tableMinimumSize);
    expect(plan.size).toBe(style.size);
    expect(plan.widths[2]).toBeGreaterThanOrEqual(width('30 business minutes', style.size) - 1e-6);
    const lines = breakLines([plain(url)], (plan.widths[1] ?? 0) - 10, style.size, measure).map(lineText);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('/')).toBe(true);
  });

  it('at the smallest size cuts ordinary words before kept tokens', () => {
    const address = 'leonie.brandt-oppenheimer@brightline-home.example';
    const table = model(['Name', 'Email', 'Email'], [['Unterstützungsvereinbarungsbedingungen', address, address]]);
    const plan = tablePlan(table, 471, style, 5, measure, theme.tableMinimumSize);
    expect(plan.size).toBe(theme.tableMinimumSize);
    expect(plan.widths[1]).toBeGreaterThanOrEqual(width(address, plan.size) - 1e-6);
    expect(plan.widths[0]).toBeLessThan(width('Unterstützungsvereinbarungsbedingungen', plan.size));
    expect(sum(plan.widths)).toBeCloseTo(471, 6);
  });

  it('measures what a column needs: every word, kept tokens whole, URLs by their pieces', () => {
    const widths = contentWidths([plain('Write to jonas.weber@kestrel.example or https://a.example/customers/x today')], 10, measure);
    expect(widths.keep).toBe(measure('jonas.weber@kestrel.example', 'regular', 10));
    expect(widths.minimum).toBe(measure('https://a.example/customers/x', 'regular', 10));
    expect(widths.minimumAtSeams).toBe(measure('jonas.weber@kestrel.example', 'regular', 10));
  });

  it('always fills the width, with the text between the smallest size and the theme size', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 60 }), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const plan = tablePlan(model(['A', 'B', 'C', 'D'], rows), 300, style, 5, measure, theme.tableMinimumSize);
        expect(sum(plan.widths)).toBeCloseTo(300, 5);
        expect(plan.size).toBeGreaterThanOrEqual(theme.tableMinimumSize);
        expect(plan.size).toBeLessThanOrEqual(style.size);
      }),
    );
  });
});

describe('page breaks inside a paragraph', () => {
  const theme = createTheme('a4', undefined);
  const style = theme.body;

  /** Sets `count` lines with room for `room` lines left on the page; returns how many went on each page. */
  function flow(count: number, room: number): number[] {
    const pages: number[] = [];
    class Recording extends Typesetter {
      override drawLine(): void {
        pages[this.pageIndex] = (pages[this.pageIndex] ?? 0) + 1;
      }
    }
    const typesetter = new Recording(dryRunDocument(), theme, measure);
    typesetter.newPage();
    typesetter.y = typesetter.bottom - room * style.leading - 1;
    const line: Line = { segments: [], width: 0 };
    typesetter.flowLines(Array.from({ length: count }, () => line), typesetter.left, style);
    return Array.from(pages, (lines) => lines ?? 0);
  }

  it('leaves at least two lines at the foot and two at the head of a page, and moves a short paragraph whole', () => {
    for (let count = 1; count <= 9; count += 1) {
      for (let room = 1; room <= 10; room += 1) {
        const pages = flow(count, room);
        const context = `${count} lines, room for ${room}: ${JSON.stringify(pages)}`;
        expect(pages.reduce((total, lines) => total + lines, 0), context).toBe(count);
        if (count <= room) expect(pages, context).toEqual([count]);
        else if (count >= 4 && room >= 2) expect(pages, context).toEqual([Math.min(room, count - 2), count - Math.min(room, count - 2)]);
        else expect(pages, context).toEqual([0, count]);
      }
    }
  });
});

describe('resources', () => {
  it('reads the font files once per process', async () => {
    const first = await loadFonts();
    const second = await loadFonts();
    expect(second).toBe(first);
    expect(Object.keys(first).sort()).toEqual(['bold', 'boldItalic', 'italic', 'mono', 'regular']);
  });

  it('loads pdfkit and marked lazily: no module of src/pdf imports them at the top level', () => {
    const directory = new URL('../../src/pdf/', import.meta.url);
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, directory), 'utf8');
      expect(source, file).not.toMatch(/^import (?!type )[^;]*from '(pdfkit|marked|fontkit)'/m);
    }
  });

  it('puts a PNG logo on the first page', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'sla-pdf-'));
    const logo = path.join(directory, 'logo.png');
    writeFileSync(logo, tinyPng());
    const bytes = await markdownToPdf('# T\n\nText.\n', pdfOptions({ logoPath: logo, accentColor: '#0a7' }));
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Subtype \/Image/);
    writeFileSync(path.join(directory, 'logo.txt'), 'not an image');
    await expect(markdownToPdf('# T\n', pdfOptions({ logoPath: path.join(directory, 'logo.txt') }))).rejects.toThrow(/PNG or JPEG/);
  });
});

/** A 2×2 red PNG, built here so the test needs no binary fixture. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

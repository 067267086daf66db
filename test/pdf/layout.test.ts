import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/pdf/fonts.js';
import type { Run } from '../../src/pdf/inline.js';
import { breakLines, type Measure } from '../../src/pdf/line-breaking.js';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { columnWidths, type TableModel } from '../../src/pdf/table.js';
import { createTheme } from '../../src/pdf/theme.js';
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

  it('give short columns their full width and wrap the long prose column', () => {
    const long = 'A core function is degraded for many users, or a workaround exists but is costly to operate.';
    const widths = columnWidths(model(['Severity', 'Definition', 'Response'], [['S2 High', long, '1 hour']]), 300, style, 5, measure);
    expect(widths[0]).toBeCloseTo(measure('Severity', 'bold', style.size) + 10, 5);
    expect(widths[2]).toBeCloseTo(measure('Response', 'bold', style.size) + 10, 5);
    expect(widths[1]).toBeGreaterThan(150);
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

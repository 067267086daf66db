import { beforeAll, describe, expect, it, vi } from 'vitest';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { contractMarkdown, pdfOptions, SOURCE_SHA, TEMPLATE_SHA } from './options.js';
import { normalise, overlaps, readPdf, roles, type ReadPdf } from './read-pdf.js';

describe('markdownToPdf: the sample contract', () => {
  let bytes: Uint8Array;
  let pdf: ReadPdf;

  beforeAll(async () => {
    bytes = await markdownToPdf(contractMarkdown, pdfOptions());
    pdf = await readPdf(bytes);
  });

  it('is a PDF of a sane number of pages', () => {
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    expect(pdf.pages.length).toBeLessThanOrEqual(8);
  });

  it('sets the title block from the first heading, with the subject under it', () => {
    expect(pdf.pages[0]?.text).toMatch(/^Support Agreement — Customer Service Assistant Support agreement between Northwind Automation Ltd and Łódź Logistics/);
  });

  it('numbers the sections and keeps their text', () => {
    for (const heading of ['1. Parties and contacts', '2. Definitions', '3. Services covered', '3.1 Included in support', '13. Signatures']) {
      expect(pdf.text).toContain(heading);
    }
  });

  it('sets names and symbols outside ASCII with the embedded font', () => {
    for (const text of ['Zoë Šimková', 'Łódź Logistics Sp. z o.o.', '€4,750.00', '09:00–17:00', '“Agreement”', 'Jürgen Weiß', 'Mikołaj Wróbel', '24×7']) {
      expect(pdf.text).toContain(text);
    }
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans-Bold/);
  });

  it('turns Markdown escapes into the characters they stand for', () => {
    expect(pdf.text).toContain('NWA-SLA-2026-014');
    expect(pdf.text).not.toContain('\\-');
  });

  it('keeps the cells of every table', () => {
    for (const cell of ['Constitution Day', 'Always open; monitored in business hours', 'Included up to 6 hours a month', 'Revenue-critical workflows', '€9,800']) {
      expect(pdf.text).toContain(cell);
    }
  });

  it('puts "Page X of N" on every page', () => {
    pdf.pages.forEach((page, index) => {
      expect(page.items).toContain(`Page ${index + 1} of ${pdf.pages.length}`);
    });
  });

  it('repeats the title and document version in the running header after the first page', () => {
    expect(pdf.pages[0]?.items).not.toContain('Version 1.3');
    for (const page of pdf.pages.slice(1)) {
      expect(page.items).toContain('Version 1.3');
      expect(page.items).toContain('Support Agreement — Customer Service Assistant');
    }
  });

  it('bookmarks every numbered section, sub-sections under their section', () => {
    const titles = pdf.outline.map((entry) => entry.title);
    expect(titles).toEqual([
      '1. Parties and contacts',
      '2. Definitions',
      '3. Services covered',
      '4. Severity levels and targets',
      '5. Support hours and holidays',
      '6. Channels and escalation',
      '7. Client responsibilities',
      '8. Support versus enhancement',
      '9. Monitoring and reporting',
      '10. Maintenance and planned change',
      '11. Service tiers',
      '12. Review of this Agreement',
      '13. Signatures',
    ]);
    expect(pdf.outline[2]?.children.map((entry) => entry.title)).toEqual(['3.1 Included in support', '3.2 Not included in support']);
  });

  it('sets the signatures table as signature blocks with lines to sign on', () => {
    const last = pdf.pages.at(-1);
    expect(last?.items.filter((item) => item === 'Signature')).toHaveLength(2);
    expect(last?.text).toContain('Northwind Automation Ltd (Provider)');
    expect(last?.text).toContain('Name: Zoë Šimková');
    expect(last?.text).toContain('Title: Head of Customer Operations');
    expect(last?.items.filter((item) => item === 'Date:')).toHaveLength(2);
    // The column headings of the Markdown table are not printed as a table.
    expect(last?.items).not.toContain('Party');
  });

  it('keeps all text inside the margins, with no two pieces of text overlapping', () => {
    for (const page of pdf.pages) {
      for (const box of page.boxes) {
        expect(box.left, box.text).toBeGreaterThanOrEqual(62 - 0.5);
        expect(box.right, box.text).toBeLessThanOrEqual(page.width - 62 + 0.5);
      }
      expect(overlaps(page)).toEqual([]);
    }
  });

  it('never leaves a heading as the last text of a page', () => {
    const headings = new Set(pdf.outline.flatMap((entry) => [entry.title, ...entry.children.map((child) => child.title)]).map(normalise));
    for (const page of pdf.pages) {
      const body = page.items.filter((item) => !/^(Page \d+ of \d+|Ref\. .*|Version .*|Support Agreement — Customer Service Assistant)$/.test(item));
      expect(headings.has(normalise(body.at(-1) ?? ''))).toBe(false);
    }
  });

  it('carries title, author, subject and both source hashes in the metadata', () => {
    expect(pdf.info['Title']).toBe('Support Agreement — Customer Service Assistant');
    expect(pdf.info['Author']).toBe('Northwind Automation Ltd');
    expect(pdf.info['Subject']).toContain('Łódź Logistics');
    expect(pdf.info['Keywords']).toContain(`source-sha256:${SOURCE_SHA}`);
    expect(pdf.info['Keywords']).toContain(`template-sha256:${TEMPLATE_SHA}`);
    expect(pdf.info['Custom']).toMatchObject({ SourceSHA256: SOURCE_SHA, TemplateSHA256: TEMPLATE_SHA, DocumentVersion: '1.3' });
    expect(pdf.info['Language']).toBe('en-GB');
    expect(pdf.xmp?.get('dc:title')).toBe('Support Agreement — Customer Service Assistant');
  });

  it('dates the document from the options, not the clock', () => {
    expect(pdf.info['CreationDate']).toBe("D:20260301090000Z");
    expect(pdf.info['ModDate']).toBe("D:20260301090000Z");
  });

  it('is a tagged PDF with headings, paragraphs, lists and tables in its structure tree', () => {
    expect(pdf.marked).toBe(true);
    const found = new Set(pdf.structure.flatMap((tree) => roles(tree)));
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) {
      expect(found).toContain(role);
    }
  });

  it('has no DRAFT watermark when the agreement is not a draft', () => {
    for (const page of pdf.pages) expect(page.items).not.toContain('DRAFT');
  });

  it('renders the same bytes again, with the fonts parsed by the first document reused', async () => {
    await markdownToPdf('# Another contract\n\nWith `code` and *italic* text.\n', pdfOptions({ title: 'Another' }));
    const again = await markdownToPdf(contractMarkdown, pdfOptions());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is A4 by default', () => {
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
  });
});

describe('markdownToPdf: options', () => {
  it('gives byte-identical output for the same input', async () => {
    const first = await markdownToPdf(contractMarkdown, pdfOptions());
    const second = await markdownToPdf(contractMarkdown, pdfOptions());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('gives the same bytes for a document whether or not other documents were made before it in the process', async () => {
    // Documents share the fonts' per-word glyph runs (fonts.ts); a fresh module graph has no runs cached yet.
    const other = '# Another agreement\n\nDifferent words: quarterly reviews, Łódź, 24 hours, `code`.\n';
    vi.resetModules();
    const fresh = (await import('../../src/pdf/markdown-to-pdf.js')).markdownToPdf;
    const alone = await fresh(contractMarkdown, pdfOptions());
    vi.resetModules();
    const warmed = (await import('../../src/pdf/markdown-to-pdf.js')).markdownToPdf;
    await warmed(other, pdfOptions());
    const after = await warmed(contractMarkdown, pdfOptions());
    expect(Buffer.from(after).equals(Buffer.from(alone))).toBe(true);
  });

  it('changes the document ID when the contract text changes, even with the same metadata', async () => {
    const id = (bytes: Uint8Array) => /\/ID \[<([0-9a-f]+)>/.exec(new TextDecoder('latin1').decode(bytes))?.[1];
    const first = id(await markdownToPdf('# Agreement\n\nOne.\n', pdfOptions()));
    const second = id(await markdownToPdf('# Agreement\n\nTwo.\n', pdfOptions()));
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).not.toBe(first);
  });

  it('puts a DRAFT watermark on every page of a draft', async () => {
    const pdf = await readPdf(await markdownToPdf(contractMarkdown, pdfOptions({ draft: true })));
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) {
      expect(page.items).toContain('DRAFT');
      expect(page.boxes.find((box) => box.text === 'DRAFT')?.rotated).toBe(true);
    }
    expect(pdf.pages[0]?.text).toContain('Draft, not for signature');
  });

  it('sets US Letter pages when asked', async () => {
    const pdf = await readPdf(await markdownToPdf(contractMarkdown, pdfOptions({ paper: 'letter' })));
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(612, 1);
      expect(page.height).toBeCloseTo(792, 1);
    }
    expect(pdf.text).toContain('13. Signatures');
  });

  it('escapes title and author in the XMP packet', async () => {
    const pdf = await readPdf(await markdownToPdf('# T\n', pdfOptions({ title: 'Smith & Jones <Ltd>', author: 'A "quoted" & co' })));
    expect(pdf.xmp?.get('dc:title')).toBe('Smith & Jones <Ltd>');
    expect(pdf.info['Title']).toBe('Smith & Jones <Ltd>');
  });

  it('rejects options that would make an untraceable or unreadable document', async () => {
    await expect(markdownToPdf('# T\n', pdfOptions({ sourceSha256: 'abc' }))).rejects.toThrow(/sourceSha256/);
    await expect(markdownToPdf('# T\n', pdfOptions({ creationDate: new Date(Number.NaN) }))).rejects.toThrow(/creationDate/);
    await expect(markdownToPdf('# T\n', pdfOptions({ accentColor: 'teal' }))).rejects.toThrow(/accent colour/);
    await expect(markdownToPdf('# T\n', pdfOptions({ paper: 'a3' as 'a4' }))).rejects.toThrow(/paper/);
    await expect(markdownToPdf('# T\n', pdfOptions({ language: 'english please' }))).rejects.toThrow(/language/);
  });

  it('shows the document version under the title when there is no subject', async () => {
    const pdf = await readPdf(await markdownToPdf('# Agreement\n\nText.\n', pdfOptions({ subject: undefined })));
    expect(pdf.pages[0]?.items.slice(0, 2)).toEqual(['Agreement', 'Document version 1.3']);
  });

  it('uses the title option when the Markdown has no level-1 heading', async () => {
    const pdf = await readPdf(await markdownToPdf('## Scope\n\nText.\n', pdfOptions({ title: 'Fallback Title' })));
    expect(pdf.pages[0]?.items[0]).toBe('Fallback Title');
    expect(pdf.outline.map((entry) => entry.title)).toEqual(['1. Scope']);
  });
});

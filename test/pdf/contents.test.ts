import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { markdownToPdf, type PdfOptions } from '../../src/pdf/markdown-to-pdf.js';
import { pdfOptions } from './options.js';
import { normalise, readPdf, roles, type ReadPdf } from './read-pdf.js';

const PROSE = 'The Provider keeps the workflow running and answers requests through the agreed channels. '.repeat(14);

/** A contract of `sections` sections, each a heading and `paragraphs` paragraphs of prose. */
function contract(sections: number, paragraphs: number): string {
  const body = Array.from({ length: sections }, (_, index) => [`## Section title ${index + 1}`, ...Array.from({ length: paragraphs }, () => PROSE)].join('\n\n'));
  return ['# Support Agreement', '- **Status:** Active', ...body].join('\n\n');
}

/** The page (1-based) each section heading is set on: the item that starts with its number and title. */
function headingPages(pdf: ReadPdf): number[] {
  return pdf.outline.map((entry) => {
    const start = entry.title.split(' ').slice(0, 4).join(' ');
    return pdf.pages.findIndex((page) => page.items.some((item) => normalise(item).startsWith(start))) + 1;
  });
}

const render = (markdown: string, overrides: Partial<PdfOptions> = {}) => markdownToPdf(markdown, pdfOptions(overrides));

/** The pages (1-based) the link annotations of page 1 lead to, in order. */
async function contentsLinkTargets(bytes: Uint8Array): Promise<number[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const annotations = await (await pdf.getPage(1)).getAnnotations();
    const targets: number[] = [];
    for (const annotation of annotations) {
      if (annotation.subtype !== 'Link' || !annotation.dest) continue;
      const destination = typeof annotation.dest === 'string' ? await pdf.getDestination(annotation.dest) : annotation.dest;
      targets.push((await pdf.getPageIndex(destination![0])) + 1);
    }
    return targets;
  } finally {
    await pdf.destroy();
  }
}

describe('the table of contents', () => {
  it('lists every section of a long contract with the page it starts on, matching the outline, each a link there', async () => {
    const bytes = await render(contract(8, 3));
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(4);
    const first = pdf.pages[0]!;
    expect(first.items).toContain('Contents');
    // Each section starts on the page its heading is set on; the contents line says that page.
    const starts = headingPages(pdf);
    expect(pdf.outline.map((entry) => entry.title)).toEqual(Array.from({ length: 8 }, (_, index) => `${index + 1}. Section title ${index + 1}`));
    const lines = first.text;
    pdf.outline.forEach((entry, index) => {
      const title = entry.title.replace(/^\d+\.\s*/, '');
      expect(lines).toContain(`${index + 1}. ${title} ${starts[index]}`);
    });
    expect(await contentsLinkTargets(bytes)).toEqual(starts);
    // Tagged as a table of contents: a TOC with one TOCI per section.
    const found = roles(pdf.structure[0]);
    expect(found).toContain('TOC');
    expect(found.filter((role) => role === 'TOCI')).toHaveLength(8);
  });

  it('is left out of a short contract, and follows the author’s choice when told', async () => {
    const short = contract(3, 1);
    expect((await readPdf(await render(short))).pages[0]!.items).not.toContain('Contents');
    expect((await readPdf(await render(short, { tableOfContents: true }))).pages[0]!.items).toContain('Contents');
    expect((await readPdf(await render(contract(8, 3), { tableOfContents: false }))).pages[0]!.items).not.toContain('Contents');
  });

  it('refuses a value that is not true, false or "auto"', async () => {
    await expect(render(contract(2, 1), { tableOfContents: 'yes' as never })).rejects.toThrow(TypeError);
  });

  it('does not move the body: every section starts on the page the contents says, however long the titles', async () => {
    const long = contract(9, 2).replace(/Section title (\d+)/g, (_, n: string) => `Section title ${n} ${'with a title long enough to wrap onto a second line of the contents '.repeat(Number(n) % 2)}`);
    const bytes = await render(long);
    const pdf = await readPdf(bytes);
    const starts = headingPages(pdf);
    expect(starts.every((page) => page > 0)).toBe(true);
    expect(await contentsLinkTargets(bytes)).toEqual(starts);
  });
});

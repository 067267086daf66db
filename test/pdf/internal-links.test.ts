import type { Tokens } from 'marked';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingAnchors, headingText } from '../../src/pdf/anchors.js';
import { markdownToPdf, type PdfOptions } from '../../src/pdf/markdown-to-pdf.js';
import { pdfOptions } from './options.js';
import { normalise, readPdf, roles, type ReadPdf, type StructNode } from './read-pdf.js';

const PROSE = 'The Provider keeps the workflow running and answers requests through the agreed channels. '.repeat(14);
const prose = (paragraphs: number) => Array.from({ length: paragraphs }, () => PROSE);

/**
 * A contract whose first page links forward to headings several pages on: a numbered heading, the second of two
 * "Notes" headings, a heading beyond ASCII (once as written, once percent-encoded), a heading the typesetter numbers
 * itself, the title, a fragment that names no heading, and a scheme that is never followed.
 */
const MARKDOWN = [
  '# Support Agreement',
  '- **Status:** Active',
  [
    'See [section 7](#7-channels-and-escalation) for channels, [the fee notes](#notes-1) for fees,',
    '[the office](#5-łódź-office) or [the office again](#5-%C5%82%C3%B3d%C5%BA-office), [the term](#term),',
    '[the drawn label](#1-term), [nowhere](#no-such-section), [the top](#support-agreement),',
    '[the portal](https://support.example/x) and [a script](javascript:alert(1)).',
  ].join('\n'),
  '## 1. Scope',
  ...prose(2),
  '### Notes',
  ...prose(1),
  '## 2. Fees',
  ...prose(3),
  '### Notes',
  'Fee notes. [Back to scope](#1-scope).',
  ...prose(2),
  '## 3. Service hours',
  ...prose(3),
  '## 4. Response times',
  ...prose(3),
  '## 5. Łódź office',
  ...prose(2),
  '## 6. Reporting',
  ...prose(3),
  '## 7. Channels and escalation',
  ...prose(2),
  '## Term',
  ...prose(1),
].join('\n\n');

interface LinkAnnotation {
  readonly text: string;
  /** 1-based page the link is on. */
  readonly page: number;
  readonly url?: string;
  /** The named destination, as written in the annotation. */
  readonly name?: string;
  /** 1-based page the destination is on, and the top of the view it opens (PDF points from the page's foot). */
  readonly target?: { page: number; top: number };
}

/** Every link annotation of the document, with the page each named destination resolves to. */
async function linkAnnotations(bytes: Uint8Array): Promise<LinkAnnotation[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const found: LinkAnnotation[] = [];
    for (let page = 1; page <= pdf.numPages; page += 1) {
      for (const annotation of await (await pdf.getPage(page)).getAnnotations()) {
        if (annotation.subtype !== 'Link') continue;
        const text = (annotation.contentsObj as { str?: string } | undefined)?.str ?? '';
        if (annotation.url) {
          found.push({ text, page, url: annotation.url as string });
          continue;
        }
        const name = typeof annotation.dest === 'string' ? annotation.dest : undefined;
        const destination = name === undefined ? annotation.dest : await pdf.getDestination(name);
        const target = destination ? { page: (await pdf.getPageIndex(destination[0])) + 1, top: destination[3] as number } : undefined;
        found.push({ text, page, ...(name !== undefined && { name }), ...(target && { target }) });
      }
    }
    return found;
  } finally {
    await pdf.destroy();
  }
}

/** The pages (1-based) on which a heading drawn as `label` is set, and the top of its text there. */
function headingPlaces(pdf: ReadPdf, label: string): { page: number; top: number }[] {
  return pdf.pages.flatMap((page, index) => page.boxes.filter((box) => normalise(box.text) === label && box.bold).map((box) => ({ page: index + 1, top: box.top })));
}

/** A page's text as read, without the space pdf.js puts between a link's text and the comma after it. */
const readText = (pdf: ReadPdf, page: number) => pdf.pages[page - 1]!.text.replace(/ ([,.])/g, '$1');

/** The names of the document's named destinations, in the order the name tree lists them. */
function destinationNames(bytes: Uint8Array): string[] {
  const source = Buffer.from(bytes).toString('latin1');
  const tree = /\/Dests <<[\s\S]*?\/Names \[([\s\S]*?)\]\n>>/.exec(source)?.[1] ?? '';
  return [...tree.matchAll(/^\s*\(((?:\\.|[^\\)])*)\)/gm)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
}

const render = (markdown: string, overrides: Partial<PdfOptions> = {}) => markdownToPdf(markdown, pdfOptions(overrides));

describe('links to the document’s own headings', () => {
  let bytes: Uint8Array;
  let pdf: ReadPdf;
  let links: LinkAnnotation[];
  beforeAll(async () => {
    bytes = await render(MARKDOWN);
    pdf = await readPdf(bytes);
    links = await linkAnnotations(bytes);
  });
  const link = (text: string) => links.filter((found) => found.text === text);
  const only = (text: string) => {
    const found = link(text);
    expect(found, text).toHaveLength(1);
    return found[0]!;
  };

  it('go forward from the first page to the page of the heading the fragment names', () => {
    expect(pdf.pages.length).toBeGreaterThan(6);
    const [channels] = headingPlaces(pdf, '7. Channels and escalation');
    expect(channels!.page).toBeGreaterThan(4);
    const section = only('section 7');
    expect(section.page).toBe(1);
    expect(section.name).toBe('7-channels-and-escalation');
    expect(section.target?.page).toBe(channels!.page);
    // The view opens just above the heading's text.
    expect(section.target!.top).toBeGreaterThanOrEqual(channels!.top);
    expect(section.target!.top - channels!.top).toBeLessThan(30);
  });

  it('tell apart headings with the same text as GitHub does: the second "Notes" is #notes-1', () => {
    // Under an author-numbered "## 1. Scope" the typesetter does not number "### Notes": both read "Notes".
    const [notes, feeNotes, ...others] = headingPlaces(pdf, 'Notes').map((place) => [place]);
    expect(others).toEqual([]);
    expect(feeNotes![0]!.page).toBeGreaterThan(notes![0]!.page);
    const fees = only('the fee notes');
    expect(fees.name).toBe('notes-1');
    expect(fees.target).toEqual({ page: feeNotes![0]!.page, top: expect.any(Number) });
    expect(fees.target!.top - feeNotes![0]!.top).toBeLessThan(30);
    expect(fees.target!.top).toBeGreaterThanOrEqual(feeNotes![0]!.top);
    // And back: a link from a later page to an earlier heading.
    const back = only('Back to scope');
    expect(back.page).toBe(feeNotes![0]!.page);
    expect(back.target?.page).toBe(headingPlaces(pdf, '1. Scope')[0]!.page);
  });

  it('name a heading beyond ASCII by its slug, written as is or percent-encoded', () => {
    const office = headingPlaces(pdf, '5. Łódź office')[0]!;
    for (const text of ['the office', 'the office again']) {
      expect(only(text).name, text).toBe('5-łódź-office');
      expect(only(text).target?.page, text).toBe(office.page);
    }
  });

  it('slug the heading as the Markdown writes it, not the number the PDF adds to it', () => {
    // "## Term" is drawn with a number the typesetter gives it ("1. Term": it counts only the headings it numbers
    // itself). GitHub, reading the Markdown, calls it #term; the drawn label's slug, #1-term, names nothing.
    const term = headingPlaces(pdf, '1. Term')[0]!;
    expect(only('the term').target?.page).toBe(term.page);
    expect(link('the drawn label')).toEqual([]);
    expect(only('the top').target?.page).toBe(1);
  });

  it('leave a fragment that names no heading as plain text, and never follow other schemes', () => {
    expect(link('nowhere')).toEqual([]);
    expect(link('a script')).toEqual([]);
    expect(readText(pdf, 1)).toContain('the drawn label, nowhere, the top, the portal and a script.');
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('javascript');
    expect(only('the portal').url).toBe('https://support.example/x');
    // Every link that goes somewhere in the document resolves to a page.
    for (const found of links.filter((candidate) => !candidate.url)) expect(found.target, found.text).toBeDefined();
  });

  it('keep their words, whether they lead somewhere or not', () => {
    expect(readText(pdf, 1)).toContain('See section 7 for channels, the fee notes for fees, the office or the office again, the term,');
  });

  it('are Link elements in the structure tree, each holding its annotation', () => {
    const first = pdf.structure[0];
    const linkNodes = nodes(first, 'Link');
    // The table of contents' entries and the body's links on page 1 (a link set on two lines is two pieces).
    const withAnnotation = linkNodes.filter((node) => (node.children ?? []).some((child) => child.type === 'object'));
    expect(withAnnotation.length).toBe(linkNodes.length);
    // One per annotation of the page: the contents' entries and the body's links; none for the links not drawn.
    expect(linkNodes.length).toBe(links.filter((found) => found.page === 1).length);
    expect(roles(first)).toEqual(expect.arrayContaining(['TOC', 'TOCI', 'P', 'Link']));
  });

  it('give every heading a destination named by its slug, besides the section-N names of the contents', () => {
    const names = destinationNames(bytes);
    expect(names).toEqual(
      expect.arrayContaining(['support-agreement', '1-scope', 'notes', '2-fees', 'notes-1', '7-channels-and-escalation', 'term', 'section-1', 'section-8']),
    );
    // A name tree lists its names in the order of their bytes (here all but one are ASCII; "5-łódź-office" is
    // UTF-16 after a byte-order mark, so last).
    expect(names.at(-1)).toMatch(/^\xfe\xff/);
    const ascii = names.slice(0, -1);
    expect(ascii).toEqual([...ascii].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('are listed by their bytes, not by the locale: "a1" before "a_b"', async () => {
    const names = destinationNames(await render('# T\n\n## a_b\n\n## a1\n\n## Ärger\n\n## b\n'));
    expect(names.filter((name) => !name.startsWith('section-'))).toEqual(['a1', 'a_b', 'b', 't', '\xfe\xff\x00\xe4\x00r\x00g\x00e\x00r']);
  });

  it('come out as the same bytes on every run', async () => {
    expect(Buffer.from(await render(MARKDOWN)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('heading anchors', () => {
  const lex = async (markdown: string) => new (await import('marked')).Marked({ gfm: true }).lexer(markdown);

  it('are the GitHub slugs of every heading in document order, quotes and list items included', async () => {
    const tokens = await lex('# Title\n\n## Notes\n\n> ## Notes\n\n- ## Notes\n\n## Notes 1\n\n## !!!\n\nSetext\n---\n');
    const anchors = headingAnchors(tokens);
    expect([...anchors.of.values()]).toEqual(['title', 'notes', 'notes-1', 'notes-2', 'notes-1-1', 'setext']);
  });

  it('read the heading as GitHub does: markup, images and HTML tags add nothing, entities are decoded', async () => {
    const tokens = await lex('## **Fees** &amp; `code` <b>x</b> ![logo](a.png) [link](#y)  end\n');
    expect(headingText((tokens[0] as Tokens.Heading).tokens)).toBe('Fees & code x  link  end');
    expect([...headingAnchors(tokens).names]).toEqual(['fees--code-x--link--end']);
  });
});

describe('the table of contents beside heading slugs', () => {
  it('still links each entry to its section when a heading’s slug is itself a section-N name', async () => {
    // "Section 2" has the slug section-2, which would otherwise be the contents' name for the second section.
    const markdown = ['# T', 'See [the second heading](#section-2).', '## Section 2', ...prose(4), '## Other', ...prose(4), '## Last', ...prose(2)].join('\n\n');
    const bytes = await render(markdown, { tableOfContents: true });
    const pdf = await readPdf(bytes);
    const links = await linkAnnotations(bytes);
    const pageOf = (label: string) => headingPlaces(pdf, label)[0]!.page;
    const starts = [pageOf('1. Section 2'), pageOf('2. Other'), pageOf('3. Last')];
    expect(new Set(starts).size).toBe(3);
    const contents = links.filter((found) => found.page === 1 && !found.text);
    expect(contents.map((found) => found.target?.page)).toEqual(starts);
    expect(links.find((found) => found.text === 'the second heading')?.target?.page).toBe(starts[0]);
  });
});

function nodes(node: StructNode | null | undefined, role: string): StructNode[] {
  if (!node) return [];
  return [...(node.role === role ? [node] : []), ...(node.children ?? []).flatMap((child) => nodes(child, role))];
}

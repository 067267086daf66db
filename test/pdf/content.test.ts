import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { pdfOptions } from './options.js';
import { overlaps, readPdf, roles } from './read-pdf.js';

const render = async (markdown: string, overrides = {}) => readPdf(await markdownToPdf(markdown, pdfOptions(overrides)));

describe('Markdown content in the PDF', () => {
  it('shows escaped Markdown and entities as the plain characters', async () => {
    const pdf = await render(
      [
        '# Smith \\| Jones \\*Ltd\\*',
        '',
        '\\# not a heading, a \\| pipe, \\*not italic\\* and \\_not\\_ either',
        '',
        'Entities: &lt;b&gt; &amp; &quot;x&quot; &#8364; &#x141;ódź &euro; &nbsp;end',
        '',
        '| Client | Note |',
        '| --- | --- |',
        '| Smith \\| Jones | a &lt;script&gt; tag |',
      ].join('\n'),
    );
    expect(pdf.pages[0]?.items[0]).toBe('Smith | Jones *Ltd*');
    expect(pdf.text).toContain('# not a heading, a | pipe, *not italic* and _not_ either');
    expect(pdf.text).toContain('Entities: <b> & "x" € Łódź €');
    expect(pdf.text).toContain('Smith | Jones');
    expect(pdf.text).toContain('a <script> tag');
    expect(pdf.outline).toEqual([]);
  });

  it('never interprets raw HTML: it is shown as text, and comments are dropped', async () => {
    const pdf = await render('# T\n\n<!-- markdownlint-disable MD013 -->\n\nBefore <b>bold?</b> after <!-- hidden -->.\n\n<div>block</div>\n');
    expect(pdf.text).toContain('Before <b>bold?</b> after .');
    expect(pdf.text).toContain('<div>block</div>');
    expect(pdf.text).not.toContain('markdownlint');
    expect(pdf.text).not.toContain('hidden');
  });

  it('keeps code spans literal', async () => {
    const pdf = await render('# T\n\nRun `sla render --paper a4 &lt;file&gt;` now.\n');
    expect(pdf.text).toContain('sla render --paper a4 &lt;file&gt;');
  });

  it('numbers nested ordered lists from their start and marks bullets', async () => {
    const pdf = await render('# T\n\n3. third\n4. fourth\n   - nested bullet\n     1. deeper\n');
    expect(pdf.text).toContain('3. third 4. fourth – nested bullet');
    expect(pdf.text).toContain('1. deeper');
  });

  it('keeps the words of a link and does not link unsafe schemes', async () => {
    const bytes = await markdownToPdf('# T\n\nSee [the portal](https://support.example/x) or [this](javascript:alert(1)).\n', pdfOptions());
    const pdf = await readPdf(bytes);
    expect(pdf.text).toContain('See the portal or this.');
    const source = new TextDecoder('latin1').decode(bytes);
    expect(source).not.toContain('javascript');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const annotations = await (await document.getPage(1)).getAnnotations();
    expect(annotations.map((annotation) => [annotation.subtype, annotation.url])).toEqual([['Link', 'https://support.example/x']]);
    await document.destroy();
    // The link is a Link element in the structure tree, inside its paragraph.
    expect(roles(pdf.structure[0])).toEqual(expect.arrayContaining(['P', 'Link']));
  });

  it('numbers three levels deep and never invents a number for a skipped level', async () => {
    const pdf = await render('# T\n\n#### Orphan\n\n## Fees\n\n### Rates\n\n#### Hourly\n\n##### Detail\n\n## Term\n');
    expect(pdf.outline.map((entry) => entry.title)).toEqual(['Orphan', '1. Fees', '2. Term']);
    expect(pdf.outline[1]?.children.map((entry) => entry.title)).toEqual(['1.1 Rates']);
    expect(pdf.outline[1]?.children[0]?.children.map((entry) => entry.title)).toEqual(['1.1.1 Hourly']);
    expect(pdf.text).toContain('Detail');
    expect(pdf.text).not.toMatch(/\b0\.\d/);
  });

  it('leaves out heading numbers the author already wrote', async () => {
    const pdf = await render('# T\n\n## 4. Fees\n\n### 4.1 Rates\n');
    expect(pdf.outline.map((entry) => entry.title)).toEqual(['4. Fees']);
    expect(pdf.outline[0]?.children.map((entry) => entry.title)).toEqual(['4.1 Rates']);
  });
});

describe('long tables', () => {
  const rows = Array.from({ length: 90 }, (_, index) => `| Row ${index + 1} | ${'Lorem ipsum dolor sit amet. '.repeat((index % 4) + 1).trim()} | ${index % 2 ? 'Yes' : 'No'} |`);
  const markdown = ['# T', '', 'Intro.', '', '| Key | Description | Flag |', '| --- | --- | ---: |', ...rows].join('\n');

  it('repeat the header row at the top of every page the table continues on', async () => {
    const pdf = await render(markdown);
    expect(pdf.pages.length).toBeGreaterThan(2);
    for (const page of pdf.pages.slice(1)) {
      const body = page.items.filter((item) => !/^(Page \d+ of \d+|Ref\. .*|Version .*|Support Agreement — .*)$/.test(item));
      expect(body.slice(0, 3)).toEqual(['Key', 'Description', 'Flag']);
    }
    // Every row is there exactly once: repeated headers, not repeated rows.
    for (let index = 1; index <= 90; index += 1) {
      expect(pdf.pages.flatMap((page) => page.items).filter((item) => item === `Row ${index}`)).toHaveLength(1);
    }
  });

  it('never leave their last row alone on a page, nor a header with a single row at the foot of one', async () => {
    const rows = 16;
    const sections = Array.from({ length: 24 }, (_, table) => [
      'Filler line of text to move the next table down the page a little at a time. '.repeat((table % 9) + 1),
      `| Table ${table} | Value |\n| --- | --- |\n${Array.from({ length: rows }, (_, row) => `| T${table} row ${row + 1} | x |`).join('\n')}`,
    ]);
    const pdf = await render(['# T', ...sections.flat()].join('\n\n'));
    let broken = 0;
    for (let table = 0; table < 24; table += 1) {
      const pageOf = (row: number) => pdf.pages.findIndex((page) => page.items.includes(`T${table} row ${row}`));
      if (pageOf(1) !== pageOf(rows)) broken += 1;
      expect(pageOf(rows - 1), `table ${table}`).toBe(pageOf(rows));
      expect(pageOf(1), `table ${table}`).toBe(pageOf(2));
    }
    // The document is long enough that some tables do break across pages.
    expect(broken).toBeGreaterThan(0);
  });

  it('keep a heading, its short lead-in and the start of what it introduces on one page', async () => {
    const sections = Array.from({ length: 30 }, (_, index) => [
      'Filler line of text to move the next section down the page a little at a time. '.repeat((index % 9) + 1),
      `## Section ${index}`,
      `Lead ${index} introduces what follows.`,
      index % 2 ? `### Sub ${index}` : `- Item ${index} one\n- Item ${index} two`,
      index % 2 ? `First line of sub ${index}.` : '',
    ]);
    // Without a table of contents, whose entries would name the headings too.
    const pdf = await render(['# T', ...sections.flat()].join('\n\n'), { tableOfContents: false });
    for (let index = 0; index < 30; index += 1) {
      const pageOf = (text: string) => pdf.pages.findIndex((page) => page.items.some((item) => new RegExp(`${text}(?!\\d)`).test(item)));
      const after = index % 2 ? `Sub ${index}` : `Item ${index} one`;
      expect(pageOf(`Section ${index}`), `section ${index}`).toBe(pageOf(`Lead ${index} introduces`));
      expect(pageOf(`Lead ${index} introduces`), `section ${index}`).toBe(pageOf(after));
    }
    expect(pdf.pages.length).toBeGreaterThan(3);
  });

  it('keep a short table whole on one page', async () => {
    const sections = Array.from({ length: 30 }, (_, table) => [
      'Filler line of text to move the next table down the page a little at a time. '.repeat((table % 9) + 1),
      `| Table ${table} | Value |\n| --- | --- |\n${Array.from({ length: 5 }, (_, row) => `| T${table} row ${row + 1} | x |`).join('\n')}`,
    ]);
    const pdf = await render(['# T', ...sections.flat()].join('\n\n'));
    for (let table = 0; table < 30; table += 1) {
      const pageOf = (row: number) => pdf.pages.findIndex((page) => page.items.includes(`T${table} row ${row}`));
      expect(pageOf(1), `table ${table}`).toBe(pageOf(5));
    }
  });

  it('fit the page width however wide their content', async () => {
    const wide = `| ${Array.from({ length: 9 }, (_, index) => `Column${index}`).join(' | ')} |\n|${' --- |'.repeat(9)}\n| ${'https://very-long-url.example/with/a/path/that/never/ends/'.repeat(2)} |${' x |'.repeat(8)}`;
    const bytes = await markdownToPdf(`# T\n\n${wide}\n`, pdfOptions());
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const page = await document.getPage(1);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const right = item.transform[4] + item.width;
      expect(right).toBeLessThanOrEqual(595.28 - 62 + 0.5);
    }
    await document.destroy();
  });
});

describe('page breaks', () => {
  // Sections of growing length push each heading to a different height on the page, so some of them land
  // near a page foot; none may be left there without what it introduces.
  const filler = (lines: number) => 'The Provider keeps the workflow running as agreed in this section. '.repeat(lines);
  const markdown = [
    '# Agreement',
    ...Array.from({ length: 14 }, (_, index) => [
      filler(index * 2 + 1),
      `## Section heading ${index + 1}`,
      'The parties agree as follows:',
      index % 2 ? '| Party | Name | Title | Signature | Date |\n| --- | --- | --- | --- | --- |\n| Provider Ltd | A. Person | Director | | |\n| Client AG | B. Person | Manager | | |' : '- first point\n- second point\n- third point',
    ]).flat(),
  ].join('\n\n');

  it('keep every heading and introducing paragraph with the block they lead into', async () => {
    const pdf = await render(markdown);
    expect(pdf.pages.length).toBeGreaterThan(3);
    for (const page of pdf.pages) {
      const body = page.items.filter((item) => !/^(Page \d+ of \d+|Ref\. .*|Version .*|Support Agreement — .*)$/.test(item));
      const last = body.at(-1) ?? '';
      expect(last).not.toMatch(/^\d+\.\s+Section heading/);
      expect(last).not.toBe('The parties agree as follows:');
    }
  });

  it('keep every column of the signatures table, however long its name', async () => {
    const pdf = await render('# T\n\n| Party | Name | Place of signing | Signature | Date |\n| --- | --- | --- | --- | --- |\n| Provider Ltd | Ann Example | Kraków | | |\n| Client AG | Bob Example | | | |\n');
    expect(pdf.text).toContain('Place of signing: Kraków');
    expect(pdf.pages[0]?.items.filter((item) => item === 'Place of signing:')).toHaveLength(2);
    expect(overlaps(pdf.pages[0]!)).toEqual([]);
  });

  it('leave at least 15 mm to sign in, above a line captioned Signature', async () => {
    const pdf = await render('# T\n\n| Party | Name | Title | Signature | Date | Place |\n| --- | --- | --- | --- | --- | --- |\n| Provider Ltd (Provider) | Ann | CEO | | | |\n| Client AG (Client) | Bob | CTO | | | Berlin |\n');
    const page = pdf.pages[0]!;
    const party = page.boxes.find((box) => box.text === 'Provider Ltd (Provider)')!;
    const caption = page.boxes.find((box) => box.text === 'Signature')!;
    // From the foot of the party's name to the top of the caption under the line, in millimetres.
    expect(((party.bottom - caption.top) * 25.4) / 72).toBeGreaterThanOrEqual(15);
    expect(page.items.filter((item) => item === 'Place:')).toHaveLength(2);
    expect(page.text).toContain('Place: Berlin');
  });

  it('line up the signature lines of blocks set side by side', async () => {
    const bytes = await markdownToPdf(
      '# T\n\n| Party | Name | Signature |\n| --- | --- | --- |\n| A party whose name is long enough to wrap onto a second line (Provider) | Ann | |\n| Short (Client) | Bob | |\n',
      pdfOptions(),
    );
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const content = await (await document.getPage(1)).getTextContent();
    const captions = content.items.filter((item) => 'str' in item && item.str === 'Signature');
    expect(captions).toHaveLength(2);
    const [left, right] = captions.map((item) => ('transform' in item ? item.transform[5] : 0));
    expect(left).toBeCloseTo(right ?? 0, 3);
    await document.destroy();
  });
});

describe('any Markdown', () => {
  const pieces = fc.constantFrom(
    '# Title', '## Section', '### Sub', '###### Deep', 'Plain *em* **strong** `code` text.', '- item', '  - nested', '1. first', '> quote',
    '```', 'code line', '| a | b |', '| --- | --- |', '| 1 | 2 |', '<div>html</div>', '<!-- comment -->', '&amp; &#0; &bogus;', '\\| \\*',
    '---', '', 'Zoë Łódź € – “”', 'averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword', '- [x] task', '![alt](x.png)',
  );

  it('always gives a readable PDF', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 30 }), async (lines) => {
        const pdf = await render(lines.join('\n'));
        expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
        pdf.pages.forEach((page, index) => {
          expect(page.items).toContain(`Page ${index + 1} of ${pdf.pages.length}`);
          expect(overlaps(page)).toEqual([]);
          for (const box of page.boxes) expect(box.right).toBeLessThanOrEqual(page.width - 62 + 0.5);
        });
      }),
      { numRuns: 15 },
    );
  });
});

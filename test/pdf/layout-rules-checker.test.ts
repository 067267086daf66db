// Tests of the layout checker itself (test/pdf/layout-rules.ts): on hand-made pages (fake `ReadPdf`s placed
// with the theme's real metrics), where each defect can be built exactly, and on small PDFs from the real
// typesetter, for what the checker reads from real pages and for defects no typesetter can avoid.
import { describe, expect, it } from 'vitest';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { PAPER_SIZES } from '../../src/pdf/theme.js';
import {
  analyse,
  checkLayout,
  formatViolation,
  pageTables,
  paragraphGroups,
  sourceBlocks,
  sourceTokens,
  themeMetrics,
  titleLines,
  type LayoutRule,
  type Violation,
} from './layout-rules.js';
import { pdfOptions } from './options.js';
import { normalise, readPdf, type PdfPage, type ReadPdf, type TextBox } from './read-pdf.js';

// ---------------------------------------------------------------------------------------------------------
// Hand-made pages.

const A4 = PAPER_SIZES.a4;
const metrics = themeMetrics(A4);
const LEFT = 62;
/** Baseline of the first body line on a page, as the typesetter places it (top margin + the line's ascent). */
const TOP = 78.5;
const BODY = metrics.body.leading;
const PARAGRAPH_GAP = 7;
const ROW = metrics.table.leading + metrics.table.rowGap;
const BOTTOM = A4.height - metrics.margin.bottom;

interface FakeText {
  readonly text: string;
  /** Baseline, from the top of the page. */
  readonly y: number;
  readonly x?: number;
  readonly size?: number;
  readonly bold?: boolean;
  /** Defaults to an estimate from the text's length. */
  readonly width?: number;
}

const widthOf = (text: string, size: number) => [...text].length * size * 0.52;

function fakePdf(pages: readonly (readonly FakeText[])[]): ReadPdf {
  const built: PdfPage[] = pages.map((texts) => {
    const boxes: TextBox[] = texts.map((item) => {
      const size = item.size ?? metrics.body.size;
      const left = item.x ?? LEFT;
      const baseline = A4.height - item.y;
      return {
        text: item.text,
        left,
        right: left + (item.width ?? widthOf(item.text, size)),
        bottom: baseline - size * 0.2,
        top: baseline + size * 0.8,
        rotated: false,
        baseline,
        size,
        font: item.bold ? 'DejaVuSans-Bold' : 'DejaVuSans',
        bold: item.bold ?? false,
        italic: false,
      };
    });
    return { items: texts.map((item) => item.text), boxes, text: normalise(texts.map((item) => item.text).join(' ')), width: A4.width, height: A4.height };
  });
  return { pages: built, text: normalise(built.map((page) => page.text).join(' ')), outline: [], info: {}, xmp: null, marked: true, structure: [] };
}

/** Body lines of one paragraph from `y` down, one leading apart. */
const lines = (texts: readonly string[], y: number, x = LEFT): FakeText[] => texts.map((text, index) => ({ text, y: y + index * BODY, x }));
/** The last `count` baselines that fit on a page, top first. */
const foot = (count: number) => Array.from({ length: count }, (_, index) => BOTTOM - 4 - (count - 1 - index) * BODY);
const filler = (count: number, y = TOP) => lines(Array.from({ length: count }, (_, index) => `Filler line ${index + 1} of an earlier paragraph.`), y);

const rules = (found: readonly Violation[], rule: LayoutRule) => found.filter((violation) => violation.rule === rule);

describe('headingAtFoot', () => {
  const zoneTop = BOTTOM - 0.15 * (BOTTOM - metrics.margin.top);

  it('reports a heading in the last 15 % of the page with nothing after it', () => {
    const pdf = fakePdf([[...filler(3), { text: '4. Scope of support', y: zoneTop + 20, size: 13, bold: true }], filler(2)]);
    const found = checkLayout(pdf, { rules: ['headingAtFoot'] });
    expect(found.map(formatViolation)).toEqual([expect.stringMatching(/^p\. 1 {2}headingAtFoot {2}"4\. Scope of support" — heading ends \d+ pt above the bottom margin/)]);
  });

  it('counts a following heading or a table header row as nothing', () => {
    const pdf = fakePdf([
      [
        ...filler(3),
        { text: '4. Scope of support', y: zoneTop + 10, size: 13, bold: true },
        { text: '4.1 Included', y: zoneTop + 35, size: 11, bold: true },
        { text: 'Category', y: zoneTop + 55, size: 8.4, bold: true, x: 67 },
        { text: 'Description', y: zoneTop + 55, size: 8.4, bold: true, x: 200 },
      ],
    ]);
    expect(rules(checkLayout(pdf), 'headingAtFoot').map((violation) => violation.text)).toEqual(['4. Scope of support', '4.1 Included']);
  });

  it('reports a heading of two lines once, with both lines', () => {
    const pdf = fakePdf([[{ text: 'A section heading long enough', y: zoneTop + 5, size: 13, bold: true }, { text: 'to wrap', y: zoneTop + 22, size: 13, bold: true }]]);
    expect(rules(checkLayout(pdf), 'headingAtFoot').map((violation) => violation.text)).toEqual(['A section heading long enough to wrap']);
  });

  it('leaves alone a heading followed by text, and a heading above the last 15 %', () => {
    const followed = fakePdf([[...filler(2), { text: '4. Scope', y: zoneTop + 10, size: 13, bold: true }, ...lines(['The Provider supports:'], zoneTop + 30)]]);
    const higher = fakePdf([[...filler(2), { text: '4. Scope', y: zoneTop - 5, size: 13, bold: true }]]);
    expect(checkLayout(followed, { rules: ['headingAtFoot'] })).toEqual([]);
    expect(checkLayout(higher, { rules: ['headingAtFoot'] })).toEqual([]);
  });

  it('ignores the running header and the footer, and bold body text', () => {
    const pdf = fakePdf([
      [
        { text: 'Support Agreement', y: 42, size: 7.8 },
        ...filler(2),
        { text: 'Kestrel Workflow Studio GmbH', y: BOTTOM - 4, bold: true },
        { text: 'Page 1 of 2', y: BOTTOM + 30, size: 7.8, x: 480 },
      ],
    ]);
    expect(checkLayout(pdf, { rules: ['headingAtFoot'] })).toEqual([]);
  });
});

describe('orphanAtTop and widowAtFoot', () => {
  const long = [
    'The Agreement takes effect on 1 January 2027 and runs for an initial term of 12 months. At the',
    'end of the initial term it renews automatically for successive periods of 12 months, unless',
    'either party gives the other written notice of at least 60 days before the end of the current',
    'period, in which case it ends at the end of that period.',
  ];
  const markdown = `# T\n\n${long.join(' ')}\n\nThe next paragraph starts here and is short.\n`;
  const next = (y: number) => lines(['The next paragraph starts here and is short.'], y);

  it('reports a paragraph whose last line alone heads the next page', () => {
    const [a, b, c] = foot(3);
    const pdf = fakePdf([
      [...filler(3), ...lines(long.slice(0, 3), a!)],
      [...lines(long.slice(3), TOP), ...next(TOP + BODY + PARAGRAPH_GAP)],
    ]);
    expect(b! - a!).toBe(BODY);
    expect(c).toBeGreaterThan(b!);
    expect(checkLayout(pdf, { markdown }).map(formatViolation)).toEqual([
      'p. 2  orphanAtTop  "period, in which case it ends at the end of that period." — the last line of a paragraph from page 1 (…"…st 60 days before the end of the current") stands alone at the top of the page',
    ]);
  });

  it('reports a paragraph that begins with one line at the foot and continues overleaf', () => {
    const [y] = foot(1);
    const pdf = fakePdf([[...filler(3), ...lines(long.slice(0, 1), y!)], [...lines(long.slice(1), TOP), ...next(TOP + 3 * BODY + PARAGRAPH_GAP)]]);
    expect(checkLayout(pdf, { markdown }).map((violation) => [violation.rule, violation.page, violation.text])).toEqual([['widowAtFoot', 1, long[0]]]);
  });

  it('accepts two lines at the foot and two at the head', () => {
    const [a] = foot(2);
    const pdf = fakePdf([[...filler(3), ...lines(long.slice(0, 2), a!)], [...lines(long.slice(2), TOP), ...next(TOP + 2 * BODY + PARAGRAPH_GAP)]]);
    expect(checkLayout(pdf, { markdown })).toEqual([]);
  });

  it('does not take a paragraph that ends at the foot and one that starts overleaf for one paragraph', () => {
    // Same positions as an orphan; the Markdown says they are two paragraphs.
    const [a] = foot(4);
    const pdf = fakePdf([[...filler(3), ...lines(long, a!)], [...next(TOP), ...filler(2, TOP + BODY + PARAGRAPH_GAP)]]);
    expect(checkLayout(pdf, { markdown: `${markdown}\n${filler(2).map((line) => line.text).join(' ')}\n` })).toEqual([]);
  });

  it('does not join lines at different left edges (a list item and a paragraph)', () => {
    const [a] = foot(3);
    const pdf = fakePdf([[...filler(3), ...lines(long.slice(0, 3), a!)], [...lines(long.slice(3), TOP, LEFT + 17), ...next(TOP + BODY + PARAGRAPH_GAP)]]);
    expect(checkLayout(pdf, { markdown })).toEqual([]);
  });

  it('groups lines by left edge and leading: paragraph gaps and list markers separate', () => {
    const pdf = fakePdf([
      [
        ...lines(['First paragraph, line one', 'line two'], TOP),
        ...lines(['Second paragraph'], TOP + 2 * BODY + PARAGRAPH_GAP),
        { text: '•', y: TOP + 3 * BODY + 2 * PARAGRAPH_GAP, x: 67.2, width: 5.8 },
        ...lines(['An item that wraps', 'onto a second line'], TOP + 3 * BODY + 2 * PARAGRAPH_GAP, 79),
      ],
    ]);
    const layout = analyse(pdf);
    expect(paragraphGroups(layout.pages[0]!, metrics).map((group) => group.map((fragment) => fragment.text))).toEqual([
      ['First paragraph, line one', 'line two'],
      ['Second paragraph'],
      ['An item that wraps', 'onto a second line'],
    ]);
  });
});

describe('splitToken', () => {
  const check = (texts: readonly FakeText[], markdown: string) => checkLayout(fakePdf([texts]), { markdown, rules: ['splitToken'] });

  it('finds the tokens of each kind in the Markdown', () => {
    const blocks = sourceBlocks(
      [
        '# T',
        '',
        'Call +49 30 5550 1401 or (212) 555-0100, write to [Jonas](mailto:jonas.weber@kestrel.example) at jonas.weber@kestrel.example, or open <https://support.kestrel.example/brightline>.',
        '',
        '| Price | Time |',
        '| --- | --- |',
        '| €2,900 per month, EUR 1,400.00, $149.50 and 1.400,00 € | within 2 business hours, 4 hours, 10 business days, 30 minutes, 1–2 business days; 30-minute calls |',
        '',
        '- Europe/Berlin, America/Argentina/Buenos_Aires and UTC',
      ].join('\n'),
    );
    expect(sourceTokens(blocks)).toEqual([
      { kind: 'phone', text: '+49 30 5550 1401' },
      { kind: 'phone', text: '(212) 555-0100' },
      { kind: 'email', text: 'jonas.weber@kestrel.example' },
      { kind: 'url', text: 'https://support.kestrel.example/brightline' },
      { kind: 'money', text: '€2,900' },
      { kind: 'money', text: 'EUR 1,400.00' },
      { kind: 'money', text: '$149.50' },
      { kind: 'money', text: '1.400,00 €' },
      { kind: 'duration', text: '2 business hours' },
      { kind: 'duration', text: '4 hours' },
      { kind: 'duration', text: '10 business days' },
      { kind: 'duration', text: '30 minutes' },
      { kind: 'duration', text: '1–2 business days' },
      { kind: 'duration', text: '30-minute' },
      { kind: 'timezone', text: 'Europe/Berlin' },
      { kind: 'timezone', text: 'America/Argentina/Buenos_Aires' },
    ]);
  });

  it('reports a phone number, a duration, an amount and an address broken over two lines of one block', () => {
    const found = check(
      [
        ...lines(['For critical incidents call +49 30', '5550 1401; the Provider responds within 2 business', 'hours and charges €2,', '900 per month. Write to jonas.weber@', 'kestrel.example or see Europe/', 'Berlin.'], TOP),
      ],
      '# T\n\nFor critical incidents call +49 30 5550 1401; the Provider responds within 2 business hours and charges €2,900 per month. Write to jonas.weber@kestrel.example or see Europe/Berlin.\n',
    );
    expect(found.map(formatViolation)).toEqual([
      'p. 1  splitToken  "+49 30 5550 1401" — phone broken over 2 lines: "+49 30" / "5550 1401"',
      'p. 1  splitToken  "2 business hours" — duration broken over 2 lines: "2 business" / "hours"',
      'p. 1  splitToken  "€2,900" — money broken over 2 lines: "€2," / "900"',
      'p. 1  splitToken  "jonas.weber@kestrel.example" — email broken over 2 lines: "jonas.weber@" / "kestrel.example"',
      'p. 1  splitToken  "Europe/Berlin" — timezone broken over 2 lines: "Europe/" / "Berlin"',
    ]);
  });

  it('reports a break inside a word with a hyphen added, and across a page break', () => {
    const markdown = '# T\n\nThe term is 12 months.\n\nOr call +44 20 7946 0311 today.\n';
    const hyphen = check(lines(['The term is 12 mon-', 'ths.'], TOP), markdown);
    expect(hyphen.map((violation) => violation.detail)).toEqual(['duration broken over 2 lines: "12 mon-" / "ths"']);
    const pages = checkLayout(fakePdf([[...filler(2), ...lines(['Or call +44 20 7946'], BOTTOM - 4)], lines(['0311 today.'], TOP)]), { markdown, rules: ['splitToken'] });
    expect(pages.map((violation) => [violation.page, violation.detail])).toEqual([[1, 'phone broken over 2 lines (pages 1–2): "+44 20 7946" / "0311"']]);
  });

  it('does not join neighbouring table cells, nor lines of different blocks', () => {
    const markdown = '# T\n\n| Response | Unit |\n| --- | --- |\n| 4 | hours of work |\n\nResponse within 4 hours.\n';
    // "4" and "hours of work" sit side by side in one row: different cells, no line break between them.
    const cells = [
      { text: '4', y: TOP, x: 67, size: 8.4 },
      { text: 'hours of work', y: TOP, x: 200, size: 8.4 },
    ];
    expect(check(cells, markdown)).toEqual([]);
    // A paragraph ending in "4" and a table below starting with "hours": not one block (too far down).
    const apart = [...lines(['Up to 4'], TOP), { text: 'hours of work', y: TOP + 40, x: 67, size: 8.4 }];
    expect(check(apart, markdown)).toEqual([]);
  });

  it('reports a token once, not again for a shorter token inside it', () => {
    const found = check(lines(['Service credits of €12,', '900 are capped; within 24', 'hours, or 4 hours.'], TOP), '# T\n\nService credits of €12,900 are capped; within 24 hours, or 4 hours. A fee of €900 applies.\n');
    expect(found.map((violation) => violation.text)).toEqual(['€12,900', '24 hours']);
  });

  describe('URLs', () => {
    const url = 'https://support.kestrel.example/customers/brightline-home/service-desk/requests/incidents/new-request';
    const markdown = `# T\n\nOpen ${url} and log the incident there.\n`;
    const measure = (text: string) => widthOf(text, metrics.body.size);

    it('may break after "/" when longer than the line', () => {
      // Line width 300 pt; the URL is wider.
      expect(measure(url)).toBeGreaterThan(300);
      const found = check(
        [
          { text: 'Open https://support.kestrel.example/customers/', y: TOP, width: 290 },
          { text: 'brightline-home/service-desk/requests/incidents/', y: TOP + BODY, width: 300 },
          { text: 'new-request and log the incident there.', y: TOP + 2 * BODY, width: 210 },
        ],
        markdown,
      );
      expect(found).toEqual([]);
    });

    it('may not break elsewhere, nor add a hyphen', () => {
      const midWord = check(lines(['Open https://support.kestrel.example/customers/bright', 'line-home/service-desk/requests/incidents/new-request and log the', 'incident there.'], TOP), markdown);
      expect(midWord.map((violation) => violation.detail)).toEqual([
        'url broken over 2 lines: "https://support.kestrel.example/customers/bright" / "line-home/service-desk/requests/incidents/new-request"',
      ]);
      const hyphen = check(lines(['Open https://support.kestrel.example/customers/-', 'brightline-home/service-desk/requests/incidents/new-request and', 'log the incident there.'], TOP), markdown);
      expect(hyphen).toHaveLength(1);
    });

    it('may not break when it fits on a line of its block', () => {
      const short = 'https://support.kestrel.example/brightline';
      const found = check(
        [
          { text: 'The portal at https://support.kestrel.example/', y: TOP, width: 240 },
          { text: 'brightline is the main channel for every request, with a line wider than the URL.', y: TOP + BODY, width: 440 },
        ],
        `# T\n\nThe portal at ${short} is the main channel for every request, with a line wider than the URL.\n`,
      );
      expect(found.map((violation) => violation.detail)).toEqual(['url broken over 2 lines: "https://support.kestrel.example/" / "brightline"']);
    });
  });
});

describe('tableSplitAfterOneRow and tableLastRowAlone', () => {
  const header = (y: number): FakeText[] => [
    { text: 'Date', y, x: 67, size: 8.4, bold: true },
    { text: 'Holiday', y, x: 200, size: 8.4, bold: true },
  ];
  const row = (y: number, name: string): FakeText[] => [
    { text: 'Friday, 1 January 2027', y, x: 67, size: 8.4 },
    { text: name, y, x: 200, size: 8.4 },
  ];
  const rows = (from: number, count: number) => Array.from({ length: count }, (_, index) => row(from + index * ROW, `Holiday ${index + 1}`)).flat();
  const tableAt = (y: number, count: number) => [...header(y), ...rows(y + ROW, count)];

  it('reads a table: header, rows, where it sits', () => {
    const pdf = fakePdf([[...filler(2), ...tableAt(TOP + 40, 3), ...lines(['After the table.'], TOP + 40 + 4 * ROW + 10)]]);
    expect(pageTables(analyse(pdf).pages[0]!, 0, metrics)).toEqual([{ page: 0, header: 'Date Holiday', rows: 3, atTop: false, atFoot: false }]);
  });

  it('reports a table whose header and one row end the page', () => {
    const pdf = fakePdf([[...filler(3), ...tableAt(BOTTOM - 4 - ROW, 1)], [...tableAt(81, 4), ...lines(['After.'], 81 + 5 * ROW + 10)]]);
    expect(checkLayout(pdf).map(formatViolation)).toEqual(['p. 1  tableSplitAfterOneRow  "Date Holiday" — the table\'s header and one row end the page; the table continues on page 2']);
  });

  it('reports a header alone at the foot, and a continuation without a repeated header', () => {
    const alone = fakePdf([[...filler(3), ...header(BOTTOM - 4)], [...rows(81, 4)]]);
    expect(checkLayout(alone).map((violation) => [violation.rule, violation.detail])).toEqual([
      ['tableSplitAfterOneRow', "the table's header and no row end the page; the table continues on page 2"],
    ]);
  });

  it('reports a last row alone under the repeated header', () => {
    const pdf = fakePdf([[...filler(3), ...tableAt(BOTTOM - 4 - 5 * ROW, 5)], [...tableAt(81, 1), ...lines(['After the table.'], 81 + 2 * ROW + 10)]]);
    expect(checkLayout(pdf).map(formatViolation)).toEqual([
      'p. 2  tableLastRowAlone  "Date Holiday" — only the table\'s last row stands under its repeated header; the rest of the table is on page 1',
    ]);
  });

  it('accepts two rows on each side of a page break, a new table overleaf, and a bold row', () => {
    const split = fakePdf([[...filler(3), ...tableAt(BOTTOM - 4 - 2 * ROW, 2)], [...tableAt(81, 2), ...lines(['After.'], 81 + 3 * ROW + 10)]]);
    expect(checkLayout(split)).toEqual([]);
    const other = fakePdf([
      [...filler(3), ...tableAt(BOTTOM - 4 - ROW, 1)],
      [{ text: 'Severity', y: 81, x: 67, size: 8.4, bold: true }, { text: 'Response', y: 81, x: 200, size: 8.4, bold: true }, ...rows(81 + ROW, 2)],
    ]);
    expect(checkLayout(other)).toEqual([]);
    const boldRow = fakePdf([
      [...filler(3), ...tableAt(BOTTOM - 4 - 3 * ROW, 1), { text: 'Total', y: BOTTOM - 4 - ROW, x: 67, size: 8.4, bold: true }, ...row(BOTTOM - 4, 'Last')],
      [...tableAt(81, 2)],
    ]);
    expect(pageTables(analyse(boldRow).pages[0]!, 0, metrics).map((table) => table.rows)).toEqual([3]);
    expect(checkLayout(boldRow)).toEqual([]);
  });
});

describe('titleLoneWord', () => {
  const title = (...texts: string[]) => texts.map((text, index) => ({ text, y: 88 + index * 26, size: 21, bold: true }));

  it('reports a wrapped title whose last line is one word', () => {
    const pdf = fakePdf([[...title('Support Agreement — Customer-Service', 'Assistant'), ...lines(['Support agreement between A and B'], 120)]]);
    expect(checkLayout(pdf).map(formatViolation)).toEqual([
      'p. 1  titleLoneWord  "Support Agreement — Customer-Service / Assistant" — the title wraps onto 2 lines and its last line is the single word "Assistant"',
    ]);
  });

  it('accepts a title on one line, or ending with two words', () => {
    expect(checkLayout(fakePdf([title('Support Agreement')]))).toEqual([]);
    expect(checkLayout(fakePdf([title('Support Agreement —', 'Customer-Service Assistant')]))).toEqual([]);
    // A dash alone is not a word; the last line still has one.
    expect(rules(checkLayout(fakePdf([title('Support Agreement for the', '— Assistant')])), 'titleLoneWord')).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Real pages from the typesetter.

describe('on PDFs from the typesetter', () => {
  const render = async (markdown: string) => readPdf(await markdownToPdf(markdown, pdfOptions()));

  it('reads kinds, paragraphs, list items and tables as the typesetter sets them', async () => {
    const markdown = [
      '# Support Agreement',
      '',
      '## 1. Parties',
      '',
      `${'The Provider supports the workflow described in this Agreement during business hours. '.repeat(4)}`,
      '',
      'A second paragraph.',
      '',
      '- A first item, long enough to wrap onto a second line of text when it is set in the narrower frame of a list.',
      '- A second item.',
      '',
      '| Date | Holiday |',
      '| --- | --- |',
      '| 1 January 2027 | New Year’s Day |',
      '| 26 March 2027 | Good Friday, a holiday long enough to wrap in its cell when the columns are narrow enough |',
      '| 29 March 2027 | Easter Monday |',
      '',
    ].join('\n');
    const pdf = await render(markdown);
    const layout = analyse(pdf);
    const page = layout.pages[0]!;
    expect(page.filter((fragment) => fragment.kind === 'heading').map((fragment) => [fragment.text, fragment.size])).toEqual([
      ['Support Agreement', 21],
      ['1. Parties', 13],
    ]);
    expect(paragraphGroups(page, layout.metrics).map((group) => group.length)).toEqual([1, 4, 1, 2, 1]);
    expect(pageTables(page, 0, layout.metrics)).toEqual([{ page: 0, header: 'Date Holiday', rows: 3, atTop: false, atFoot: true }]);
    expect(checkLayout(pdf, { markdown })).toEqual([]);
  });

  it('reports an e-mail address too long for any line: it cannot but break', async () => {
    const address = `${'customer-service-operations'.repeat(4)}@brightline.example`;
    const markdown = `# T\n\nWrite to ${address} for anything else.\n`;
    const found = checkLayout(await render(markdown), { markdown });
    expect(found.map((violation) => [violation.rule, violation.text])).toEqual([['splitToken', address]]);
  });

  it('allows a long URL broken after "/" by the typesetter', async () => {
    const url = `https://support.kestrel.example/${'customers/brightline-home/service-desk/'.repeat(4)}new-request`;
    const markdown = `# T\n\nOpen ${url} to log a request.\n`;
    const pdf = await render(markdown);
    expect(analyse(pdf).flow.filter((fragment) => fragment.text.includes('service-desk/')).length).toBeGreaterThan(1);
    expect(checkLayout(pdf, { markdown })).toEqual([]);
  });

  it('reports a title whose last line can only be one word', async () => {
    const pdf = await render('# Supportvereinbarungsbedingungen Kundendienstassistenzsysteme\n\nText.\n');
    // Balancing the title's lines never cuts a word to even them out.
    expect(titleLines(analyse(pdf)).map((line) => line.text)).toEqual(['Supportvereinbarungsbedingungen', 'Kundendienstassistenzsysteme']);
    expect(rules(checkLayout(pdf), 'titleLoneWord')).toHaveLength(1);
  });

  it('reads a table set smaller than the table size as a table', async () => {
    const tiers = ['Essential', 'Standard', 'Standard Plus', 'Premium', 'Enterprise'];
    const rows = ['Critical', 'High', 'Normal', 'Low'].map((level) => `| ${level} | ${tiers.map(() => '30 business minutes').join(' | ')} |`);
    const markdown = ['# T', '', `| Severity | ${tiers.join(' | ')} |`, `| --- |${' --- |'.repeat(tiers.length)}`, ...rows, ''].join('\n');
    const pdf = await render(markdown);
    const layout = analyse(pdf);
    const cells = layout.pages[0]!.filter((fragment) => fragment.kind === 'table' || fragment.kind === 'tableHeader');
    expect(cells.length).toBeGreaterThan(0);
    for (const fragment of cells) expect(fragment.size).toBeLessThan(metrics.table.size - 0.15);
    expect(pageTables(layout.pages[0]!, 0, layout.metrics)).toEqual([
      { page: 0, header: `Severity ${tiers.join(' ')}`, rows: 4, atTop: false, atFoot: true },
    ]);
    expect(checkLayout(pdf, { markdown })).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeDeep, escapeMarkdown } from '../../src/render/escape.js';
import { allTokens, plainText, tables } from './support.js';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
// What Markdown may make of a value: literal text, escapes, and GFM's bare autolinks (a URL stays a URL).
const INLINE_TYPES = new Set(['paragraph', 'text', 'escape', 'link', 'space']);

describe('escapeMarkdown', () => {
  it.each([
    ['Smith | Jones *Ltd*', 'Smith \\| Jones \\*Ltd\\*'],
    ['# heading', '\\# heading'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['`rm -rf`', '\\`rm -rf\\`'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['---', '\\---'],
    ['[link](https://evil.example)', '\\[link\\](https://evil.example)'],
    ['R&D &amp; co', 'R&D \\&amp; co'],
    ['snake_case and _emphasis_', 'snake_case and \\_emphasis\\_'],
    ['line one\n\n# line two', 'line one # line two'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('leaves ordinary contract text readable', () => {
    for (const text of ['+49 30 5550 1401', '99.9% of a 30-day month', '2027-01-01', 'Zoë Šimková – “quoted”', 'help@provider.example']) {
      expect(escapeMarkdown(text)).toBe(text);
    }
  });

  it('any string reads back as itself, as one paragraph of plain text: no heading, list, code, HTML or emphasis', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'#*_`[]()<>|~&;!\\-+=.:1 \nabcé/'.split('')), maxLength: 40 }), (value) => {
        const escaped = escapeMarkdown(value);
        const tokens = allTokens(escaped);
        for (const token of tokens) expect(INLINE_TYPES.has(token.type), `${token.type} from ${JSON.stringify(value)}`).toBe(true);
        const paragraph = tokens.find((t) => t.type === 'paragraph') as { tokens: never[] } | undefined;
        expect(paragraph ? plainText(paragraph.tokens) : '').toBe(collapse(value));
      }),
      { numRuns: 400 },
    );
  });

  it('any string stays inside its table cell', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ unit: fc.constantFrom(...'|\\`*<>#\n -'.split('')), maxLength: 20 }), (a, b) => {
        const value = a + b;
        const markdown = `| A | B |\n| --- | --- |\n| ${escapeMarkdown(value)} | end |\n`;
        const [table] = tables(markdown);
        expect(table?.rows).toHaveLength(1);
        expect(plainText(table!.rows[0]![0]!.tokens)).toBe(collapse(value));
        expect(plainText(table!.rows[0]![1]!.tokens)).toBe('end');
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['within \u202E4 hours\u202C', 'within ⟨U+202E⟩4 hours⟨U+202C⟩'],
    ['\u2066a\u2067b\u2068c\u2069', '⟨U+2066⟩a⟨U+2067⟩b⟨U+2068⟩c⟨U+2069⟩'],
    ['\u200Emark\u200F \u061C', '⟨U+200E⟩mark⟨U+200F⟩ ⟨U+061C⟩'],
    ['\u202A\u202B\u202D', '⟨U+202A⟩⟨U+202B⟩⟨U+202D⟩'],
    ['bell\u0007 esc\u001b[2J csi\u009b del\u007f', 'bell⟨U+0007⟩ esc⟨U+001B⟩\\[2J csi⟨U+009B⟩ del⟨U+007F⟩'],
    ['line\n::error::forged', 'line ::error::forged'],
  ])('shows bidi and control characters as visible markers: %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('marks them in every string of a view', () => {
    expect(escapeDeep({ a: ['x\u202Ey'] }).a[0]).toBe('x⟨U+202E⟩y');
  });

  it('never passes a bidi or control character through, and reads back as the marked text', () => {
    const unit = fc.constantFrom(...'ab #*_\n\t'.split(''), '\u202E', '\u2066', '\u200F', '\u061C', '\u0000', '\u001b', '\u0085', '\u009b', '\u007f');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (value) => {
        const escaped = escapeMarkdown(value);
        expect(escaped).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        const paragraph = allTokens(escaped).find((t) => t.type === 'paragraph') as { tokens: never[] } | undefined;
        const marked = collapse(value).replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
        expect(paragraph ? plainText(paragraph.tokens) : '').toBe(marked);
      }),
      { numRuns: 300 },
    );
  });
});

describe('PDF document properties', () => {
  it('show a bidi control in the title and party names as its marker, as the contract does', async () => {
    const { contractPdfOptions } = await import('../../src/render/outputs.js');
    const { agreementFrom, editedExample } = await import('./support.js');
    const agreement = agreementFrom(editedExample((doc) => {
      doc.title = 'Support \u202eAgreement';
      doc.parties.client.legalName = 'Brightline\u202e AG';
    }));
    const options = contractPdfOptions(agreement, { sourceText: '', templateSha256: '0'.repeat(64), creationDate: new Date(0) });
    expect(options.title).toBe('Support ⟨U+202E⟩Agreement');
    expect(options.subject).toContain('Brightline⟨U+202E⟩ AG');
  });
});

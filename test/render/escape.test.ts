import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/escape.js';
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
});

// The loader reads plain agreements with js-yaml and leaves everything else to `yaml`. These tests hold the two
// routes to the same answer: whenever the fast route accepts a text, `yaml` alone must read the same data, with no
// error or warning, and the positions must be the ones `yaml` gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, type ToStringOptions } from 'yaml';
import { parseYamlSource } from '../../src/load/parse-yaml.js';

const root = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const corpus = [...yamlFiles(join(root, 'examples')), ...yamlFiles(join(root, 'test'))].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** The examples written again in every scalar style, so block, quoted and folded strings are compared too. */
const restyled = corpus
  .filter(({ file }) => file.includes('/examples/'))
  .flatMap(({ file, text }) => {
    const data = parseYamlSource(text, file, undefined, { fastPath: false }).data;
    const styles: [string, ToStringOptions][] = [
      ['folded blocks', { lineWidth: 50, blockQuote: 'folded' }],
      ['literal blocks', { lineWidth: 50, blockQuote: 'literal' }],
      ['kept blocks', { lineWidth: 50, blockQuote: true, defaultStringType: 'BLOCK_LITERAL' }],
      ['double quotes', { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 40 }],
      ['single quotes', { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'QUOTE_SINGLE', lineWidth: 40 }],
      ['flow', { collectionStyle: 'flow', lineWidth: 0 }],
    ];
    return styles.map(([style, options]) => ({ file: `${file} (${style})`, text: new Document(data).toString(options) }));
  });

/** Every pointer of the data, so positions can be compared for all of them. */
function pointers(value: unknown, base = ''): string[] {
  if (value === null || typeof value !== 'object') return [base];
  const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
  return [base, ...keys.flatMap((key) => pointers((value as Record<string, unknown>)[key], `${base}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

/** Returns whether the fast route took the text; fails the test when the routes disagree. */
function expectSameAsYaml(text: string): boolean {
  const fast = parseYamlSource(text, 'a.sla.yaml');
  const full = parseYamlSource(text, 'a.sla.yaml', undefined, { fastPath: false });
  expect(fast.diagnostics).toEqual(full.diagnostics);
  expect(fast.data).toStrictEqual(full.data);
  if (fast.data !== undefined) {
    for (const pointer of pointers(fast.data)) expect(fast.sourceMap.get(pointer)).toEqual(full.sourceMap.get(pointer));
  }
  return fast.diagnostics.length === 0 && full.diagnostics.length === 0;
}

describe('the fast YAML route', () => {
  it('reads every example and fixture as `yaml` does, in every scalar style', () => {
    expect(corpus.length).toBeGreaterThan(10);
    let fastAccepted = 0;
    for (const { file, text } of [...corpus, ...restyled]) {
      try {
        if (expectSameAsYaml(text)) fastAccepted++;
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
    expect(fastAccepted).toBeGreaterThan(20);
  });

  it.each([
    ['plain scalars of the core schema', 'a: 1\nb: 0x1F\nc: 0o17\nd: 1.5e3\ne: .inf\nf: -.INF\ng: .NaN\nh: ~\ni: Null\nj: TRUE\nk: false\nl: 012\nm: +7\nn: 1_000\no: -0x1F\np: 0b101\nq: 2027-01-08\nr: 1.\ns: .5\nt: yes\nu: "1"\n'],
    ['keys that are not strings', '1: one\n1.5: x\ntrue: t\nnull: n\n~: tilde\n'],
    ['__proto__ stays plain data', '__proto__:\n  polluted: true\nconstructor: x\ntoString: y\n'],
    ['block scalars and folding', 'a: |\n  one\n   two\n\n  three\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  keep\n\nd: "esc \\u00e9 \\t \\x41"\ne: \'it\'\'s\'\nf: plain\n  continued\n'],
    ['block scalars before blank lines and comments', 'a: |\n  x\n\n\nb: >-\n  y\n\n  \n# c\nc: |+\n  keep\n\n\nd: |2\n   indented\ne: >\n\n  leading blank\n\nf: | # why\n  x\ng:\n  - |\n    in a list\n\n  - >-\n    folded\nh: |\ni: x\n'],
    ['block indicators inside a key and a commented-out last line', '"|#k": >-\n  v\nm:\n  n:\n    o: 1\n  # p: 2\nq: [a]  # c\n'],
    ['block scalars with CRLF', 'a: |\r\n  x\r\n\r\nb: x\r\n'],
    ['comments and CRLF', '# top\r\na: 1 # trailing\r\nb:\r\n  - x\r\n  - y\r\n'],
    ['an empty value and an empty document body', 'a:\nb: []\nc: {}\n'],
    ['a list at the top level', '- a\n- b\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\nb: !custom x\n'],
    ['a multi-line flow collection', 'a: [one,\ntwo]\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a tab indent', 'a:\n\tb: 1\n'],
    ['a tab starting a line of a quoted string', 'a: "x\n\ty"\nb: \'p\n  \tq\'\n'],
    ['flow collections, nested, empty and with a key: value pair', 'a: [x, k: v, {b: 1}, [c], [], {}]  # c\nb: {c: [1, 2], d: {}, e: "q"}\nc:\n  - [1, 2]\n\n  - {x: y}\n'],
    ['a comment with no space after # before an indented value', 'p:\n#x\n  G\nd: 1\n'],
    ['deep nesting', `${'['.repeat(150)}${']'.repeat(150)}\n`],
  ])('%s', (_name, text) => {
    expectSameAsYaml(text);
  });

  // The adversarial kinds of bench/load-linear.mjs, small: the same data, diagnostics and positions on both routes
  // (how long they take is the bench's business, not this test's).
  const repeat = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('');
  it.each([
    ['a 100 KB plain line', `title: ${'lorem ipsum '.repeat(8_500)}\nid: x\n`],
    ['a long double-quoted string with escapes', `title: "${'\\n\\t\\u00e9\\"x '.repeat(2_000)}"\n`],
    ['a long single-quoted string', `title: '${"it''s ".repeat(2_000)}'\n`],
    ['a long plain scalar over many lines', `title: start\n${repeat(500, (i) => `  continued ${i}\n`)}`],
    ['a long literal block with trailing blank lines', `title: |\n${repeat(500, (i) => `  line ${i}\n`)}${'  \n'.repeat(50)}id: y\n`],
    ['a long folded block', `title: >-\n${repeat(500, (i) => (i % 5 === 4 ? '\n' : `  line ${i}\n`))}`],
    ['a quoted key holding | # before a block scalar (taken for the header)', '"a | #b": |\n  x\n"c > #": >-\n  y\nl:\n  - "| #": |\n      z\n'],
    ['a block header whose comment holds | and #', `title: | #${' | #'.repeat(200)}\n  x\nid: | # | x\n  y\n`],
    ['100 nested brackets on each of many lines', repeat(30, (i) => `k${i}: ${'['.repeat(100)}x${']'.repeat(100)}\n`)],
    ['100 compact sequences on each of many lines', `deep:\n${repeat(30, () => `  ${'- '.repeat(100)}x\n`)}`],
    ['mappings nested 150 deep', repeat(150, (i) => `${' '.repeat(i)}k${i}:\n`)],
    ['sequences nested 150 deep', `d:\n${repeat(150, (i) => `${' '.repeat(i * 2 + 2)}-\n`)}`],
    ['an unclosed bracket on every line', repeat(200, (i) => `k${i}: [a, b\n`)],
    ['many short flow collections', repeat(500, (i) => `k${i}: [a, {b: c}, [d]]\n`)],
    ['a flow sequence of 20,000 items', `title: [${'1,'.repeat(20_000)}1]\n`],
    ['blank lines, then an explicit key', `a: 1${'\n'.repeat(2_000)}? b\n: 2\n`],
    ['many explicit keys', repeat(300, (i) => `? k${i}\n: v\n`)],
    ['many keys, many duplicates', `${repeat(2_000, (i) => `k${i}: v\n`)}${'k: v\n'.repeat(300)}`],
    ['many comments, and # with no space', repeat(500, (i) => `# comment ${i}\n#c${i}\nk${i}: v\n`)],
    ['many small mappings', `items:\n${repeat(500, (i) => `  - a: ${i}\n    b: x\n`)}`],
    ['99 aliases of one anchor', `a: &a\n${repeat(300, (i) => `  - x${i}\n`)}b:\n${'  - *a\n'.repeat(99)}`],
    ['many anchors and tags', repeat(300, (i) => `k${i}: &a${i} !!str ${i}\n`)],
    ['tabs in values and in indentation', `${repeat(200, (i) => `k${i}: a\tb\n`)}a:\n\tb: 1\n`],
    ['CR line breaks in a text with one LF', `${repeat(200, (i) => `k${i}: v\r`)}\n`],
    ['CRLF line breaks', repeat(500, (i) => `k${i}: v\r\n`)],
    ['astral characters', `title: ${'😀'.repeat(5_000)}\n`],
  ])('%s', (_name, text) => {
    expectSameAsYaml(text);
  });

  it('agrees with `yaml` on random edits of the examples', () => {
    const examples = [...corpus.filter(({ file }) => file.includes('/examples/')), ...restyled].map(({ text }) => text);
    const edit = fc.record({
      example: fc.nat({ max: examples.length - 1 }),
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.string({ unit: fc.constantFrom(' ', '\n', '\t', ':', '-', '#', '"', "'", '|', '>', '[', ']', '{', '}', ',', '?', '&', '*', '!', '%', '@', '`', '\\', '0', 'a', '~', '.', '\r'), maxLength: 4 }),
    });
    let fastAccepted = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = examples[edits[0]!.example]!;
        for (const { at, remove, insert } of edits) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        if (expectSameAsYaml(text)) fastAccepted++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400), seed: Number(process.env.FUZZ_SEED ?? 20261126) },
    );
    // The edits must leave many texts readable, or this test would only compare error paths.
    expect(fastAccepted).toBeGreaterThan(100);
  }, 600_000); // FUZZ_RUNS=20000 FUZZ_SEED=n runs a longer search by hand
});

// The loader finds duplicate keys itself, with one Set per mapping, instead of `yaml`'s uniqueKeys (which compares
// every key with every earlier one: quadratic in a mapping's keys, issue 22). These tests hold it to `yaml`'s own
// answer: the same DUPLICATE_KEY errors at the same places, on texts made to have many duplicates and odd keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { parseYamlSource } from '../../src/load/parse-yaml.js';

/** Where `yaml` with uniqueKeys: true reports duplicate keys, as 1-based [line, column]. */
function yamlDuplicates(text: string): [number, number][] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, merge: false, version: '1.2', strict: true, logLevel: 'error' });
  if (!Array.isArray(docs) || docs.length !== 1) return [];
  return docs[0]!.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => {
    const { line, col } = lines.linePos(e.pos[0]);
    return [line, col] as [number, number];
  }).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function loaderDuplicates(text: string): [number, number][] {
  const source = parseYamlSource(text, 'a.sla.yaml', { maxBytes: 1 << 30, maxAliasCount: 100 }, { fastPath: false });
  if (source.diagnostics.some((d) => d.code === 'multiple-documents' || d.code === 'empty-file' || d.code === 'cr-line-endings')) return [];
  return source.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => [d.range.line, d.range.column] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('duplicate keys', () => {
  it.each([
    ['block mapping', 'a: 1\nb: 2\na: 3\n'],
    ['flow mapping', 'x: {a: 1, b: 2, a: 3}\n'],
    ['equal values written differently', 'x:\n  1: a\n  0x1: b\n  "1": c\n  ~: d\n  null: e\n  .nan: f\n  .NaN: g\n'],
    ['quoted keys', '"a": 1\n\'a\': 2\n"a" : 3\n'],
    ['empty keys and explicit keys', ': a\n: b\n? c\n: 1\n? c\n: 2\n'],
    ['an empty value before the duplicate', 'a: \r\na: 1\na: 2\n'],
    ['keys with anchors and tags', '&x a: 1\n!!str a: 2\nb: *x\n'],
    ['nested and in keys', 'a:\n  b: 1\n  b: 2\n{c: 1, c: 2}: x\n'],
    ['many on one long line', `x: {${Array.from({ length: 2_000 }, () => 'a: 1').join(', ')}}\n`],
    ['many in one mapping', `${'k: v\n'.repeat(3_000)}`],
    ['a key with a long run of spaces', `k${' '.repeat(5_000)}x: 1\nk${' '.repeat(5_000)}x: 2\n`],
  ])('%s: where `yaml` says, with the key named', (_name, text) => {
    expect(loaderDuplicates(text)).toEqual(yamlDuplicates(text));
  });

  it('names the key up to its colon', () => {
    const messages = (text: string) => parseYamlSource(text, 'a.sla.yaml').diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => /the key `([^`]*)`/s.exec(d.message)?.[1]);
    expect(messages('a  : 1\na  : 2\n"q r": 1\n"q r" : 2\nx: {b, b}\n')).toEqual(['a', '"q r"', 'b']);
  });

  it('agrees with `yaml` on random texts with many duplicates', () => {
    const pieces = ['a', 'a', 'b', '"a"', "'a'", ' ', '  ', '\n', '\n  ', ':', ': ', ', ', '{', '}', '[', ']', '? ', '- ', '1', '0x1', '~', 'null', '&x ', '*x', '!!str ', '#', ' #c', '\t', '"', "'", '\r\n', '.nan', 'a   ', 'a: 1\na: 2\n', '{a: 1, a: 2}', '\n: b', '"a" : 1\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(loaderDuplicates(text)).toEqual(yamlDuplicates(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2_000), seed: Number(process.env.FUZZ_SEED ?? 20261203) },
    );
  });
});

// Flow collections nested past the limit are refused before either parser runs, with one diagnostic at one place
// whichever route reads the file (`yaml` reports its own stack overflow where the caller's stack runs out, so the
// fast and full routes disagreed on a fuzz input: seed 16, mutant 15632).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/load/parse-yaml.js';
import { ROOT } from '../helpers/example.js';

const read = (text: string, fastPath = true) => parseYamlSource(text, 'a.sla.yaml', undefined, { fastPath }).diagnostics.map((d) => [d.code, d.range.line, d.range.column]);

describe('deep flow collections', () => {
  it('refuses 101 nested brackets once, at the 101st, on both routes', () => {
    const text = `slaVersion: 1\nsoleRemedy: ${'['.repeat(150)}x${']'.repeat(150)}\n`;
    expect(read(text)).toEqual([["yaml-syntax", 2, 12 + 101]]);
    expect(read(text, false)).toEqual(read(text));
  });
  it('reads 100 nested brackets, and brackets in quotes, comments and plain text do not count', () => {
    expect(read(`a: ${'['.repeat(100)}x${']'.repeat(100)}\n`)).toEqual([]);
    expect(read(`a: "${'['.repeat(300)}"\nb: '${'{'.repeat(300)}'\n# ${'['.repeat(300)}\nc: x${'['.repeat(300)}\n`)).toEqual([]);
    expect(read(`a: ['${'['.repeat(300)}', "${'{'.repeat(300)}"]\n`)).toEqual([]);
  });
  it('gives the same answer on both routes for the fuzz input that found it', () => {
    const text = readFileSync(path.join(ROOT, 'test/fuzz/regressions/deep-nesting-3f3731fc1cde.yaml'), 'utf8');
    expect(read(text)).toHaveLength(1);
    expect(read(text, false)).toEqual(read(text));
  });
});

/**
 * The fixtures of pairs.test.ts on their own, without src/diff: every pair's edits apply, change the document, and
 * leave both documents valid. Run this after adding a pair.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAgreementText } from '../../src/agreement.js';
import { buildPair, loadPairs } from './pairs.js';

const pairs = loadPairs();

describe('test/diff/pairs.yaml', () => {
  it('has at least 45 pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(45);
  });

  it.each(pairs.map((p) => [p.name, p] as const))('%s: both documents are valid and differ', (_name, pair) => {
    const { file, oldText, newText } = buildPair(pair);
    expect(parse(newText), 'the edits changed nothing').not.toEqual(parse(oldText));
    for (const [label, text] of [['old', oldText], ['new', newText]] as const) {
      const result = loadAgreementText(text, file);
      const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.pointer}: ${d.message}`);
      expect(errors, `${label} document does not validate`).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });
});

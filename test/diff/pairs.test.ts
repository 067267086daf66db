/**
 * `sla diff` against paired agreements (test/diff/pairs.yaml): an example plus one kind of change, and how the
 * change must be classified from the client's side. Written before src/diff exists: until then this file fails to
 * import `../../src/diff/index.js`. pairs-valid.test.ts checks the fixtures alone.
 *
 * An expectation `{ at, effect }` is met by a reported change whose pointer equals `at` or is a segment-wise prefix
 * of it, or the other way round (a change may be reported coarser or finer than the edited scalar), with that
 * effect; a stronger/weaker expectation is also broken by a matching change with the opposite effect. With
 * `only: true`, every change that matches no expectation must be neutral.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreementText, type AgreementResult } from '../../src/agreement.js';
import { diffAgreements } from '../../src/diff/index.js';
import { buildPair, EFFECTS, loadPairs, pointersOverlap, type DiffChange, type DiffResult, type Effect, type Pair } from './pairs.js';
import { ROOT } from './schema-paths.js';

type Diff = DiffResult;
type Change = DiffChange;

/** Annotated, so the implementation's return type is checked against the contract. */
function diff(oldResult: AgreementResult, newResult: AgreementResult): DiffResult {
  const result: DiffResult = diffAgreements(oldResult, newResult);
  return result;
}

const pairs = loadPairs();

const OPPOSITE: Partial<Record<Effect, Effect>> = { stronger: 'weaker', weaker: 'stronger' };

function load(text: string, file: string, label: string): AgreementResult {
  const result = loadAgreementText(text, file);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.pointer}: ${d.message}`);
  expect(errors, `the ${label} document does not validate`).toEqual([]);
  expect(result.ok).toBe(true);
  return result;
}

function describeChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return '  (no changes reported)';
  return changes.map((c) => `  ${c.effect.padEnd(8)} ${c.change.padEnd(7)} ${c.pointer}  — ${c.summary}${c.reason ? ` (${c.reason})` : ''}`).join('\n');
}

/** The shape every diff must have, whatever it reports. */
function checkShape(diff: Diff): void {
  expect(Array.isArray(diff.changes)).toBe(true);
  for (const c of diff.changes) {
    expect(typeof c.pointer, 'pointer').toBe('string');
    expect(c.pointer === '' || c.pointer.startsWith('/'), `pointer ${JSON.stringify(c.pointer)} is a JSON pointer`).toBe(true);
    expect(['added', 'removed', 'changed', 'reordered'], `change of ${c.pointer}`).toContain(c.change);
    expect(EFFECTS, `effect of ${c.pointer}`).toContain(c.effect);
    expect(typeof c.section === 'string' && c.section.trim() !== '', `section of ${c.pointer}`).toBe(true);
    expect(typeof c.summary === 'string' && c.summary.trim() !== '', `summary of ${c.pointer}`).toBe(true);
    for (const line of [c.oldLine, c.newLine]) {
      if (line !== undefined) expect(Number.isInteger(line) && line > 0, `line numbers of ${c.pointer} are 1-based`).toBe(true);
    }
  }
  const tally = { stronger: 0, weaker: 0, neutral: 0, mixed: 0 };
  for (const c of diff.changes) tally[c.effect]++;
  expect(diff.verdict, 'the verdict counts the changes by effect').toEqual(tally);
}

/** Checks the expectations of `pair` against `diff`; `flip` reads them for the diff taken the other way round. */
function checkExpectations(pair: Pair, diff: Diff, { flip }: { flip: boolean }): void {
  const reported = `reported:\n${describeChanges(diff.changes)}`;
  for (const e of pair.expect) {
    const effect: Effect = flip ? (OPPOSITE[e.effect] ?? e.effect) : e.effect;
    const matching = diff.changes.filter((c) => pointersOverlap(c.pointer, e.at));
    expect(
      matching.some((c) => c.effect === effect),
      `expected a ${effect} change at ${e.at} (${e.why})\n${reported}`,
    ).toBe(true);
    const opposite = OPPOSITE[effect];
    if (opposite) {
      const contradicting = matching.filter((c) => c.effect === opposite);
      expect(contradicting, `${e.at} must not also be reported ${opposite} (${e.why})\n${reported}`).toEqual([]);
    }
  }
  if (pair.only) {
    const stray = diff.changes.filter((c) => c.effect !== 'neutral' && !pair.expect.some((e) => pointersOverlap(c.pointer, e.at)));
    expect(stray, `only: true — no other change may be stronger, weaker or mixed\n${reported}`).toEqual([]);
  }
}

describe('sla diff: paired agreements', () => {
  it.each(pairs.map((p) => [p.name, p] as const))('%s', (_name, pair) => {
    const { file, oldText, newText } = buildPair(pair);
    const oldResult = load(oldText, file, 'old');
    const newResult = load(newText, file, 'new');
    const result = diff(oldResult, newResult);
    checkShape(result);
    checkExpectations(pair, result, { flip: false });
  });
});

describe('sla diff: the same pairs the other way round', () => {
  // Undoing a change reverses it: stronger and weaker swap, mixed and neutral stay.
  it.each(pairs.map((p) => [p.name, p] as const))('%s (reversed)', (_name, pair) => {
    const { file, oldText, newText } = buildPair(pair);
    const result = diff(load(newText, file, 'new'), load(oldText, file, 'old'));
    checkShape(result);
    checkExpectations(pair, result, { flip: true });
  });
});

describe('sla diff: a document against itself', () => {
  const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.sla.yaml'));

  it.each(examples)('%s has no changes', (name) => {
    const file = path.join(ROOT, 'examples', name);
    const text = readFileSync(file, 'utf8');
    const once = load(text, file, 'old');
    // The same result object, and two separate loads of the same text.
    for (const result of [diff(once, once), diff(once, load(text, file, 'new'))]) {
      expect(result.changes, describeChanges(result.changes)).toEqual([]);
      expect(result.verdict).toEqual({ stronger: 0, weaker: 0, neutral: 0, mixed: 0 });
    }
  });
});

/**
 * The pairs of test/diff/pairs.yaml: a base agreement from examples/, edits that make the new document (and, with
 * `baseEdits`, edits that first make the old one), and the classification `sla diff` must give the change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { applyEdits, type Edit } from './apply-edits.js';
import { ROOT } from './schema-paths.js';

export type Effect = 'stronger' | 'weaker' | 'neutral' | 'mixed';
export const EFFECTS: readonly Effect[] = ['stronger', 'weaker', 'neutral', 'mixed'];

/** The contract of `diffAgreements` (src/diff/index.ts), as the issue states it. */
export interface DiffChange {
  pointer: string;
  change: 'added' | 'removed' | 'changed' | 'reordered';
  effect: Effect;
  section: string;
  summary: string;
  reason?: string;
  oldLine?: number;
  newLine?: number;
}

export interface DiffResult {
  changes: readonly DiffChange[];
  verdict: { stronger: number; weaker: number; neutral: number; mixed: number };
}

export interface Expectation {
  /** JSON pointer in the new document (in the old one for a removal); matched to a change by segment-wise prefix. */
  at: string;
  effect: Effect;
  why: string;
}

export interface Pair {
  name: string;
  base: string;
  /** Edits applied to the base to make the OLD document (for a change in the other direction); usually none. */
  baseEdits?: Edit[];
  edits: Edit[];
  expect: Expectation[];
  /** No change outside the expectations may have an effect other than neutral. */
  only?: boolean;
}

export const PAIRS_FILE = path.join(ROOT, 'test/diff/pairs.yaml');

export function loadPairs(file = PAIRS_FILE): Pair[] {
  const pairs = parse(readFileSync(file, 'utf8')) as Pair[];
  if (!Array.isArray(pairs)) throw new Error(`${file}: expected a list of pairs`);
  const names = new Set<string>();
  for (const [i, pair] of pairs.entries()) {
    const where = `${file}: pair ${i + 1} (${pair?.name ?? 'no name'})`;
    if (typeof pair.name !== 'string' || pair.name === '') throw new Error(`${where}: name is required`);
    if (names.has(pair.name)) throw new Error(`${where}: duplicate name`);
    names.add(pair.name);
    if (typeof pair.base !== 'string' || !pair.base.startsWith('examples/')) throw new Error(`${where}: base must be a file in examples/`);
    if (!Array.isArray(pair.edits) || pair.edits.length === 0) throw new Error(`${where}: edits are required`);
    if (!Array.isArray(pair.expect) || pair.expect.length === 0) throw new Error(`${where}: expect is required`);
    for (const e of pair.expect) {
      if (typeof e.at !== 'string' || !(e.at === '' || e.at.startsWith('/'))) throw new Error(`${where}: expect.at must be a JSON pointer`);
      if (!EFFECTS.includes(e.effect)) throw new Error(`${where}: expect.effect must be one of ${EFFECTS.join(', ')}`);
      if (typeof e.why !== 'string' || e.why.trim() === '') throw new Error(`${where}: every expectation needs a why`);
    }
  }
  return pairs;
}

export interface BuiltPair {
  /** Absolute path of the base file: loading with it resolves relative paths such as `holidayFiles`. */
  file: string;
  oldText: string;
  newText: string;
}

export function buildPair(pair: Pair): BuiltPair {
  const file = path.join(ROOT, pair.base);
  const baseText = readFileSync(file, 'utf8');
  const oldText = pair.baseEdits?.length ? applyEdits(baseText, pair.baseEdits) : baseText;
  const newText = applyEdits(oldText, pair.edits);
  return { file, oldText, newText };
}

/** Segment-wise prefix in either direction: `/a/b` and `/a/b/c` match, `/a/b` and `/a/bc` do not. */
export function pointersOverlap(a: string, b: string): boolean {
  const x = a === '' ? [] : a.split('/').slice(1);
  const y = b === '' ? [] : b.split('/').slice(1);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false;
  return true;
}

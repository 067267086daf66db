// The fuzzing suite's short budget, part of the normal test run: a fixed-seed sample of mutants from every class,
// plus every input that ever failed (test/fuzz/regressions). No time assertions here; `npm run fuzz` checks the
// 2 s limit and runs long budgets (`npm run fuzz -- --count 100000`). See test/fuzz/README.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MUTATION_CLASSES, mutant } from './mutate.js';
import { checkInput, loadSeeds } from './properties.js';
import { knownFailures, loadRegressions, regressionName } from './regressions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const regressionDir = path.join(here, 'regressions');
const SEED = 20_261_203;
const PER_CLASS = 12; // 13 classes × 12 = 156 mutants

const seeds = loadSeeds(root);
const known = knownFailures(regressionDir);

describe('fuzz: mutants of the examples and corpus', () => {
  for (const [c, cls] of MUTATION_CLASSES.entries()) {
    it(`${cls}: never throws, every diagnostic has a position, outputs are valid`, async () => {
      const problems: string[] = [];
      for (let k = 0; k < PER_CLASS; k++) {
        const index = k * MUTATION_CLASSES.length + c; // round-robin: this index is of class `cls`
        const m = mutant(SEED, index, seeds);
        expect(m.class).toBe(cls);
        // A known, unfixed failure is kept in regressions/ and replayed there as an expected failure.
        if (known[regressionName(m)]) continue;
        const { failures } = await checkInput(m.text, m.bytes);
        for (const f of failures) problems.push(`#${index} (${m.seed}, ${m.text.length} chars): ${f}`);
      }
      expect(problems).toEqual([]);
    }, 120_000);
  }

  it('is deterministic for a seed', () => {
    for (let i = 0; i < MUTATION_CLASSES.length; i++) expect(mutant(7, i, seeds)).toEqual(mutant(7, i, seeds));
  });
});

describe('fuzz: regressions (inputs that once failed)', () => {
  const regressions = loadRegressions(regressionDir);
  it('known-failures.json names only kept inputs', () => {
    const files = new Set(regressions.map((r) => r.file));
    expect(Object.keys(known).filter((f) => !files.has(f))).toEqual([]);
  });
  // A known failure is replayed once per (class, failure): the other inputs that fail the same way are skipped
  // (named here), so a few 1 MB inputs that take 20 s each until fixed do not slow the suite. Once the replayed one
  // passes, `it.fails` turns red: remove every entry with that failure from known-failures.json.
  const replayed = new Map<string, string>();
  for (const r of regressions) {
    const failure = known[r.file];
    const signature = `${r.class}: ${failure}`;
    const first = failure ? replayed.get(signature) : undefined;
    if (failure && first === undefined) replayed.set(signature, r.file);
    const test = first !== undefined ? it.skip : failure ? it.fails : it;
    const note = first !== undefined ? ` (known failure, same as ${first})` : failure ? ` (known failure: ${failure})` : '';
    test(`${r.file}${note}`, async () => {
      expect((await checkInput(r.text, r.bytes)).failures).toEqual([]);
    }, 120_000);
  }
});

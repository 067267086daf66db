/**
 * Precision and recall of the lint rules on the six real published support policies in test/corpus/ (issue 14),
 * through the library, as `node test/corpus/measure.mjs` measures them through the CLI: each policy linted with its
 * `.slarc.yaml` (`sla:policy`), its warnings and errors matched against the findings a reviewer expected before the
 * linter ran (<id>.expected.yaml). A finding matches an expected entry when the rule is the same, its pointer is the
 * expected pointer or below it, and its message contains the entry's `words`, if any.
 *
 * A rule change that loses a real finding or adds a wrong one fails here. The few known disagreements are listed
 * with why; a new one is a regression, or a judgment to be argued and written down here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Linter, type LintResult } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/types.js';
import { ROOT } from './helpers.js';

const CORPUS = path.join(ROOT, 'test/corpus');

/** The lowest precision and recall accepted, overall: what the calibration of issue 14 reached (96 %, 99 %). */
const FLOOR = { precision: 0.96, recall: 0.98 };

/**
 * Findings the expected files do not list, kept on purpose (`policy rule pointer`), and why.
 * - Atlassian's legacy tiers (Select, Priority Cloud, Priority Server, Premier) say nothing about L5, exactly as the
 *   cloud Premium and Enterprise tiers (expected) do; only a transcription note (an `x-` field, which lint ignores)
 *   says their tables predate L5. Nothing in the policy as published tells a reader L5 does not apply to them.
 */
const ACCEPTED_FALSE_POSITIVES = new Set([
  'atlassian-support-offerings missing-targets /tiers/0/targets',
  'atlassian-support-offerings missing-targets /tiers/1/targets',
  'atlassian-support-offerings missing-targets /tiers/2/targets',
  'atlassian-support-offerings missing-targets /tiers/3/targets',
]);

/**
 * Expected findings not found, on purpose (`policy rule pointer`), and why. None now: Atlassian's "hours only in
 * prose" entry was retired from its expected file when the transcription came to state the Priority week (43c3384).
 */
const ACCEPTED_MISSES = new Set<string>();

interface Expected {
  rule: string;
  pointer: string;
  why: string;
  words?: string;
}

const within = (pointer: string, prefix: string) => prefix === '' || pointer === prefix || pointer.startsWith(`${prefix}/`);
const matches = (finding: Finding, expected: Expected) =>
  finding.ruleId === expected.rule && within(finding.pointer, expected.pointer) && (!expected.words || finding.message.toLowerCase().includes(String(expected.words).toLowerCase()));

interface Measured {
  policy: string;
  found: number;
  truePositives: number;
  hit: number;
  expected: number;
  falsePositives: string[];
  misses: string[];
}

describe('lint calibration on the real published policies in test/corpus/', () => {
  const policies = readdirSync(CORPUS).filter((file) => file.endsWith('.expected.yaml')).map((file) => file.replace(/\.expected\.yaml$/, '')).sort();
  let measured: Measured[];
  let results: LintResult[];

  beforeAll(async () => {
    // The library, as the CLI uses it: each file linted with its nearest config (test/corpus/.slarc.yaml: sla:policy).
    // ignore: false, as --no-ignore: the repository's root .slarc.yaml ignores test/** for `sla lint` at the root.
    const linter = await Linter.create({ cwd: ROOT, ignore: false });
    const run = await linter.lintFiles(policies.map((policy) => `test/corpus/${policy}.sla.yaml`));
    expect(run.problems).toEqual([]);
    results = run.results;
    measured = policies.map((policy) => {
      const result = results.find((r) => path.basename(r.file) === `${policy}.sla.yaml`)!;
      const expected = (parse(readFileSync(path.join(CORPUS, `${policy}.expected.yaml`), 'utf8')) ?? []) as Expected[];
      const findings = result.findings.filter((f) => f.severity !== 'info');
      const falsePositives = findings.filter((f) => !expected.some((e) => matches(f, e))).map((f) => `${policy} ${f.ruleId} ${f.pointer}`);
      const misses = expected.filter((e) => !findings.some((f) => matches(f, e))).map((e) => `${policy} ${e.rule} ${e.pointer}`);
      return {
        policy,
        found: findings.length,
        truePositives: findings.length - falsePositives.length,
        hit: expected.length - misses.length,
        expected: expected.length,
        falsePositives,
        misses,
      };
    });
  });

  it('lints every policy without a rule failing', () => {
    expect(policies).toHaveLength(6);
    for (const result of results) expect(result.ruleFailures, result.file).toEqual([]);
  });

  it(`keeps precision at or above ${FLOOR.precision * 100} % and recall at or above ${FLOOR.recall * 100} %, overall`, () => {
    const total = measured.reduce((sum, m) => ({ found: sum.found + m.found, tp: sum.tp + m.truePositives, hit: sum.hit + m.hit, expected: sum.expected + m.expected }), { found: 0, tp: 0, hit: 0, expected: 0 });
    const table = measured.map((m) => `${m.policy}: ${m.truePositives}/${m.found} precise, ${m.hit}/${m.expected} found`).join('\n');
    expect(total.tp / total.found, `precision ${total.tp}/${total.found}\n${table}`).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(total.hit / total.expected, `recall ${total.hit}/${total.expected}\n${table}`).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it('reports no false positive beyond the accepted ones', () => {
    const unexpected = measured.flatMap((m) => m.falsePositives).filter((fp) => !ACCEPTED_FALSE_POSITIVES.has(fp));
    expect(unexpected).toEqual([]);
  });

  it('misses no expected finding beyond the accepted ones', () => {
    const unexpected = measured.flatMap((m) => m.misses).filter((miss) => !ACCEPTED_MISSES.has(miss));
    expect(unexpected).toEqual([]);
  });
});

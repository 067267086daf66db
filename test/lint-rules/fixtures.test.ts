/**
 * Each fixture in test/fixtures/lint/ is the standard example with one drafting mistake, named after the rule that
 * must catch it. The findings it must produce are written in it as comments (markdownlint style):
 *
 *   response: { within: 12h, calendar: berlin-business }  # expect: target-order/slowerThanLowerSeverity @29
 *   # expect: no-conflict-markers/conflictMarker 279:7      (a whole-line comment names line and column)
 *
 * Linting a fixture with every registered rule must produce exactly those findings: the mistake triggers its rule,
 * at the right place, and no other rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import { findPreset } from '../../src/lint/presets.js';
import { rules } from '../../src/lint/rules/index.js';
import { ROOT } from './helpers.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/lint');
const fixtureFiles = readdirSync(FIXTURES).filter((file) => file.endsWith('.sla.yaml')).sort();

/** The expectations written in a fixture, as `rule/messageId line:column`. */
function expectations(text: string): string[] {
  const expected: string[] = [];
  text.split('\n').forEach((line, index) => {
    const inline = /\S.*#\s*expect:\s*(\S+)\s+@(\d+)\s*$/.exec(line);
    if (inline) expected.push(`${inline[1]} ${index + 1}:${inline[2]}`);
    const whole = /^\s*#\s*expect:\s*(\S+)\s+(\d+:\d+)\s*$/.exec(line);
    if (whole) expected.push(`${whole[1]} ${whole[2]}`);
  });
  return expected.sort();
}

/**
 * Calibration fixtures (test/fixtures/lint/calibration/<rule-id>.<case>.sla.yaml) are published support policies,
 * paraphrased, with the wording a rule once got wrong: ordinary legal formulas it must leave alone beside the
 * mistakes it must still find. They are linted as published policies are, with `sla:policy`; every finding above
 * info must be one the fixture names. A fixture whose point is that nothing is reported says `# expect: none`.
 */
const CALIBRATION = path.join(FIXTURES, 'calibration');
const calibrationFiles = readdirSync(CALIBRATION).filter((file) => file.endsWith('.sla.yaml')).sort();

describe('calibration fixtures: real-world wording, linted with sla:policy', () => {
  const policy = findPreset('sla:policy')!;
  const severities = policy.settings(rules);
  const messageSeverities = policy.messageSettings?.(rules);

  it.each(calibrationFiles)('%s', (file) => {
    const ruleId = file.split('.')[0]!;
    expect(rules.map((rule) => rule.meta.id), 'named after the rule it calibrates').toContain(ruleId);
    const text = readFileSync(path.join(CALIBRATION, file), 'utf8');
    const result = lintText(text, { rules, severities, ...(messageSeverities && { messageSeverities }), file });
    expect(result.ruleFailures).toEqual([]);
    const found = result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}/${f.messageId} ${f.line}:${f.column}`).sort();
    const wanted = expectations(text);
    expect(wanted.length > 0 || /^\s*#\s*expect:\s*none\s*$/m.test(text), 'the fixture names the findings it expects, or says none').toBe(true);
    expect(found).toEqual(wanted);
  });
});

describe('lint fixtures: each mistake triggers exactly its rule, at the right line and column', () => {
  it('has a fixture for every rule', () => {
    expect(fixtureFiles.map((file) => file.replace(/\.sla\.yaml$/, ''))).toEqual(rules.map((rule) => rule.meta.id).sort());
  });

  it.each(fixtureFiles)('%s', (file) => {
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    const result = lintText(text, { rules, file });
    expect(result.ruleFailures).toEqual([]);
    const found = result.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.line}:${f.column}`).sort();
    const wanted = expectations(text);
    expect(wanted.length, 'the fixture names the findings it expects').toBeGreaterThan(0);
    expect(found).toEqual(wanted);
    expect(wanted.every((w) => w.startsWith(`${file.replace(/\.sla\.yaml$/, '')}/`))).toBe(true);
  });
});

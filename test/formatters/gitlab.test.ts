/**
 * `--format gitlab`: GitLab Code Quality (the Code Climate subset GitLab documents). GitLab compares fingerprints
 * between the merge request and its target, so they must be unique in a report and not change between runs or when
 * unrelated lines move.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, type FormatterContext } from '../../src/formatters/index.js';
import { fingerprints, gitlab } from '../../src/formatters/gitlab.js';
import type { LintResult } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/types.js';
import { runCli } from '../helpers/cli.js';
import { editExample, ROOT } from '../helpers/example.js';

const cwd = path.join(ROOT, 'work');

const context: FormatterContext = { cwd, color: new Chalk({ level: 0 }), rules: [], toolVersion: '0.1.0' };

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'vague-wording',
    messageId: 'vague',
    severity: 'warning',
    message: '"promptly" says no time; name one',
    file: 'agreements/acme.sla.yaml',
    pointer: '/severityLevels/0/definition',
    line: 12,
    column: 17,
    endLine: 12,
    endColumn: 25,
    docsUrl: 'https://github.com/sla-as-code/sla/blob/main/docs/rules/vague-wording.md',
    ...overrides,
  };
}

function result(file: string, findings: Finding[], suppressed: Finding[] = []): LintResult {
  return {
    file,
    findings,
    suppressed,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    ruleFailures: [],
  };
}

const results: LintResult[] = [
  result(path.join(cwd, 'agreements/acme.sla.yaml'), [
    finding({ file: path.join(cwd, 'agreements/acme.sla.yaml'), ruleId: 'schema', messageId: 'unknown-field', severity: 'error', message: 'unknown field `severty`', line: 3, column: 1, endLine: 3, endColumn: 8, pointer: '/severty' }),
    finding({ file: path.join(cwd, 'agreements/acme.sla.yaml') }),
    // The same word twice in one text: everything but the position agrees.
    finding({ file: path.join(cwd, 'agreements/acme.sla.yaml'), column: 40, endColumn: 48 }),
    finding({ file: path.join(cwd, 'agreements/acme.sla.yaml'), ruleId: 'no-placeholders', messageId: 'placeholder', severity: 'info', message: 'TODO: "a <b> & c"', line: 20, column: 5, endLine: 21, endColumn: 2 }),
  ], [finding({ file: path.join(cwd, 'agreements/acme.sla.yaml'), line: 30, suppressed: { reason: 'agreed' } })]),
  result('other.sla.yml', [finding({ file: 'other.sla.yml' })]),
  result('agreements/clean.sla.yaml', []),
];

interface Issue {
  type: string;
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

function parse(text: string): Issue[] {
  const issues: unknown = JSON.parse(text);
  expect(Array.isArray(issues)).toBe(true);
  return issues as Issue[];
}

describe('gitlab', () => {
  it('is registered', () => {
    expect(FORMAT_NAMES).toContain('gitlab');
  });

  it('writes a JSON array with every field GitLab requires, one issue per counted finding', () => {
    const text = gitlab(results, context);
    expect(text.endsWith(']\n')).toBe(true);
    const issues = parse(text);
    expect(issues).toHaveLength(5); // the suppressed finding is left out; a clean file has none
    for (const issue of issues) {
      expect(typeof issue.description).toBe('string');
      expect(issue.description.length).toBeGreaterThan(0);
      expect(typeof issue.check_name).toBe('string');
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(typeof issue.location.path).toBe('string');
      expect(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1).toBe(true);
    }
    expect(issues[0]).toEqual({
      type: 'issue',
      description: 'unknown field `severty`',
      check_name: 'schema',
      fingerprint: issues[0]!.fingerprint,
      severity: 'major',
      location: { path: 'agreements/acme.sla.yaml', lines: { begin: 3, end: 3 } },
    });
    expect(issues.map((i) => i.severity)).toEqual(['major', 'minor', 'minor', 'info', 'minor']);
    expect(issues[3]!.location.lines).toEqual({ begin: 20, end: 21 });
  });

  it('writes paths relative to the working directory, with forward slashes', () => {
    const paths = parse(gitlab(results, context)).map((i) => i.location.path);
    expect(paths).toEqual(['agreements/acme.sla.yaml', 'agreements/acme.sla.yaml', 'agreements/acme.sla.yaml', 'agreements/acme.sla.yaml', 'other.sla.yml']);
    for (const p of paths) {
      expect(path.isAbsolute(p)).toBe(false);
      expect(p).not.toContain('\\');
    }
  });

  it('writes an empty array when there is nothing to report (GitLab then shows no degradation)', () => {
    expect(JSON.parse(gitlab([result('a.sla.yaml', [])], context))).toEqual([]);
  });

  it('gives every finding a unique fingerprint, the same on every run and wherever the repository is checked out', () => {
    const first = parse(gitlab(results, context)).map((i) => i.fingerprint);
    expect(new Set(first).size).toBe(first.length);
    expect(parse(gitlab(results, context)).map((i) => i.fingerprint)).toEqual(first);
    // Another checkout, another absolute path: the relative path is what is hashed.
    const elsewhere = '/builds/acme/contracts';
    const moved = results.map((r) => ({ ...r, file: r.file.replace(cwd, elsewhere), findings: r.findings.map((f) => ({ ...f, file: f.file.replace(cwd, elsewhere) })) }));
    expect(parse(gitlab(moved, { ...context, cwd: elsewhere })).map((i) => i.fingerprint)).toEqual(first);
  });

  it('keeps fingerprints when unrelated lines move, and changes them when what the finding is about changes', () => {
    const base = [finding({}), finding({ column: 40 })];
    const shifted = base.map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7 }));
    expect(fingerprints(shifted, cwd)).toEqual(fingerprints(base, cwd));
    const print = fingerprints([finding({})], cwd)[0];
    for (const change of [{ ruleId: 'other' }, { file: 'b.sla.yaml' }, { pointer: '/x' }, { messageId: 'other' }, { message: 'other' }]) {
      expect(fingerprints([finding(change)], cwd)[0], JSON.stringify(change)).not.toBe(print);
    }
    // A line number quoted in a message (the unused-directive warning) does not count either.
    const directive = (line: number) => finding({ ruleId: 'unused-disable-directive', messageId: 'unused', pointer: '', message: `unused \`sla-disable-next-line\` directive: no \`vague-wording\` finding to suppress on line ${line}; remove it`, line: line - 1 });
    expect(fingerprints([directive(12)], cwd)).toEqual(fingerprints([directive(19)], cwd));
  });

  it('cannot be fooled into a collision by field boundaries', () => {
    const [a, b] = fingerprints([finding({ ruleId: 'a-b', pointer: '/c' }), finding({ ruleId: 'a', pointer: '-b/c' })], cwd);
    expect(a).not.toBe(b);
  });
});

describe('sla lint --format gitlab', () => {
  const fixture = editExample([
    [/(definition: A major function of the assistant fails)/, '$1; fixed promptly'],
    // The same word twice in one text: two findings that differ only in position.
    [/(definition: A single intent)/, 'definition: Handled promptly, confirmed promptly. A single intent'],
  ]);

  function project(text: string): string {
    const root = mkdtempSync(path.join(tmpdir(), 'sla-gitlab-'));
    mkdirSync(path.join(root, 'agreements'));
    writeFileSync(path.join(root, 'agreements/acme.sla.yaml'), text);
    return root;
  }

  async function report(root: string): Promise<Issue[]> {
    const run = await runCli(['lint', '--format', 'gitlab', '--output', 'gitlab=gl-code-quality-report.json', '--force'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0); // warnings only
    return parse(readFileSync(path.join(root, 'gl-code-quality-report.json'), 'utf8'));
  }

  it('writes a report GitLab reads; fingerprints survive a second run and lines moved above the findings', async () => {
    const root = project(fixture);
    const first = await report(root);
    const vague = first.filter((i) => i.check_name === 'vague-wording');
    expect(vague).toHaveLength(3); // two of them in one text, told apart only by their order
    expect(new Set(first.map((i) => i.fingerprint)).size).toBe(first.length);
    expect(first.every((i) => i.location.path === 'agreements/acme.sla.yaml')).toBe(true);
    expect(await report(root)).toEqual(first);

    // Three comment lines at the top: every finding moves down, none is new.
    writeFileSync(path.join(root, 'agreements/acme.sla.yaml'), `# one\n# two\n# three\n${fixture}`);
    const moved = await report(root);
    expect(moved.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));
    expect(moved.map((i) => i.location.lines.begin)).toEqual(first.map((i) => i.location.lines.begin + 3));
  });

  it('is among the formats the CLI offers', async () => {
    const run = await runCli(['lint', '--format', 'gitlb'], { cwd: ROOT });
    expect(run.code).toBe(2);
    for (const name of FORMAT_NAMES) expect(run.stderr).toContain(name);
  });
});

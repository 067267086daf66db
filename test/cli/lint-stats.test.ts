/**
 * `sla lint --stats`, as ESLint's TIMING=1 / --stats: after the normal output, on stderr, the time each rule took
 * (ms, share of the total, findings), slowest first, and the files and time of the run. Only the shape is tested:
 * times differ from run to run.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/lint/engine.js';
import { runCli } from '../helpers/cli.js';
import { editExample, exampleText } from '../helpers/example.js';

const withTodo = editExample([['Creates a ticket in the portal automatically.', 'TODO agree the ticket rules with the client.']]);

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sla-stats-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

interface Row { rule: string; time: number; share: number; findings: number }

function parseStats(stderr: string): { rows: Row[]; footer: string } {
  const lines = stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^Rule\s+\| Time \(ms\) \| Relative \| Findings$/);
  expect(lines[1]).toMatch(/^:-+\|-+:\|-+:\|-+:$/);
  const rows = lines.slice(2, -1).map((line) => {
    const cells = line.split('|').map((cell) => cell.trim());
    expect(cells).toHaveLength(4);
    expect(cells[1]).toMatch(/^\d+\.\d{3}$/);
    expect(cells[2]).toMatch(/^\d+\.\d%$/);
    expect(cells[3]).toMatch(/^\d+$/);
    return { rule: cells[0]!, time: Number(cells[1]), share: Number(cells[2]!.slice(0, -1)), findings: Number(cells[3]) };
  });
  return { rows, footer: lines.at(-1)! };
}

/** The rules on (not `off`) in the effective config of a file. */
async function rulesOn(cwd: string, file: string, ...more: string[]): Promise<string[]> {
  const run = await runCli(['lint', '--print-config', file, ...more], { cwd });
  const { rules } = JSON.parse(run.stdout) as { rules: Record<string, string | [string, unknown]> };
  return Object.entries(rules).filter(([, entry]) => (Array.isArray(entry) ? entry[0] : entry) !== 'off').map(([id]) => id).sort();
}

describe('--stats', () => {
  it('after the normal output, on stderr: every rule that ran, slowest first, with findings, files and time', async () => {
    const cwd = project({ 'a.sla.yaml': withTodo, 'b.sla.yaml': exampleText() });
    const run = await runCli(['lint', '.', '--format', 'json', '--stats'], { cwd });
    expect(run.code).toBe(0);
    // The normal output is unchanged: stdout is still the JSON report.
    const report = JSON.parse(run.stdout) as { findings?: { ruleId: string }[]; messages?: { ruleId: string }[] }[];
    expect(report.length).toBe(2);
    const reported = report.flatMap((r) => r.findings ?? r.messages ?? []).filter((f) => f.ruleId !== 'schema' && f.ruleId !== 'unused-disable-directive');
    const { rows, footer } = parseStats(run.stderr);
    expect(rows.map((row) => row.rule).sort()).toEqual(await rulesOn(cwd, 'a.sla.yaml'));
    for (const row of rows) {
      expect(row.time).toBeGreaterThanOrEqual(0);
      expect(row.share).toBeGreaterThanOrEqual(0);
      expect(row.share).toBeLessThanOrEqual(100);
    }
    const times = rows.map((row) => row.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(rows.find((row) => row.rule === 'no-placeholders')?.findings).toBe(1);
    expect(rows.reduce((n, row) => n + row.findings, 0)).toBe(reported.length);
    expect(footer).toMatch(/^2 files linted in \d+\.\d{3} ms; rules took \d+\.\d{3} ms$/);
  });

  it('follows the config and --rule: a rule turned off is not listed', async () => {
    const cwd = project({ '.slarc.yaml': 'extends: sla:strict\n', 'a.sla.yaml': withTodo });
    const run = await runCli(['lint', 'a.sla.yaml', '--stats', '--rule', 'no-placeholders: off'], { cwd });
    expect(run.code).toBe(0);
    const { rows, footer } = parseStats(run.stderr);
    expect(rows.map((row) => row.rule)).not.toContain('no-placeholders');
    expect(rows.map((row) => row.rule).sort()).toEqual(await rulesOn(cwd, 'a.sla.yaml', '--rule', 'no-placeholders: off'));
    expect(footer).toMatch(/^1 file linted in /);
  });

  it('counts stdin as a file', async () => {
    const cwd = project({});
    const run = await runCli(['lint', '-', '--stats'], { cwd, stdin: withTodo });
    expect(run.stdout).toContain('no-placeholders');
    const { rows, footer } = parseStats(run.stderr.slice(run.stderr.indexOf('Rule')));
    expect(rows.length).toBeGreaterThan(0);
    expect(footer).toMatch(/^1 file linted in /);
  });

  it('without --stats, nothing on stderr', async () => {
    const cwd = project({ 'a.sla.yaml': withTodo });
    const run = await runCli(['lint', 'a.sla.yaml'], { cwd });
    expect(run.stderr).toBe('');
  });

  it('the library returns the times in each result only when asked (collectStats)', async () => {
    const cwd = project({ 'a.sla.yaml': withTodo });
    const plain = await Linter.create({ cwd });
    expect((await plain.lintFiles(['a.sla.yaml'])).results[0]!.stats).toBeUndefined();
    const timed = await Linter.create({ cwd, collectStats: true });
    const [result] = (await timed.lintFiles(['a.sla.yaml'])).results;
    const stats = result!.stats!;
    expect(Object.keys(stats.rules).length).toBeGreaterThan(0);
    for (const entry of Object.values(stats.rules)) expect(entry.time).toBeGreaterThanOrEqual(0);
    expect(stats.rules['no-placeholders']?.findings).toBe(1);
    expect(stats.time).toBeCloseTo(Object.values(stats.rules).reduce((n, entry) => n + entry.time, 0), 6);
  });
});

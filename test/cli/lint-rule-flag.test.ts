/**
 * `sla lint --rule 'id: severity'` and `--rule 'id: [severity, { option: value }]'`, as ESLint's `--rule`: on top of
 * every file's config, later flags winning; an unknown rule, a bad severity or bad options are usage errors (exit 2).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editExample, exampleText } from '../helpers/example.js';

/** One `no-placeholders` finding (a warning by default), nothing else. */
const withTodo = editExample([['Creates a ticket in the portal automatically.', 'TODO agree the ticket rules with the client.']]);

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sla-rule-flag-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

interface JsonResult { file: string; findings?: { ruleId: string; severity: string }[]; messages?: { ruleId: string; severity: string }[] }
const placeholderSeverities = (stdout: string): string[] =>
  (JSON.parse(stdout) as JsonResult[]).flatMap((r) => (r.findings ?? r.messages ?? []).filter((f) => f.ruleId === 'no-placeholders').map((f) => f.severity));

describe('--rule', () => {
  it('changes a rule\'s severity for the run', async () => {
    const cwd = project({ 'a.sla.yaml': withTodo });
    const before = await runCli(['lint', 'a.sla.yaml', '--format', 'json'], { cwd });
    expect(before.code).toBe(0);
    expect(placeholderSeverities(before.stdout)).toEqual(['warning']);
    const after = await runCli(['lint', 'a.sla.yaml', '--format', 'json', '--rule', 'no-placeholders: error'], { cwd });
    expect(after.code).toBe(1);
    expect(placeholderSeverities(after.stdout)).toEqual(['error']);
  });

  it('applies after the config file, to every file, whichever config is nearest', async () => {
    const cwd = project({
      '.slarc.yaml': 'rules:\n  no-placeholders: off\n',
      'a.sla.yaml': withTodo,
      'sub/.slarc.yaml': 'extends: sla:strict\nrules:\n  no-placeholders: info\n',
      'sub/b.sla.yaml': withTodo,
    });
    const configOnly = await runCli(['lint', '.', '--format', 'json'], { cwd });
    expect(placeholderSeverities(configOnly.stdout)).toEqual(['info']);
    const run = await runCli(['lint', '.', '--format', 'json', '--rule', 'no-placeholders: warning'], { cwd });
    expect(run.stderr).toBe('');
    expect(placeholderSeverities(run.stdout)).toEqual(['warning', 'warning']);
  });

  it('applies over --config too', async () => {
    const cwd = project({ 'strict.yaml': 'rules:\n  no-placeholders: off\n', 'a.sla.yaml': withTodo });
    const run = await runCli(['lint', 'a.sla.yaml', '--config', 'strict.yaml', '--format', 'json', '--rule', 'no-placeholders: error'], { cwd });
    expect(run.code).toBe(1);
    expect(placeholderSeverities(run.stdout)).toEqual(['error']);
  });

  it('is repeatable; the last flag for a rule wins', async () => {
    const cwd = project({ 'a.sla.yaml': withTodo });
    const run = await runCli(['lint', 'a.sla.yaml', '--format', 'json', '--rule', 'no-placeholders: error', '--rule', 'no-placeholders: off'], { cwd });
    expect(run.code).toBe(0);
    expect(placeholderSeverities(run.stdout)).toEqual([]);
  });

  it('takes JSON, and several rules separated by commas', async () => {
    const cwd = project({ 'a.sla.yaml': withTodo });
    const json = await runCli(['lint', 'a.sla.yaml', '--format', 'json', '--rule', '{"no-placeholders": "error"}'], { cwd });
    expect(placeholderSeverities(json.stdout)).toEqual(['error']);
    const several = await runCli(['lint', 'a.sla.yaml', '--format', 'json', '--rule', 'vague-wording: off, no-placeholders: info'], { cwd });
    expect(several.stderr).toBe('');
    expect(placeholderSeverities(several.stdout)).toEqual(['info']);
  });

  it('takes options in flow syntax, validated against the rule\'s options schema', async () => {
    const cwd = project({ 'a.sla.yaml': exampleText() });
    const run = await runCli(['lint', 'a.sla.yaml', '--rule', 'client-responsibilities: [warning, {required: [designated-contact]}]'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  describe('usage errors: exit 2, nothing linted', () => {
    const cwd = project({ 'a.sla.yaml': withTodo });

    it('an unknown rule id, with a did-you-mean', async () => {
      const run = await runCli(['lint', 'a.sla.yaml', '--rule', 'no-placeholder: error'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('sla: --rule: unknown rule `no-placeholder` (did you mean `no-placeholders`?); run `sla rules` for the list\n');
    });

    it('a bad severity', async () => {
      const run = await runCli(['lint', 'a.sla.yaml', '--rule', 'no-placeholders: eror'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('sla: --rule: the severity of `no-placeholders` must be `off`, `info`, `warning` or `error`, or a list `[severity, { options }]`\n');
    });

    it('an unknown option, with a did-you-mean', async () => {
      const run = await runCli(['lint', 'a.sla.yaml', '--rule', 'client-responsibilities: [warning, {requird: []}]'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^sla: --rule: `client-responsibilities` has no option `requird` \(did you mean `required`\?\)/);
    });

    it('text that is not a rule setting', async () => {
      const run = await runCli(['lint', 'a.sla.yaml', '--rule', '[error'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^sla: --rule `\[error`: write a rule id and its severity, e\.g\. --rule 'vague-wording: error'/);
    });
  });
});

/**
 * `sla lint --print-config <file>`, as ESLint's: the configuration that applies to the file (its nearest config or
 * --config, presets resolved, --rule on top) as JSON on stdout, exit 0, and nothing linted.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editExample } from '../helpers/example.js';

/** A schema error and a placeholder: linting it would exit 1 and print findings. */
const broken = editExample([['slaVersion: 1', 'slaVersion: 7'], ['Creates a ticket in the portal automatically.', 'TODO agree the ticket rules.']]);

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sla-print-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

interface Printed { configFile: string | null; rules: Record<string, unknown>; messageSeverities: Record<string, Record<string, string>>; ignores: string[] }

async function printConfig(cwd: string, file: string, ...more: string[]): Promise<Printed> {
  const run = await runCli(['lint', '--print-config', file, ...more], { cwd });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Printed;
}

const ruleIds = async (): Promise<string[]> => {
  const run = await runCli(['rules', '--format', 'json']);
  const parsed = JSON.parse(run.stdout) as { id: string }[] | { rules: { id: string }[] };
  return (Array.isArray(parsed) ? parsed : parsed.rules).map((rule) => rule.id);
};

describe('--print-config', () => {
  it('prints every rule\'s severity and options for the file, lints nothing, exit 0', async () => {
    const cwd = project({ '.slarc.yaml': 'rules:\n  no-placeholders: error\n  vague-wording: [warning, { extraPhrases: [in due course] }]\nignores: [drafts/**]\n', 'a.sla.yaml': broken });
    const run = await runCli(['lint', '--print-config', 'a.sla.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const config = JSON.parse(run.stdout) as Printed;
    expect(config.configFile).toBe('.slarc.yaml');
    expect(config.ignores).toEqual(['drafts/**']);
    expect(config.rules['no-placeholders']).toBe('error');
    expect(config.rules['vague-wording']).toEqual(['warning', expect.objectContaining({ extraPhrases: ['in due course'] })]);
    const known = await ruleIds();
    expect(Object.keys(config.rules).sort()).toEqual(known.filter((id) => id !== 'schema' && id !== 'unused-disable-directive').sort());
  });

  it('resolves presets: sla:strict turns every rule on, sla:policy lowers agency-only checks to info', async () => {
    const cwd = project({ 'strict/.slarc.yaml': 'extends: sla:strict\n', 'strict/a.sla.yaml': broken, 'policy/.slarc.yaml': 'extends: sla:policy\n', 'policy/a.sla.yaml': broken });
    const strict = await printConfig(cwd, 'strict/a.sla.yaml');
    expect(strict.configFile).toBe(path.join('strict', '.slarc.yaml'));
    expect(Object.values(strict.rules).map((entry) => (Array.isArray(entry) ? entry[0] : entry))).not.toContain('off');
    const policy = await printConfig(cwd, 'policy/a.sla.yaml');
    expect(policy.rules['missing-review-cadence']).toBe('info');
    expect(policy.messageSeverities['support-enhancement-boundary']).toMatchObject({ noThreshold: 'info', noQuoting: 'info' });
  });

  it('uses the nearest config for the file, or --config', async () => {
    const cwd = project({ '.slarc.yaml': 'rules:\n  no-placeholders: off\n', 'sub/.slarc.yaml': 'rules:\n  no-placeholders: info\n', 'sub/a.sla.yaml': broken, 'b.sla.yaml': broken, 'other.yaml': 'rules:\n  no-placeholders: error\n' });
    expect((await printConfig(cwd, 'b.sla.yaml')).rules['no-placeholders']).toBe('off');
    expect((await printConfig(cwd, 'sub/a.sla.yaml')).rules['no-placeholders']).toBe('info');
    const named = await printConfig(cwd, 'sub/a.sla.yaml', '--config', 'other.yaml');
    expect(named.configFile).toBe('other.yaml');
    expect(named.rules['no-placeholders']).toBe('error');
  });

  it('without a config file: sla:recommended, configFile null', async () => {
    const cwd = project({ 'a.sla.yaml': broken });
    const config = await printConfig(cwd, 'a.sla.yaml');
    expect(config.configFile).toBeNull();
    expect(config.rules['no-placeholders']).toBe('warning');
  });

  it('includes --rule: a severity alone keeps the config\'s options, options replace them, a preset\'s message severities go', async () => {
    const cwd = project({ '.slarc.yaml': 'extends: sla:policy\nrules:\n  vague-wording: [warning, { extraPhrases: [in due course] }]\n', 'a.sla.yaml': broken });
    const config = await printConfig(cwd, 'a.sla.yaml',
      '--rule', 'vague-wording: error',
      '--rule', 'client-responsibilities: [info, {required: [designated-contact]}]',
      '--rule', 'support-enhancement-boundary: warning');
    expect(config.rules['vague-wording']).toEqual(['error', expect.objectContaining({ extraPhrases: ['in due course'] })]);
    expect(config.rules['client-responsibilities']).toEqual(['info', expect.objectContaining({ required: ['designated-contact'] })]);
    expect(config.rules['support-enhancement-boundary']).toBe('warning');
    expect(config.messageSeverities['support-enhancement-boundary']).toBeUndefined();
  });

  describe('exit 2 with the usual message', () => {
    it('a missing file', async () => {
      const cwd = project({});
      const run = await runCli(['lint', '--print-config', 'missing.sla.yaml'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('sla: missing.sla.yaml: no such file or directory\n');
    });

    it('a broken config', async () => {
      const cwd = project({ '.slarc.yaml': 'rules:\n  vague-wordings: error\n', 'a.sla.yaml': broken });
      const run = await runCli(['lint', '--print-config', 'a.sla.yaml'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('sla: .slarc.yaml:2:3: unknown rule `vague-wordings` (did you mean `vague-wording`?); run `sla rules` for the list (the config file is not valid; see docs/lint.md#configuration)\n');
    });

    it('a bad --rule', async () => {
      const cwd = project({ 'a.sla.yaml': broken });
      const run = await runCli(['lint', '--print-config', 'a.sla.yaml', '--rule', 'vague-wordings: error'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('sla: --rule: unknown rule `vague-wordings` (did you mean `vague-wording`?); run `sla rules` for the list\n');
    });
  });
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { exampleText, ROOT } from '../helpers/example.js';
import { sarifValidator } from './sarif-validator.js';

const example = exampleText();
const invalid = example.replace('slaVersion: 1', 'slaVersion: 7');
/** A clean agreement with one unused directive: exactly one warning from the engine itself. */
const oneWarning = `# sla-disable-next-line general-availability-promise\n${example}`;

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sla-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('sla lint on the shipped examples', () => {
  it('exits 0 with no findings', async () => {
    const run = await runCli(['lint', 'examples'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  it('writes SARIF that validates against the SARIF 2.1.0 schema', async () => {
    const run = await runCli(['lint', 'examples', '--format', 'sarif'], { cwd: ROOT });
    expect(run.code).toBe(0);
    const validate = sarifValidator();
    expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('sla lint', () => {
  it('reports schema errors as findings and exits 1', async () => {
    const cwd = project({ 'a.sla.yaml': invalid });
    const run = await runCli(['lint'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^a\.sla\.yaml$/m);
    expect(run.stdout).toMatch(/^ {2}5:13 +error +.* +schema$/m);
    expect(run.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
  });

  it('exits 0 on warnings, and 1 when they exceed --max-warnings', async () => {
    const cwd = project({ 'a.sla.yaml': oneWarning });
    const lenient = await runCli(['lint', '.'], { cwd });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/1:1 +warning +unused `sla-disable-next-line` directive.* +unused-disable-directive/);
    const strict = await runCli(['lint', '.', '--max-warnings', '0'], { cwd });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 warning, more than --max-warnings 0');
    expect((await runCli(['lint', '--max-warnings', '1'], { cwd })).code).toBe(0);
  });

  it('shows only errors with --quiet, and no unused-directive warnings when told not to', async () => {
    const cwd = project({ 'a.sla.yaml': oneWarning });
    expect((await runCli(['lint', '--quiet'], { cwd })).stdout).toBe('');
    expect((await runCli(['lint', '--no-report-unused-disable-directives', '--max-warnings', '0'], { cwd }))).toMatchObject({ code: 0, stdout: '' });
    expect((await runCli(['lint', '--report-unused-disable-directives', 'error'], { cwd })).code).toBe(1);
  });

  it('prints the documented JSON', async () => {
    const cwd = project({ 'a.sla.yaml': invalid, 'b.sla.yaml': example });
    const run = await runCli(['lint', '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.map((r: { file: string }) => r.file)).toEqual(['a.sla.yaml', 'b.sla.yaml']);
    expect(report[0]).toMatchObject({ errorCount: 1, warningCount: 0, findings: [{ ruleId: 'schema', severity: 'error', line: 5, column: 13, endLine: 5, pointer: '/slaVersion' }] });
  });

  it('writes several formats in one run, one of them to a file, atomically', async () => {
    const cwd = project({ 'a.sla.yaml': invalid, 'reports/.keep': '' });
    const run = await runCli(['lint', '--format', 'stylish', '--format', 'sarif', '--output', 'sarif=reports/results.sarif'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('schema');
    expect(run.stdout).not.toContain('"version": "2.1.0"');
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'reports/results.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a.sla.yaml');
    expect(readdirSync(path.join(cwd, 'reports')).sort()).toEqual(['.keep', 'results.sarif']);
  });

  it('refuses to replace an output file without --force', async () => {
    const cwd = project({ 'a.sla.yaml': example, 'out.xml': 'precious' });
    const refused = await runCli(['lint', '--format', 'junit', '--output', 'out.xml'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('out.xml already exists; add --force to replace it');
    expect(readFileSync(path.join(cwd, 'out.xml'), 'utf8')).toBe('precious');
    const forced = await runCli(['lint', '--format', 'junit', '--output', 'out.xml', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'out.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('adds a format named only in --output', async () => {
    const cwd = project({ 'a.sla.yaml': example });
    const run = await runCli(['lint', '--output', 'github=annotations.txt'], { cwd });
    expect(run.code).toBe(0);
    expect(existsSync(path.join(cwd, 'annotations.txt'))).toBe(true);
  });

  it('rejects usage mistakes with exit 2', async () => {
    const cwd = project({ 'a.sla.yaml': example });
    const unknownFormat = await runCli(['lint', '--format', 'xml'], { cwd });
    expect(unknownFormat).toMatchObject({ code: 2, stdout: '' });
    expect(unknownFormat.stderr).toContain("argument 'xml' is invalid. `xml` is not a format. Choose `stylish`, `json`, `sarif`");
    const ambiguous = await runCli(['lint', '--format', 'json', '--format', 'sarif', '--output', 'out'], { cwd });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('say which goes to the file, e.g. --output sarif=out');
    expect((await runCli(['lint', '--max-warnings', 'many'], { cwd })).code).toBe(2);
    const sameFile = await runCli(['lint', '--output', 'json=out.txt', '--output', 'sarif=./out.txt'], { cwd });
    expect(sameFile.code).toBe(2);
    expect(sameFile.stderr).toBe('sla: --output: json and sarif would both be written to ./out.txt; give each format a file of its own\n');
    expect(existsSync(path.join(cwd, 'out.txt'))).toBe(false);
    const overInput = await runCli(['lint', 'a.sla.yaml', '--format', 'json', '--output', 'a.sla.yaml', '--force'], { cwd });
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toBe('sla: --output a.sla.yaml is one of the agreements linted; write the json output to another file\n');
    expect(readFileSync(path.join(cwd, 'a.sla.yaml'), 'utf8')).toBe(example);
  });

  it('exits 2 when an input matches nothing', async () => {
    const cwd = project({ 'a.sla.yaml': example, 'node_modules/dep/b.sla.yaml': invalid });
    expect(await runCli(['lint', 'missing.sla.yaml'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.sla.yaml: no such file or directory') });
    expect((await runCli(['lint', 'nothing/*.sla.yaml'], { cwd })).code).toBe(2);
    // node_modules is skipped, so the invalid file there is not linted.
    expect((await runCli(['lint'], { cwd })).code).toBe(0);
  });

  it('reads stdin with -, naming it --stdin-filename and finding the config from there', async () => {
    const cwd = project({ 'team/.slarc.yaml': 'rules:\n  general-availability-promise: error\n' });
    const text = example.replace('slaVersion: 1', 'slaVersion: 7');
    const run = await runCli(['lint', '-', '--stdin-filename', 'team/draft.sla.yaml', '--format', 'json'], { cwd, stdin: text });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ file: 'team/draft.sla.yaml', errorCount: 1 });
  });

  it('exits 2 on a bad config, naming file:line:col, and prints no results', async () => {
    const cwd = project({ 'a.sla.yaml': invalid, '.slarc.yaml': 'rules:\n  general-availability-promis: error\n' });
    const run = await runCli(['lint'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('sla: .slarc.yaml:2:3: unknown rule `general-availability-promis` (did you mean `general-availability-promise`?)');
  });

  it('uses --config for every file', async () => {
    const cwd = project({ 'a.sla.yaml': oneWarning, 'ci.yaml': 'rules:\n  general-availability-promise: off\n' });
    const run = await runCli(['lint', '--config', 'ci.yaml'], { cwd });
    // The rule is off, so the directive for it is not judged.
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect((await runCli(['lint', '--config', 'nope.yaml'], { cwd })).code).toBe(2);
  });

  it('has help with examples and exit codes', async () => {
    const run = await runCli(['lint', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit codes:');
  });
});

describe('sla rules', () => {
  it('lists every rule with its default severity', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/schema +error +The file is well-formed/);
    expect(run.stdout).toMatch(/general-availability-promise +warning/);
  });

  it('prints JSON with docs links', async () => {
    const rules = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as { id: string; docsUrl: string; defaultSeverity: string }[];
    expect(rules.map((r) => r.id)).toContain('general-availability-promise');
    for (const rule of rules) expect(rule.docsUrl).toMatch(/^https:\/\/github\.com\/sla-as-code\/sla\/blob\/main\/docs\//);
  });

  it('prints the config file\'s JSON Schema, which accepts a real config and rejects a misspelt rule', async () => {
    const run = await runCli(['rules', '--config-schema']);
    expect(run.code).toBe(0);
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    // A CommonJS module: the class is its exports' `default`.
    const validate = new Ajv2020.default({ strict: false }).compile(JSON.parse(run.stdout));
    expect(validate({ extends: 'sla:strict', rules: { 'vague-wording': 'error', 'client-responsibilities': ['warning', { required: ['designated-contact'] }] }, ignores: ['drafts/**'] })).toBe(true);
    expect(validate({ rules: { 'vague-wordin': 'error' } })).toBe(false);
  });
});

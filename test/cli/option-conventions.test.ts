// The conventions every command shares (docs/cli.md): choices matched without case and with a did-you-mean, one
// output flag (-o, --output; `-` is stdout) with the 0.1 spellings still read, one format at most on stdout.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT, STANDARD_EXAMPLE } from '../helpers/example.js';

const TICKETS = path.join(ROOT, 'examples/standard-customer-service-assistant.tickets.csv');
const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'sla-conventions-'));

describe('option values: case-insensitive, with a did-you-mean', () => {
  const misspelt: [string, string[], string][] = [
    ['lint -f sarf', ['lint', STANDARD_EXAMPLE, '-f', 'sarf'], 'sarif'],
    ['validate -f jsn', ['validate', STANDARD_EXAMPLE, '-f', 'jsn'], 'json'],
    ['render --paper leter', ['render', STANDARD_EXAMPLE, '--paper', 'leter', '-o', '-'], 'letter'],
    ['report -f mdd', ['report', STANDARD_EXAMPLE, '--tickets', TICKETS, '-f', 'mdd'], 'md'],
    ['review --input-format jsonn', ['review', STANDARD_EXAMPLE, '--tickets', TICKETS, '--input-format', 'jsonn'], 'json'],
    ['diff --fail-on weeker', ['diff', STANDARD_EXAMPLE, STANDARD_EXAMPLE, '--fail-on', 'weeker'], 'weaker'],
    ['budget -w quater', ['budget', '99.9', '-w', 'quater'], 'quarter'],
    ['rules -f txt', ['rules', '-f', 'txt'], 'text'],
  ];
  it.each(misspelt)('%s exits 2 and suggests the value meant', async (_name, args, meant) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`did you mean \`${meant}\`?`);
    expect(run.stderr).toMatch(/Choose `/);
  });

  it('names every choice when nothing is close', async () => {
    const run = await runCli(['lint', STANDARD_EXAMPLE, '-f', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`xml` is not a format. Choose `stylish`, `json`, `sarif`, `junit`, `github`, `gitlab` or `checkstyle`.');
  });

  it('takes a value in any case, everywhere', async () => {
    const lint = await runCli(['lint', STANDARD_EXAMPLE, '-f', 'JSON']);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout)).toHaveLength(1);
    const validate = await runCli(['validate', STANDARD_EXAMPLE, '-f', 'Json']);
    expect(JSON.parse(validate.stdout)).toMatchObject([{ valid: true }]);
    const budget = await runCli(['budget', '99.9', '-w', 'Quarter', '-f', 'JSON']);
    expect(budget.code).toBe(0);
    expect(JSON.parse(budget.stdout)).toBeTruthy();
    const unused = await runCli(['lint', STANDARD_EXAMPLE, '--report-unused-disable-directives', 'Error']);
    expect(unused.code).toBe(0);
  });
});

describe('one output flag', () => {
  it('-o - is stdout in report, review and diff as in render and lint', async () => {
    const report = await runCli(['report', STANDARD_EXAMPLE, '--tickets', TICKETS, '--now', '2027-04-01T09:00', '-f', 'json', '-o', '-']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toBeTruthy();
    const diff = await runCli(['diff', STANDARD_EXAMPLE, STANDARD_EXAMPLE, '-f', 'json', '-o', '-']);
    expect(JSON.parse(diff.stdout)).toBeTruthy();
    const lint = await runCli(['lint', STANDARD_EXAMPLE, '-f', 'json', '-o', '-']);
    expect(JSON.parse(lint.stdout)).toHaveLength(1);
  });

  it('reads the 0.1 spellings (lint --output-file, render --out, due -o) and names the new ones on stderr', async () => {
    const dir = scratch();
    const lint = await runCli(['lint', STANDARD_EXAMPLE, '-f', 'sarif', '--output-file', path.join(dir, 'a.sarif')]);
    expect(lint.code).toBe(0);
    expect(existsSync(path.join(dir, 'a.sarif'))).toBe(true);
    expect(lint.stderr).toContain('--output-file is now --output (-o)');
    const render = await runCli(['render', STANDARD_EXAMPLE, '-f', 'md', '--out', path.join(dir, 'build')]);
    expect(render.code).toBe(0);
    expect(existsSync(path.join(dir, 'build/standard-customer-service-assistant.md'))).toBe(true);
    expect(render.stderr).toContain('--out is now --out-dir');
    const due = await runCli(['due', STANDARD_EXAMPLE, '--severity', 'critical', '-o', '2027-03-02T10:00', '--now', '2027-03-02T10:00', '-f', 'json']);
    const viaNew = await runCli(['due', STANDARD_EXAMPLE, '--severity', 'critical', '--opened', '2027-03-02T10:00', '--now', '2027-03-02T10:00', '-f', 'json']);
    expect(due.code).toBe(0);
    expect(due.stdout).toBe(viaNew.stdout);
    expect(due.stderr).toContain('-o is now --opened');
    expect(viaNew.stderr).not.toContain('is now');
  });

  it('does not list the old spellings in --help', async () => {
    const help = await runCli(['render', '--help']);
    expect(help.stdout).toContain('--out-dir <dir>');
    expect(help.stdout).not.toMatch(/--out </);
    const lintHelp = await runCli(['lint', '--help']);
    expect(lintHelp.stdout).not.toContain('--output-file');
  });
});

describe('one format on stdout', () => {
  it('refuses two formats on stdout and names the fix', async () => {
    const run = await runCli(['lint', STANDARD_EXAMPLE, '-f', 'stylish', '-f', 'sarif']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('`stylish` and `sarif` would all be written to stdout');
    expect(run.stderr).toContain('--output sarif=results.sarif');
  });

  it('takes two formats when the second has a file', async () => {
    const dir = scratch();
    const run = await runCli(['lint', STANDARD_EXAMPLE, '-f', 'stylish', '-f', 'sarif', '-o', `sarif=${path.join(dir, 'r.sarif')}`]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editExample, positionOf, ROOT } from '../helpers/example.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sla-validate-'));

/** The standard example with five different mistakes, as the acceptance test asks. */
const fiveMistakes = editExample([
  ['status: active', 'status: actve'],
  ['    severities: [high, normal, low]', '    severites: [high, normal, low]'],
  ['response: { within: 8h, calendar: berlin-business, firmness: commitment }', 'response: { within: 8 hours, calendar: berlin-business, firmness: commitment }'],
  ['effectiveDate: 2027-01-01', 'effectiveDate: 2027-02-30'],
  ['    timezone: Europe/Berlin\n    hours:\n      - days', '    timezone: Europe/Berln\n    hours:\n      - days'],
]);

describe('sla validate', () => {
  it('accepts every shipped example (directory search)', async () => {
    const run = await runCli(['validate', 'examples'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✔ \d+ files? valid/);
  });

  it('reports five different mistakes in one run, each at its file:line:col, exit 1', async () => {
    const file = path.join(tmp, 'five.sla.yaml');
    writeFileSync(file, fiveMistakes);
    const run = await runCli(['validate', 'five.sla.yaml'], { cwd: tmp });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('✖ 5 errors in 1 of 1 file');
    const at = (needle: string) => {
      const { line, column } = positionOf(fiveMistakes, needle);
      return `five.sla.yaml:${line}:${column}  error  `;
    };
    expect(lines.slice(0, -1)).toEqual([
      expect.stringContaining(at('actve')),
      expect.stringContaining(at('2027-02-30')),
      expect.stringContaining(at('Europe/Berln')),
      expect.stringContaining(at('8 hours')),
      expect.stringContaining(at('severites')),
    ]);
    expect(lines[4]).toMatch(/unknown field `severites` .* did you mean `severities`\?  \(\/channels\/1\/severites\)$/);
  });

  it('prints machine-readable results with --format json', async () => {
    writeFileSync(path.join(tmp, 'five.sla.yaml'), fiveMistakes);
    const run = await runCli(['validate', 'five.sla.yaml', '--format', 'json'], { cwd: tmp });
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout);
    expect(report).toMatchObject({ file: 'five.sla.yaml', valid: false, errorCount: 5, warningCount: 0 });
    expect(report.diagnostics[0]).toEqual({
      code: 'invalid-value', severity: 'error', message: expect.stringContaining('actve'), pointer: '/status',
      line: 10, column: 9, endLine: 10, endColumn: 14,
    });
  });

  it('reads stdin with -, naming it with --stdin-filename', async () => {
    const run = await runCli(['validate', '-', '--stdin-filename', 'piped.sla.yaml'], { stdin: fiveMistakes, cwd: tmp });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^piped\.sla\.yaml:10:9 /);
  });

  it('says it is waiting when - reads a terminal, instead of seeming to hang', async () => {
    const run = await runCli(['validate', '-'], { stdin: fiveMistakes, stdinIsTTY: true, cwd: tmp });
    expect(run.stderr).toBe('sla: reading the agreement from the terminal; end it with Ctrl-D\n');
    expect((await runCli(['validate', '-'], { stdin: fiveMistakes, cwd: tmp })).stderr).toBe('');
  });

  it('holds stdin to the same checks as a file: binary, non-UTF-8, --max-bytes', async () => {
    const binary = await runCli(['validate', '-'], { stdin: new Uint8Array([0x6b, 0x3a, 0x20, 0x00, 0x01]), cwd: tmp });
    expect(binary.code).toBe(1);
    expect(binary.stdout).toMatch(/^<stdin>:1:4  error  the file contains NUL bytes/);
    const latin1 = await runCli(['validate', '-', '--stdin-filename', 'x.sla.yaml'], { stdin: new Uint8Array([0x6b, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]), cwd: tmp });
    expect(latin1.stdout).toMatch(/^x\.sla\.yaml:1:7  error  the file is not valid UTF-8 \(byte 0xe9/);
    for (const command of ['validate', 'lint']) {
      const big = await runCli([command, '-', '--max-bytes', '1kb'], { stdin: fiveMistakes, cwd: tmp });
      expect(big.code, command).toBe(1);
      expect(big.stdout, command).toContain('more than the 1,024-byte limit for an agreement');
    }
  });

  it('shows control characters quoted from the file as text, never sends them to the terminal', async () => {
    const run = await runCli(['validate', '-'], { stdin: 'slaVersion: 1\n"\\e[2J\\e[31mred": 1\n', cwd: tmp });
    expect(run.stdout).toContain('unknown field `\\x1b[2J\\x1b[31mred`');
    expect(run.stdout).not.toContain('\u001b');
    const due = await runCli(['due', path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml'), '--severity', '\u001b[2J']);
    expect(due.stderr).toBe('sla: unknown severity `\\x1b[2J`; use one of: critical, high, normal, low\n');
  });

  it('expands globs and searches directories recursively, skipping node_modules', async () => {
    const dir = path.join(tmp, 'repo');
    mkdirSync(path.join(dir, 'clients/acme'), { recursive: true });
    mkdirSync(path.join(dir, 'node_modules/pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'clients/acme/support.sla.yaml'), editExample([['x', 'x']].slice(0, 0) as [string, string][]));
    writeFileSync(path.join(dir, 'node_modules/pkg/broken.sla.yaml'), 'not: valid');
    writeFileSync(path.join(dir, 'notes.yaml'), 'not: an agreement');
    const byDir = await runCli(['validate', 'repo'], { cwd: tmp });
    expect(byDir.code).toBe(0);
    expect(byDir.stdout).toContain('✔ 1 file valid');
    const byGlob = await runCli(['validate', 'repo/**/*.sla.yaml'], { cwd: tmp });
    expect(byGlob.code).toBe(0);
  });

  it('finds a linked agreement in a directory, as a glob does, without following linked directories', async () => {
    const dir = path.join(tmp, 'linked');
    mkdirSync(path.join(dir, 'agreements'), { recursive: true });
    writeFileSync(path.join(dir, 'shared.yaml'), editExample([]));
    symlinkSync('../shared.yaml', path.join(dir, 'agreements/acme.sla.yaml'));
    symlinkSync('..', path.join(dir, 'agreements/loop'));
    const run = await runCli(['validate', 'agreements'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('✔ 1 file valid\n');
  });

  it('fails with exit 2 on a missing file or a directory without agreements, not silently', async () => {
    const missing = await runCli(['validate', 'nope.sla.yaml'], { cwd: tmp });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('sla: nope.sla.yaml: no such file or directory (--no-error-on-unmatched-pattern allows this)\n');
    mkdirSync(path.join(tmp, 'empty'), { recursive: true });
    const empty = await runCli(['validate', 'empty'], { cwd: tmp });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no *.sla.yaml or *.sla.yml files');
    const noMatch = await runCli(['validate', 'nothing/*.sla.yaml'], { cwd: tmp });
    expect(noMatch.code).toBe(2);
  });

  it('treats a usage error as exit 2 with a hint', async () => {
    const run = await runCli(['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'inputs'");
    const unknown = await runCli(['validat', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean validate?');
    for (const size of ['abc', '0']) {
      const badSize = await runCli(['validate', 'examples', '--max-bytes', size], { cwd: ROOT });
      expect(badSize.code, size).toBe(2);
      expect(badSize.stderr, size).toMatch(/^sla: option '--max-bytes <size>' argument '\w+' is invalid\. /);
      expect(badSize.stderr, size).not.toContain('internal error');
    }
  });
});

describe('sla without a command', () => {
  it('prints the help on stderr and exits 2 (a usage error); `sla help` and --help print it on stdout with 0', async () => {
    for (const args of [[], ['help', 'nope']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Usage: sla [options] [command]');
    }
    for (const args of [['help'], ['--help'], ['help', 'lint']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toContain('Usage: sla');
    }
  });
});

describe('sla schema', () => {
  it('prints the JSON Schema', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Support agreement' });
  });
});

describe('--stdin-filename without -', () => {
  it('says it is ignored instead of staying silent', async () => {
    const run = await runCli(['validate', 'examples', '--stdin-filename', 'x.sla.yaml'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('--stdin-filename names input read from stdin');
  });
});

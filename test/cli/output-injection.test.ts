/**
 * `sla validate` and `sla render` print diagnostics that quote the agreement: a value with a line break must not
 * forge a line (such as a GitHub Actions `::error::` command) in a CI log, and a bidi control must not reach the
 * terminal or the contract raw (docs/lint.md, "Control characters in output").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editExample } from '../helpers/example.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sla-injection-'));
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

// An enum value, so the schema error quotes it: a line break, an escape sequence and a bidi override.
const invalid = editExample([['status: active', 'status: "act\\u202E\\e[2J\\r\\n::error::forged"']]);
// A valid agreement whose prose holds a right-to-left override and a line break in a quoted value.
const DEFINITION = 'definition: The assistant is unavailable to customers,';
const overridden = editExample([[DEFINITION, 'definition: The assistant is unavailable to \u202Ecustomers\u202C,']]);

function write(name: string, text: string): string {
  writeFileSync(path.join(tmp, name), text);
  return name;
}

function forgedLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^\s*::(error|warning|notice)::/.test(line));
}

describe('a value with a line break or control characters, in CLI messages', () => {
  const file = write('forged.sla.yaml', invalid);

  it('sla validate (text) shows them as escapes, one line per diagnostic', async () => {
    const run = await runCli(['validate', file], { cwd: tmp });
    expect(run.code).toBe(1);
    expect(forgedLines(run.stdout)).toEqual([]);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stdout).toContain('not the text "act\\u202e\\x1b[2J\\r\\n::error::forged"');
  });

  it('sla validate --format json escapes what JSON writes raw, and parses back', async () => {
    const run = await runCli(['validate', file, '--format', 'json'], { cwd: tmp });
    expect(forgedLines(run.stdout)).toEqual([]);
    expect(run.stdout).not.toMatch(RAW);
    const [report] = JSON.parse(run.stdout);
    expect(report.diagnostics.map((d: { message: string }) => d.message).join('\n')).toContain('act\u202E\u001b[2J\r\n::error::forged');
  });

  it('sla render prints the schema errors the same way', async () => {
    const run = await runCli(['render', file, '--format', 'md', '--out-dir', 'build'], { cwd: tmp });
    expect(run.code).toBe(1);
    expect(forgedLines(run.stderr)).toEqual([]);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain('::error::forged');
  });

  it('sla lint --format github keeps each finding on its own workflow command', async () => {
    const run = await runCli(['lint', file, '--format', 'github'], { cwd: tmp });
    expect(forgedLines(run.stdout)).toEqual([]);
    expect(run.stdout.trim().split('\n').every((line) => /^::(error|warning|notice) file=/.test(line))).toBe(true);
  });
});

describe('a bidi control in a value', () => {
  const file = write('overridden.sla.yaml', overridden);

  it('is shown as a marker in the rendered Markdown, never passed on', async () => {
    const run = await runCli(['render', file, '-o', '-'], { cwd: tmp });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('unavailable to ⟨U+202E⟩customers⟨U+202C⟩,');
    expect(run.stdout).not.toMatch(RAW);
  });

  it('is refused by sla render --strict as a bidi-control error, the message naming the code point', async () => {
    const run = await runCli(['render', file, '--strict', '--format', 'md', '--out-dir', 'strict'], { cwd: tmp });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(run.stderr).toContain('bidi-control');
    expect(run.stderr).not.toMatch(RAW);
  });
});

describe('a file name with a line break', () => {
  it('is shown escaped in every line sla render writes about it', async () => {
    const name = write('a\n::error::forged.sla.yaml', 'x');
    const run = await runCli(['render', name], { cwd: tmp });
    expect(forgedLines(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('a\\n::error::forged.sla.yaml not rendered');
  });
});


// What a person at a terminal sees from sla lint, and what CI logs never get: the "nothing found" line, the [n/N]
// progress line (throttled, on stderr, silent in CI unless asked), --debug.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { createProgress, isCi } from '../../src/cli/progress.js';
import { runCli } from '../helpers/cli.js';
import { editExample, exampleText } from '../helpers/example.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sla-terminal-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const NO_CI = { CI: '', NO_COLOR: '1' };

describe('a clean run on a terminal', () => {
  it('says how many files were checked and how long it took', async () => {
    const cwd = project({ 'a.sla.yaml': exampleText(), 'b.sla.yaml': exampleText() });
    const run = await runCli(['lint'], { cwd, stdoutIsTTY: true, env: NO_CI });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ 2 files checked, no problems found \(\d+(?: ms|\.\d s)\)\n$/);
  });

  it('prints nothing when stdout is a pipe or a file (ESLint\'s silence), or the format is not stylish', async () => {
    const cwd = project({ 'a.sla.yaml': exampleText() });
    expect((await runCli(['lint'], { cwd, stdoutIsTTY: false, env: NO_CI })).stdout).toBe('');
    expect((await runCli(['lint', '-f', 'github'], { cwd, stdoutIsTTY: true, env: NO_CI })).stdout).toBe('');
  });

  it('shows the findings, not the line, when there are some', async () => {
    const cwd = project({ 'a.sla.yaml': editExample([[/^(\s+name: .*)$/m, '$1\n    unknownKey: 1']]) });
    const run = await runCli(['lint'], { cwd, stdoutIsTTY: true, env: NO_CI });
    expect(run.stdout).not.toContain('no problems found');
  });
});

describe('progress', () => {
  function context(stderrIsTTY: boolean, env: Record<string, string> = {}): { ctx: CliContext; err: string[] } {
    const err: string[] = [];
    const io = { stdout: () => undefined, stderr: (text: string) => void err.push(text), stdoutIsTTY: false, stdinIsTTY: false, stderrIsTTY, cwd: '/', env };
    return { ctx: { io, out: new Chalk({ level: 0 }), err: new Chalk({ level: 0 }), exitCode: 0 } as unknown as CliContext, err };
  }

  it('on a terminal: nothing for half a second, then at most ten redraws a second, the last one, and a clear', () => {
    const { ctx, err } = context(true);
    let clock = 0;
    const progress = createProgress(ctx, undefined, () => clock)!;
    for (let done = 1; done <= 1000; done++) {
      clock = done * 2; // 2 ms a file: 2 s in all
      progress.update(done, 1000, `f${done}.sla.yaml`);
    }
    progress.end();
    expect(err[0]).toBe('\r\x1b[2K[250/1000] f250.sla.yaml');
    expect(err.length).toBeLessThanOrEqual(2 + 1500 / 100);
    expect(err.at(-2)).toBe('\r\x1b[2K[1000/1000] f1000.sla.yaml');
    expect(err.at(-1)).toBe('\r\x1b[2K');
  });

  it('is silent in CI and when stderr is not a terminal, unless asked for; then lines at most once a second', () => {
    expect(createProgress(context(true, { CI: 'true' }).ctx, undefined)).toBeUndefined();
    expect(createProgress(context(false).ctx, undefined)).toBeUndefined();
    expect(createProgress(context(true).ctx, false)).toBeUndefined();
    const { ctx, err } = context(false, { CI: 'true' });
    let clock = 0;
    const progress = createProgress(ctx, true, () => clock)!;
    for (let done = 1; done <= 100; done++) {
      clock = done * 25;
      progress.update(done, 100, 'x.sla.yaml');
    }
    progress.end();
    expect(err).toEqual(['[1/100] x.sla.yaml\n', '[41/100] x.sla.yaml\n', '[81/100] x.sla.yaml\n', '[100/100] x.sla.yaml\n']);
  });

  it('reads CI as every CI service sets it', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({})).toBe(false);
  });

  it('--progress through the CLI writes [n/N] to stderr only', async () => {
    const cwd = project({ 'a.sla.yaml': exampleText(), 'b.sla.yaml': exampleText() });
    const run = await runCli(['lint', '--progress', '-f', 'json'], { cwd, env: { CI: 'true' } });
    expect(run.stderr).toContain('[2/2] b.sla.yaml\n');
    expect(JSON.parse(run.stdout)).toHaveLength(2);
  });
});

describe('--debug', () => {
  it('says on stderr which config applied to how many files and what was linted, and leaves stdout alone', async () => {
    const cwd = project({ 'a.sla.yaml': exampleText(), '.slarc.yaml': 'rules:\n  vague-wording: error\n' });
    const plain = await runCli(['lint', '-f', 'json'], { cwd });
    const run = await runCli(['lint', '-f', 'json', '--debug'], { cwd });
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toMatch(/^sla:debug +\d+ ms {2}sla \d+\.\d+\.\d+, Node v\d+/);
    expect(run.stderr).toMatch(/sla:debug +\d+ ms {2}1 file to lint\n/);
    expect(run.stderr).toMatch(/sla:debug +\d+ ms {2}config \.slarc\.yaml: 1 file\n/);
  });
});

import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRunOptions } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';

// Stylish output of a file with one warning: coloured, it has ANSI escapes; plain, none.
const ANSI = /\u001b\[\d+m/;
let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'sla-color-'));
  await copyFile(path.join(ROOT, 'test/fixtures/lint/holidays-undefined.sla.yaml'), path.join(cwd, 'a.sla.yaml'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

async function lint(extra: string[], options: CliRunOptions): Promise<string> {
  const run = await runCli(['lint', 'a.sla.yaml', ...extra], { cwd, ...options });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('holidays-undefined');
  return run.stdout;
}

describe('colour: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
  it('a terminal gets colours, a pipe does not', async () => {
    expect(await lint([], { stdoutIsTTY: true, env: {} })).toMatch(ANSI);
    expect(await lint([], { stdoutIsTTY: false, env: {} })).not.toMatch(ANSI);
  });

  it('NO_COLOR (any non-empty value) turns colours off on a terminal; an empty NO_COLOR does not', async () => {
    expect(await lint([], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).not.toMatch(ANSI);
    expect(await lint([], { stdoutIsTTY: true, env: { NO_COLOR: 'false' } })).not.toMatch(ANSI);
    expect(await lint([], { stdoutIsTTY: true, env: { NO_COLOR: '' } })).toMatch(ANSI);
  });

  it('FORCE_COLOR colours a pipe, and FORCE_COLOR=0 turns a terminal off; NO_COLOR wins over FORCE_COLOR', async () => {
    expect(await lint([], { stdoutIsTTY: false, env: { FORCE_COLOR: '1' } })).toMatch(ANSI);
    expect(await lint([], { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } })).not.toMatch(ANSI);
    expect(await lint([], { stdoutIsTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).not.toMatch(ANSI);
  });

  it('--color and --no-color override both variables and the terminal, before or after the command', async () => {
    expect(await lint(['--color'], { stdoutIsTTY: false, env: { NO_COLOR: '1' } })).toMatch(ANSI);
    expect(await lint(['--color'], { stdoutIsTTY: false, env: { FORCE_COLOR: '0' } })).toMatch(ANSI);
    expect(await lint(['--no-color'], { stdoutIsTTY: true, env: { FORCE_COLOR: '3' } })).not.toMatch(ANSI);
    const before = await runCli(['--no-color', 'lint', 'a.sla.yaml'], { cwd, stdoutIsTTY: true, env: {} });
    expect(before.stdout).toContain('holidays-undefined');
    expect(before.stdout).not.toMatch(ANSI);
    // The last one given wins, as with other boolean flags.
    expect(await lint(['--no-color', '--color'], { stdoutIsTTY: false, env: {} })).toMatch(ANSI);
  });

  it('stderr follows the same rules for its own terminal', async () => {
    const usage = (options: CliRunOptions) => runCli(['lint', '--format', 'nope', 'a.sla.yaml'], { cwd, ...options });
    expect((await usage({ stderrIsTTY: true, env: {} })).stderr).toMatch(ANSI);
    expect((await usage({ stderrIsTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toMatch(ANSI);
    expect((await usage({ stderrIsTTY: true, env: {}, stdoutIsTTY: false })).stderr).toMatch(ANSI);
    expect((await runCli(['lint', '--format', 'nope', 'a.sla.yaml', '--no-color'], { cwd, stderrIsTTY: true, env: {} })).stderr).not.toMatch(ANSI);
  });
});

// sla lint --cache with ESLint's semantics: an unchanged file under unchanged settings reports its last result
// without being linted; a changed file, config option, rule or sla version lints again.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editExample, exampleText } from '../helpers/example.js';

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sla-cache-'));
  writeFileSync(path.join(dir, 'a.sla.yaml'), exampleText());
  writeFileSync(path.join(dir, 'b.sla.yaml'), editExample([[/^(\s+name: .*)$/m, '$1 # a comment, so b differs from a']]));
  return dir;
}

/** How many files the run took from the cache and how many it linted, from --debug. */
async function lintCached(cwd: string, ...extra: string[]): Promise<{ code: number; stdout: string; hits: number; misses: number }> {
  const run = await runCli(['lint', '.', '--cache', '--debug', '-f', 'json', ...extra], { cwd });
  const counts = /cache: (\d+) unchanged, (\d+) linted/.exec(run.stderr);
  expect(counts, run.stderr).not.toBeNull();
  return { code: run.code, stdout: run.stdout, hits: Number(counts![1]), misses: Number(counts![2]) };
}

describe('sla lint --cache', () => {
  it('lints every file the first time, none the second, and reports the same', async () => {
    const cwd = project();
    const first = await lintCached(cwd);
    expect(first).toMatchObject({ hits: 0, misses: 2 });
    expect(existsSync(path.join(cwd, '.slacache'))).toBe(true);
    const second = await lintCached(cwd);
    expect(second).toMatchObject({ hits: 2, misses: 0, code: first.code });
    expect(second.stdout).toBe(first.stdout);
  });

  it('lints a file again when its content changes, and reports its new findings', async () => {
    const cwd = project();
    await lintCached(cwd);
    writeFileSync(path.join(cwd, 'b.sla.yaml'), `${readFileSync(path.join(cwd, 'b.sla.yaml'), 'utf8')}unknownKey: 1\n`);
    const run = await lintCached(cwd);
    expect(run).toMatchObject({ hits: 1, misses: 1, code: 1 });
    expect(run.stdout).toContain('unknownKey');
  });

  it('lints every file again when one rule\'s options change in the config', async () => {
    const cwd = project();
    writeFileSync(path.join(cwd, '.slarc.yaml'), 'rules:\n  vague-wording: warning\n');
    await lintCached(cwd);
    expect((await lintCached(cwd)).misses).toBe(0);
    writeFileSync(path.join(cwd, '.slarc.yaml'), 'rules:\n  vague-wording: [warning, { extraPhrases: [soon] }]\n');
    expect(await lintCached(cwd)).toMatchObject({ hits: 0, misses: 2 });
  });

  it('lints again when --rule or the unused-directive setting changes', async () => {
    const cwd = project();
    await lintCached(cwd);
    expect((await lintCached(cwd, '--rule', 'vague-wording: error')).misses).toBe(2);
    expect((await lintCached(cwd, '--rule', 'vague-wording: error')).misses).toBe(0);
    expect((await lintCached(cwd, '--rule', 'vague-wording: error', '--no-report-unused-disable-directives')).misses).toBe(2);
  });

  it('starts afresh from a cache written by another sla version or other rules, and from a corrupt one', async () => {
    const cwd = project();
    await lintCached(cwd);
    const file = path.join(cwd, '.slacache');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...saved, tool: '0.0.1' }));
    expect((await lintCached(cwd)).misses).toBe(2);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), rules: 'another-rule-set' }));
    expect((await lintCached(cwd)).misses).toBe(2);
    writeFileSync(file, '{"format":"sla-lint-cache/1", truncated');
    const run = await lintCached(cwd);
    expect(run.misses).toBe(2);
  });

  it('keeps the cache where --cache-location says: a file, or a directory (ESLint\'s naming)', async () => {
    const cwd = project();
    await runCli(['lint', '.', '--cache', '--cache-location', 'tmp/lint.cache'], { cwd });
    expect(existsSync(path.join(cwd, 'tmp/lint.cache'))).toBe(true);
    await runCli(['lint', '.', '--cache', '--cache-location', 'caches/'], { cwd });
    const [inDirectory] = readdirSync(path.join(cwd, 'caches'));
    expect(inDirectory).toMatch(/^\.slacache_[\w-]{12}$/);
    expect(existsSync(path.join(cwd, '.slacache'))).toBe(false);
  });

  it('removes its cache file when run without --cache (as ESLint does), and nothing else', async () => {
    const cwd = project();
    await runCli(['lint', '.', '--cache'], { cwd });
    expect(existsSync(path.join(cwd, '.slacache'))).toBe(true);
    await runCli(['lint', '.'], { cwd });
    expect(existsSync(path.join(cwd, '.slacache'))).toBe(false);
    writeFileSync(path.join(cwd, 'notes.txt'), 'mine');
    await runCli(['lint', '.', '--cache-location', 'notes.txt'], { cwd });
    expect(readFileSync(path.join(cwd, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT } from '../helpers/example.js';

const run = promisify(execFile);

// The shipped start-up path: bin/sla.cjs compiles dist/cli.cjs through vm.Script with V8's code cache. Built here
// from the current sources (as `npm run build:dist` builds it) into node_modules/.cache, so packages resolve as from dist/.
let home: string;
let launcher: string;
let cacheFile: () => Promise<string | undefined>;

async function sla(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [launcher, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  await mkdir(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  home = await mkdtemp(path.join(ROOT, 'node_modules/.cache/sla-launcher-test-'));
  const { buildCli } = (await import(path.join(ROOT, 'scripts/build-cli.mjs'))) as {
    buildCli: (outdir: string, options: { warm: boolean; esbuild: object }) => Promise<string>;
  };
  await buildCli(path.join(home, 'dist'), { warm: false, esbuild: { logLevel: 'error' } });
  await mkdir(path.join(home, 'bin'));
  launcher = path.join(home, 'bin/sla.cjs');
  await copyFile(path.join(ROOT, 'bin/sla.cjs'), launcher);
  cacheFile = async () => (await readdir(path.join(home, 'dist'))).find((name) => name.endsWith('.v8-cache'));
}, 60_000);

afterAll(async () => {
  if (home) await rm(home, { recursive: true, force: true });
});

describe('bin/sla.cjs, the launcher', () => {
  it('runs without a code cache and writes one named after the bundle hash', async () => {
    expect(await cacheFile()).toBeUndefined();
    const first = await sla('--version');
    expect(first).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const name = await cacheFile();
    const bundle = await readFile(path.join(home, 'dist/cli.cjs'), 'latin1');
    const hash = /\/\/ sla-build ([0-9a-f]{16})\n$/.exec(bundle)?.[1];
    expect(hash).toBeDefined();
    expect(name).toBe(`cli.${hash}.v8-cache`);
  }, 30_000);

  it('gives the same answers with the cache', async () => {
    const withCache = await sla('lint', 'examples', '--format', 'json');
    const without = await run(process.execPath, [launcher, 'lint', 'examples', '--format', 'json'], { cwd: ROOT, env: { ...process.env, SLA_NO_CODE_CACHE: '1' } });
    expect(withCache.code).toBe(0);
    expect(withCache.stdout).toBe(without.stdout);
  }, 30_000);

  it('ignores a corrupt cache and replaces it', async () => {
    const name = (await cacheFile())!;
    await writeFile(path.join(home, 'dist', name), 'not bytecode at all');
    const result = await sla('validate', 'examples');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect((await stat(path.join(home, 'dist', name))).size).toBeGreaterThan(100_000);
  }, 30_000);

  it('loads external packages through the launcher (handlebars for render) without warnings', async () => {
    const out = await mkdtemp(path.join(home, 'out-'));
    const result = await sla('render', 'examples/essential-document-extraction.sla.yaml', '--format', 'md', '--out-dir', out);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/Warning|Error/);
    expect(await readFile(path.join(out, 'essential-document-extraction.md'), 'utf8')).toMatch(/^# /m);
  }, 30_000);

  it('loads the user\'s own modules (a formatter by path) through the launcher, ES module and CommonJS', async () => {
    const dir = await mkdtemp(path.join(home, 'formatter-'));
    await writeFile(path.join(dir, 'count.mjs'), 'export default (results) => `${results.length} files\\n`;\n');
    await writeFile(path.join(dir, 'count.cjs'), 'module.exports = (results) => `${results.length} files (cjs)\\n`;\n');
    const esm = await sla('lint', 'examples', '-f', path.join(dir, 'count.mjs'));
    expect(esm).toMatchObject({ code: 0, stdout: '4 files\n' });
    const cjs = await sla('lint', 'examples', '-f', path.join(dir, 'count.cjs'));
    expect(cjs).toMatchObject({ code: 0, stdout: '4 files (cjs)\n' });
  }, 30_000);

  it('uses no cache for a bundle without the build hash (one not made by the build)', async () => {
    const bare = await mkdtemp(path.join(home, 'unhashed-'));
    await mkdir(path.join(bare, 'bin'));
    await mkdir(path.join(bare, 'dist'));
    await copyFile(launcher, path.join(bare, 'bin/sla.cjs'));
    const bundle = await readFile(path.join(home, 'dist/cli.cjs'), 'latin1');
    await writeFile(path.join(bare, 'dist/cli.cjs'), bundle.replace(/\/\/ sla-build [0-9a-f]+\n$/, ''), 'latin1');
    const { stdout } = await run(process.execPath, [path.join(bare, 'bin/sla.cjs'), '--version']);
    expect(stdout).toBe(`${pkg.version}\n`);
    expect((await readdir(path.join(bare, 'dist'))).filter((name) => name.includes('cache'))).toEqual([]);
  }, 30_000);

  it('says how to build when dist/cli.cjs is missing', async () => {
    const bare = await mkdtemp(path.join(home, 'bare-'));
    await mkdir(path.join(bare, 'bin'));
    await copyFile(launcher, path.join(bare, 'bin/sla.cjs'));
    const result = await run(process.execPath, [path.join(bare, 'bin/sla.cjs'), '--version']).catch((e: { code: number; stderr: string }) => e);
    expect(result).toMatchObject({ code: 2 });
    expect((result as { stderr: string }).stderr).toMatch(/is missing: this copy of sla is not built; run `npm run build:dist`/);
    expect((result as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

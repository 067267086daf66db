// Start-up prototypes for `sla lint one.sla.yaml` (see README.md here). Builds, into
// node_modules/.cache/sla-bench/startup/:
//   dist/, bin/sla.mjs  the layout shipped until 2026-11-26: ESM bundle with lazily loaded chunks
//   cli.cjs   the same sources as ONE CommonJS file (no chunks), for V8's code cache and for a startup snapshot
//   plain.cjs launcher: require('./cli.cjs')
//   cached.cjs launcher: compiles cli.cjs through vm.Script with cachedData; writes the cache after the first run
//             (after the command ran, so functions compiled lazily during lint are in it too)
//   snapshot.blob  node --build-snapshot of cli.cjs (all modules evaluated), run with node --snapshot-blob
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const requireRoot = createRequire(path.join(root, 'package.json'));
const out = path.join(root, 'node_modules/.cache/sla-bench/startup');
const { default: options } = await import(pathToFileURL(path.join(root, 'scripts/bundle-options.mjs')).href);
const { build } = await import(pathToFileURL(requireRoot.resolve('esbuild')).href);

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'bin'), { recursive: true });
await build({ ...options, entryPoints: { cli: path.join(root, 'src/cli/main.ts') }, outdir: path.join(out, 'dist'), logLevel: 'error' });
// The launcher of that layout (bin/sla.js until the CLI moved to bin/sla.cjs and the code cache).
writeFileSync(path.join(out, 'bin/sla.mjs'), "import { main } from '../dist/cli.js';\nprocess.exitCode = await main(process.argv.slice(2));\n");

// One CommonJS file: no chunks, no import.meta (the banner's createRequire is not needed in CJS).
await build({
  ...options,
  splitting: false,
  format: 'cjs',
  banner: {},
  define: { 'import.meta.url': '__slaImportMetaUrl' },
  inject: [path.join(here, 'import-meta-url.cjs')],
  entryPoints: { cli: path.join(root, 'src/cli/main.ts') },
  outExtension: { '.js': '.cjs' },
  outdir: out,
  logLevel: 'error',
});

writeFileSync(path.join(out, 'plain.cjs'), `require('./cli.cjs').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`);

writeFileSync(path.join(out, 'cached.cjs'), `'use strict';
// Loads cli.cjs with V8's code cache: the first run compiles and, at exit, saves the bytecode of every function it
// compiled; later runs deserialise it instead of parsing and compiling again.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const file = path.join(__dirname, 'cli.cjs');
const cacheFile = path.join(__dirname, 'cli.cjs.cache');
const source = fs.readFileSync(file, 'utf8');
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
const rejected = cachedData === undefined || script.cachedDataRejected;
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, file, __dirname);
mod.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (rejected) fs.writeFileSync(cacheFile, script.createCachedData());
});
`);

await build({
  ...options,
  splitting: false,
  format: 'cjs',
  banner: {},
  define: { 'import.meta.url': '__slaImportMetaUrl' },
  inject: [path.join(here, 'import-meta-url.cjs')],
  entryPoints: { 'snapshot-entry': path.join(here, 'snapshot-entry.ts') },
  alias: { module: path.join(here, 'lazy-module-shim.cjs') },
  outExtension: { '.js': '.cjs' },
  outdir: out,
  logLevel: 'error',
});
await build({
  ...options,
  splitting: false,
  format: 'cjs',
  banner: {},
  define: { 'import.meta.url': '__slaImportMetaUrl' },
  inject: [path.join(here, 'import-meta-url.cjs')],
  entryPoints: { 'snapshot-warm-entry': path.join(here, 'snapshot-warm-entry.ts') },
  alias: { module: path.join(here, 'lazy-module-shim.cjs') },
  outExtension: { '.js': '.cjs' },
  outdir: out,
  logLevel: 'error',
});
const warm = spawnSync(process.execPath, ['--snapshot-blob', path.join(out, 'snapshot-warm.blob'), '--build-snapshot', path.join(out, 'snapshot-warm-entry.cjs')], { encoding: 'utf8', cwd: out, env: { ...process.env, SLA_SNAPSHOT_EXAMPLES: path.join(root, 'examples') } });
if (warm.status !== 0) console.error(`warm snapshot not built: ${warm.stderr.split('\n').slice(0, 8).join('\n')}`);
// The same one CommonJS file with the fast YAML path (fast-yaml-plugin.mjs), for the code-cache launcher.
const { fastYamlPlugin } = await import('./fast-yaml-plugin.mjs');
await build({
  ...options,
  splitting: false,
  format: 'cjs',
  banner: {},
  define: { 'import.meta.url': '__slaImportMetaUrl' },
  inject: [path.join(here, 'import-meta-url.cjs')],
  entryPoints: { 'cli-fast': path.join(root, 'src/cli/main.ts') },
  outExtension: { '.js': '.cjs' },
  outdir: out,
  plugins: [fastYamlPlugin(path.join(root, 'bench'))],
  logLevel: 'error',
});
writeFileSync(path.join(out, 'cached-fast.cjs'), readFileSync(path.join(out, 'cached.cjs'), 'utf8').replaceAll("'cli.cjs", "'cli-fast.cjs"));
const snap = spawnSync(process.execPath, ['--snapshot-blob', path.join(out, 'snapshot.blob'), '--build-snapshot', path.join(out, 'snapshot-entry.cjs')], { encoding: 'utf8', cwd: out });
if (snap.status !== 0) console.error(`snapshot not built: ${snap.stderr.split('\n').slice(0, 8).join('\n')}`);
console.log(`built into ${path.relative(root, out)}`);

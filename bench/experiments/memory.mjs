// node bench/experiments/memory.mjs [dir] [keep|drop]: see memory-entry.ts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const requireRoot = createRequire(path.join(root, 'package.json'));
const out = path.join(root, 'node_modules/.cache/sla-bench/memory');
const { default: options } = await import(pathToFileURL(path.join(root, 'scripts/bundle-options.mjs')).href);
const { build } = await import(pathToFileURL(requireRoot.resolve('esbuild')).href);
await build({ ...options, entryPoints: { memory: path.join(here, 'memory-entry.ts') }, outdir: out, logLevel: 'error' });
const dir = path.resolve(process.argv[2] ?? path.join(root, 'bench/work/agreements-10000'));
spawnSync(process.execPath, ['--expose-gc', path.join(out, 'memory.js'), dir, process.argv[3] ?? 'keep'], { stdio: 'inherit', cwd: root });

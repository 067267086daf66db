// node bench/experiments/validate-costs.mjs [dir]: where `sla validate` spends its time per file (see the entry).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const requireRoot = createRequire(path.join(root, 'package.json'));
const out = path.join(root, 'node_modules/.cache/sla-bench/validate-costs');
const { default: options } = await import(pathToFileURL(path.join(root, 'scripts/bundle-options.mjs')).href);
const { build } = await import(pathToFileURL(requireRoot.resolve('esbuild')).href);
await build({ ...options, entryPoints: { costs: path.join(here, 'validate-costs-entry.ts') }, outdir: out, logLevel: 'error' });
const dir = path.resolve(process.argv[2] ?? path.join(root, 'bench/work/agreements-1000'));
spawnSync(process.execPath, [path.join(out, 'costs.js'), dir], { stdio: 'inherit', cwd: root });

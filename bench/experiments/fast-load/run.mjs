// node bench/experiments/fast-load/run.mjs [runs] [label regex] — the fast-load prototype (entry.ts) against today's sla and
// ajv-cli on the 1,000-agreement set, whole processes, alternating; median wall and CPU ms.
// Needs js-yaml 4 in bench/ (bench/package.json has it as js-yaml4).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bench = path.resolve(here, '../..');
const root = path.dirname(bench);
const requireRoot = createRequire(path.join(root, 'package.json'));
const out = path.join(root, 'node_modules/.cache/sla-bench/fast-load');
const { default: options } = await import(pathToFileURL(path.join(root, 'scripts/bundle-options.mjs')).href);
const { build } = await import(pathToFileURL(requireRoot.resolve('esbuild')).href);
await build({ ...options, entryPoints: { fast: path.join(here, 'entry.ts') }, outdir: out, logLevel: 'error' });

const runs = Number(process.argv[2] ?? 5);
const dir = path.join(bench, 'work/agreements-1000');
const sla = path.join(root, 'node_modules/.cache/sla-bench/bin/sla.cjs');
const node = process.execPath;
const variants = [
  ['ajv-cli validate (js-yaml 3 + Ajv)', [node, path.join(bench, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', path.join(root, 'schemas/sla.schema.json'), '-d', `${dir}/*.sla.yaml`]],
  ['sla validate (today)', [node, sla, 'validate', dir]],
  ['prototype: validate with js-yaml 4 data, positions only on error', [node, path.join(out, 'fast.js'), 'validate', dir]],
  ['prototype: the same in 2 worker threads (one per core)', [node, path.join(out, 'fast.js'), 'validate-workers', dir]],
  ['sla lint --format json (today)', [node, sla, 'lint', dir, '--format', 'json']],
  ['prototype: lint with js-yaml 4 data, files with findings loaded again for positions', [node, path.join(out, 'fast.js'), 'lint', dir]],
];
const stats = path.join(out, '.stats');
const label = (i) => variants[i][0];
const samples = variants.map(() => ({ wall: [], cpu: [], rss: [], out: '' }));
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
if (only) variants.splice(0, variants.length, ...variants.filter(([l]) => only.test(l)));
for (let r = 0; r < runs; r++) {
  variants.forEach(([, argv], i) => {
    const t = process.hrtime.bigint();
    const res = spawnSync('/usr/bin/time', ['-o', stats, '-f', '%U %S %M', ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, SLA_BENCH_DIR: bench } });
    const wall = Number(process.hrtime.bigint() - t) / 1e6;
    if (res.status !== 0 && res.status !== 1) throw new Error(`${argv.join(' ')} exited ${res.status}: ${res.stderr}`);
    const [u, s, kb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    Object.assign(samples[i], { out: label(i).startsWith('prototype') ? res.stdout.trim() : samples[i].out });
    samples[i].wall.push(wall);
    samples[i].cpu.push((u + s) * 1000);
    samples[i].rss.push(kb / 1024);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`1,000 generated agreements, ${runs} alternating runs: median wall ms, median CPU ms, peak RSS MB`);
variants.forEach(([label], i) => console.log(`  ${median(samples[i].wall).toFixed(0).padStart(6)}  ${median(samples[i].cpu).toFixed(0).padStart(6)}  ${Math.max(...samples[i].rss).toFixed(0).padStart(5)} MB  ${label}${samples[i].out ? ` — ${samples[i].out}` : ''}`));

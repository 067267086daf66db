// Where the start-up of `sla lint one.sla.yaml` goes: node bench/experiments/startup-phases.mjs [runs] [file]
// Bundles phases-entry.ts with the project's esbuild options and runs it `runs` times; prints median ms per phase,
// then the warm (second-time) cost of parse, validate and lint for comparison.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const requireRoot = createRequire(path.join(root, 'package.json'));
const out = path.join(root, 'node_modules/.cache/sla-bench/phases');
const runs = Number(process.argv[2] ?? 15);
const file = path.resolve(process.argv[3] ?? path.join(root, 'bench/work/one.sla.yaml'));

const { default: options } = await import(pathToFileURL(path.join(root, 'scripts/bundle-options.mjs')).href);
const { build } = await import(pathToFileURL(requireRoot.resolve('esbuild')).href);
await build({ ...options, entryPoints: { phases: path.join(here, 'phases-entry.ts') }, outdir: out, logLevel: 'error' });

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const all = [];
const floor = [];
for (let i = 0; i < runs; i++) {
  const t = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  floor.push(Number(process.hrtime.bigint() - t) / 1e6);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(out, 'phases.js'), file], { encoding: 'utf8' });
  const total = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(r.stderr);
  all.push({ ...JSON.parse(r.stdout), total });
}
console.log(`${runs} runs of ${path.relative(root, file)}; medians in ms: wall, CPU (user+sys)`);
console.log(`  ${median(floor).toFixed(1).padStart(7)}  node -e '' (whole process, for reference)`);
for (let k = 0; k < all[0].marks.length; k++) console.log(`  ${median(all.map((a) => a.marks[k][1])).toFixed(1).padStart(7)} ${median(all.map((a) => a.marks[k][2])).toFixed(1).padStart(7)}  ${all[0].marks[k][0]}`);
console.log(`  ${median(all.map((a) => a.total)).toFixed(1).padStart(7)}  whole process (incl. exit)`);
console.log(`warm, per call: parse ${median(all.map((a) => a.warm.parse)).toFixed(2)} ms, validate ${median(all.map((a) => a.warm.validate)).toFixed(2)} ms, lint ${median(all.map((a) => a.warm.lint)).toFixed(2)} ms; findings ${all[0].findings}`);

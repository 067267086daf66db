// node bench/experiments/startup/measure.mjs [runs] — run build.mjs first. Times `sla lint one.sla.yaml` started each
// way the prototypes allow, alternating the variants, against `node -e ''`: median wall and CPU (user+sys) ms.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.join(root, 'node_modules/.cache/sla-bench/startup');
const runs = Number(process.argv[2] ?? 21);
const one = path.join(root, 'bench/work/one.sla.yaml');
const node = process.execPath;
const variants = [
  ["node -e ''", [node, '-e', '']],
  ['ESM bundle + lazy chunks (the layout before bin/sla.cjs)', [node, path.join(dir, 'bin/sla.mjs'), 'lint', one]],
  ['shipped: bin/sla.cjs (CommonJS bundle + code cache, as npm run build:dist makes it)', [node, path.join(root, 'bin/sla.cjs'), 'lint', one]],
  ['one CommonJS file', [node, path.join(dir, 'plain.cjs'), 'lint', one]],
  ['one CommonJS file + V8 code cache (vm.Script cachedData)', [node, path.join(dir, 'cached.cjs'), 'lint', one]],
  ['one CommonJS file + code cache + fast YAML path (js-yaml 4 data, positions on demand)', [node, path.join(dir, 'cached-fast.cjs'), 'lint', one]],
  ['startup snapshot (node --snapshot-blob, CLI pre-evaluated)', [node, '--snapshot-blob', path.join(dir, 'snapshot.blob'), 'lint', one]],
  ['startup snapshot, warmed by linting the examples while it is built', [node, '--snapshot-blob', path.join(dir, 'snapshot-warm.blob'), 'lint', one]],
];
spawnSync(node, [path.join(dir, 'cached.cjs'), 'lint', one]); // writes the code cache
spawnSync(node, [path.join(dir, 'cached-fast.cjs'), 'lint', one]);
if (!existsSync(path.join(dir, 'cli.cjs.cache'))) throw new Error('no code cache written');
const stats = path.join(dir, '.stats');
const samples = variants.map(() => ({ wall: [], cpu: [], rss: [] }));
for (let r = 0; r < runs; r++) {
  variants.forEach(([, argv], i) => {
    const t = process.hrtime.bigint();
    const res = spawnSync('/usr/bin/time', ['-o', stats, '-f', '%U %S %M', ...argv], { stdio: 'ignore' });
    const wall = Number(process.hrtime.bigint() - t) / 1e6;
    if (res.status !== 0) throw new Error(`${argv.join(' ')} exited ${res.status}`);
    const [u, s, kb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    samples[i].wall.push(wall);
    samples[i].cpu.push((u + s) * 1000);
    samples[i].rss.push(kb / 1024);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const base = { wall: median(samples[0].wall), cpu: median(samples[0].cpu) };
console.log(`sla lint ${path.relative(root, one)}, ${runs} alternating runs; median wall ms (× node -e ''), median CPU ms (×), peak RSS MB`);
variants.forEach(([label], i) => {
  const w = median(samples[i].wall);
  const c = median(samples[i].cpu);
  console.log(`  ${w.toFixed(1).padStart(7)} (${(w / base.wall).toFixed(2)}×)  ${c.toFixed(0).padStart(5)} (${(c / base.cpu).toFixed(2)}×)  ${median(samples[i].rss).toFixed(0).padStart(4)} MB  ${label}`);
});

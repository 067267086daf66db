// CPU profile of one sla command, summarised by original source module and by function.
//
//   node bench/profile.mjs [--repeat N] [--top N] -- <sla arguments...>
//   e.g. node bench/profile.mjs --repeat 10 -- lint bench/work/one.sla.yaml
//
// Bundles src/cli/main.ts exactly as the bench does (scripts/bundle-options.mjs) plus source maps, into
// node_modules/.cache/sla-bench/profile/, runs `node --cpu-prof` on it N times and adds the profiles up. Self time
// is mapped back through the source maps to the original file (src/... or the npm package), so the summary says
// which module and which function the time went to. Also prints Node's own start-up milestones.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const requireRoot = createRequire(path.join(root, 'package.json'));
const out = path.join(root, 'node_modules/.cache/sla-bench/profile');

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash >= 0 ? argv.slice(0, dash) : argv;
const slaArgs = dash >= 0 ? argv.slice(dash + 1) : ['--version'];
const opt = (name, fallback) => (own.includes(name) ? Number(own[own.indexOf(name) + 1]) : fallback);
const repeat = opt('--repeat', 5);
const top = opt('--top', 25);

const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts/build-cli.mjs')).href);
rmSync(out, { recursive: true, force: true });
await buildCli(path.join(out, 'dist'), { esbuild: { sourcemap: 'linked', logLevel: 'error' } });
mkdirSync(path.join(out, 'bin'), { recursive: true });
copyFileSync(path.join(root, 'bin/sla.cjs'), path.join(out, 'bin/sla.cjs'));

const profiles = path.join(out, 'profiles');
mkdirSync(profiles, { recursive: true });
for (let i = 0; i < repeat; i++) {
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profiles, path.join(out, 'bin/sla.cjs'), ...slaArgs], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`sla ${slaArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
    process.exit(2);
  }
}

const { SourceMapConsumer } = requireRoot('source-map-js');
const consumers = new Map();
function consumerFor(url) {
  if (!consumers.has(url)) {
    let consumer = null;
    try {
      const file = fileURLToPath(url);
      consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {}
    consumers.set(url, consumer);
  }
  return consumers.get(url);
}

function moduleOf(frame) {
  const { lineNumber, columnNumber, functionName } = frame;
  // bin/sla.cjs compiles the bundle through vm.Script, whose frames carry a plain path rather than a file: URL.
  const url = frame.url.startsWith('/') ? pathToFileURL(frame.url).href : frame.url;
  if (!url) return { module: functionName || '(anonymous)', fn: functionName || '(anonymous)' };
  if (url.startsWith('node:')) return { module: url.startsWith('node:internal/modules') ? 'node: module loader' : 'node: other internals', fn: `${functionName || '(anonymous)'} ${url}` };
  const consumer = url.startsWith('file:') && url.includes('/.cache/sla-bench/profile/') ? consumerFor(url) : null;
  if (consumer) {
    const pos = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (pos.source) {
      const source = pos.source.replace(/^(\.\.\/)+/, '');
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
      const module = pkg ? `npm ${pkg[1]}` : source;
      return { module, fn: `${functionName || '(anonymous)'} ${source}:${pos.line}` };
    }
  }
  const rel = url.startsWith('file:') ? path.relative(root, fileURLToPath(url)) : url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
  return { module: pkg && !rel.includes('.cache/sla-bench') ? `npm ${pkg[1]} (external)` : rel, fn: `${functionName || '(anonymous)'} ${rel}:${lineNumber + 1}` };
}

const byModule = new Map();
const byFn = new Map();
let total = 0;
let wall = 0;
const files = readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile'));
for (const name of files) {
  const profile = JSON.parse(readFileSync(path.join(profiles, name), 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (let i = 0; i < profile.samples.length; i++) counts.set(profile.samples[i], (counts.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  wall += (profile.endTime - profile.startTime) / 1000;
  for (const [id, micros] of counts) {
    const { module, fn } = moduleOf(nodes.get(id).callFrame);
    const ms = micros / 1000;
    total += ms;
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
  }
}

const show = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`  ${(ms / files.length).toFixed(1).padStart(7)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
};
console.log(`sla ${slaArgs.join(' ')}: ${files.length} profiles, ${(wall / files.length).toFixed(1)} ms profiled per run (from the first line of JS to exit), ${(total / files.length).toFixed(1)} ms of samples`);
show('self time by module (per run)', byModule, top);
show('self time by function (per run)', byFn, top);

// Node's own milestones for the same command, without the profiler.
const probe = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent("import{performance}from'node:perf_hooks';process.on('exit',()=>{const t=performance.nodeTiming;process.stderr.write('\\nMILESTONES '+JSON.stringify({bootstrapComplete:t.bootstrapComplete,exit:performance.now()})+'\\n')})")}`, path.join(out, 'bin/sla.cjs'), ...slaArgs], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
const m = /MILESTONES (.*)/.exec(probe.stderr ?? '');
if (m) {
  const t = JSON.parse(m[1]);
  console.log(`\nmilestones (one run, ms since process start): Node bootstrap complete ${t.bootstrapComplete.toFixed(1)}, exit ${t.exit.toFixed(1)}`);
}

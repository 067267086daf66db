// The benchmark suite: `npm run bench` (or `node bench/run.mjs [options]`). See bench/README.md.
//
// Measures sla through a fresh esbuild bundle of the current sources (built into
// node_modules/.cache/sla-bench/, so dist/ is never touched), side by side with the tools people use today:
// `node -e ''`, ajv-cli, Stoplight Spectral CLI and headless Chromium. Every command runs several times,
// alternating ours and the peer's; the table shows median wall time, the ratio and peak memory, and
// bench/results.json (and bench/results.md, the table for the README) keep them. A ratio that could not be
// measured is never made up: the case says "not measured: <reason>".
//
// Options:
//   --quick           fewer runs and smaller sets (a smoke test of the suite, not numbers to quote)
//   --cases a,b       only these cases (ids: startup, validate, lint, render, report, lsp, concurrency, load); render includes render-de
//   --runs N          timed runs per command (default per case; start-up uses 3×N)
//   --no-write        print the table only; keep bench/results.json and bench/results.md as they are
//   --reprint         print the last full run's table again from bench/results.json (and rewrite results.md)
//   --sla <bin>       time this sla launcher (bin/sla.cjs of another build, e.g. one with changes not yet
//                     committed) instead of bundling the current sources
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const work = path.join(benchDir, 'work');
const cache = path.join(root, 'node_modules/.cache/sla-bench');
const requireRoot = createRequire(path.join(root, 'package.json'));
const NODE = process.execPath;
const CHROMIUM = '/usr/bin/chromium';
const TIME = '/usr/bin/time';

// ---------------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const QUICK = flag('--quick');
const ONLY = option('--cases')?.split(',');
const RUNS = option('--runs') ? Number(option('--runs')) : undefined;
const WRITE = !flag('--no-write');
const REPRINT = flag('--reprint');
const SLA_BIN = option('--sla') && path.resolve(option('--sla'));
const runsFor = (normal) => RUNS ?? (QUICK ? Math.min(3, normal) : normal);
const wanted = (id) => !ONLY || ONLY.includes(id);

const log = (message) => process.stderr.write(`bench: ${message}\n`);

class NotMeasured extends Error {}

// ---------------------------------------------------------------------------------------------- helpers
function run(cmd, args, { cwd = root, env = {}, input, capture = false } = {}) {
  return spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1', ...env },
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
}

const tail = (text, n = 400) => (text ?? '').trim().split('\n').slice(-4).join(' | ').slice(-n);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * A command under test: argv, accepted exit codes, and a hook run before each run (outside the timing).
 * `label` is how the table shows it.
 */
const command = (label, argv, { ok = [0], before, cwd } = {}) => ({ label, argv, ok, before, cwd });

/**
 * One run: wall time from hrtime around the spawn; user+sys CPU time and peak RSS (children included) from
 * /usr/bin/time, which writes them to a side file so the command's own stderr stays its own. CPU time is far less
 * disturbed than wall time by other work on a shared machine, so the table shows both ratios.
 */
function timeOnce(cmd) {
  cmd.before?.();
  const stats = path.join(work, '.time-stats');
  const viaTime = existsSync(TIME);
  const argv = viaTime ? [TIME, '-o', stats, '-f', '%U %S %M', ...cmd.argv] : cmd.argv;
  const start = process.hrtime.bigint();
  const result = run(argv[0], argv.slice(1), { cwd: cmd.cwd });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw new NotMeasured(`${cmd.label}: ${result.error.message}`);
  if (/heap out of memory/i.test(result.stderr ?? '')) throw new NotMeasured(`${cmd.label}: ran out of memory (JavaScript heap out of memory, exit ${result.status ?? result.signal}, after ${(ms / 1000).toFixed(0)} s)`);
  if (!cmd.ok.includes(result.status)) throw new NotMeasured(`${cmd.label} exited ${result.status ?? result.signal}: ${tail(result.stderr)}`);
  if (!viaTime) return { ms };
  const [user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, peakMB: Math.round(kb / 1024) };
}

/**
 * Runs ours and the peer alternately (ours first on even rounds, the peer first on odd ones) after one untimed
 * warm-up each. The peer may run fewer times (slow peers).
 */
function compare(ours, peer, runs, peerRuns = runs, { warmup = true } = {}) {
  const o = [];
  const p = [];
  if (warmup) {
    timeOnce(ours);
    if (peer) timeOnce(peer);
  }
  for (let i = 0; i < Math.max(runs, peerRuns); i++) {
    const order = i % 2 === 0 ? [ours, peer] : [peer, ours];
    for (const cmd of order) {
      if (cmd === ours && o.length < runs) o.push(timeOnce(ours));
      else if (cmd === peer && peer && p.length < peerRuns) p.push(timeOnce(peer));
    }
  }
  return { ours: summarise(ours, o), peer: peer ? summarise(peer, p) : undefined };
}

/** Median, range, CPU median and peak memory of a command's timed runs. */
function summarise(cmd, samples) {
  const ms = samples.map((s) => s.ms);
  const cpu = samples.map((s) => s.cpuMs).filter((x) => x !== undefined);
  const mem = samples.map((s) => s.peakMB).filter((x) => x !== undefined);
  return {
    command: cmd.label,
    argv: cmd.argv.map((a) => (a.startsWith(root) ? rel(a) : a)),
    runs: samples.length,
    medianMs: round(median(ms)),
    minMs: round(Math.min(...ms)),
    maxMs: round(Math.max(...ms)),
    medianCpuMs: cpu.length ? round(median(cpu)) : undefined,
    peakMB: mem.length ? Math.max(...mem) : undefined,
    samplesMs: ms.map((x) => round(x)),
  };
}

const n = (x) => x.toLocaleString('en');
const round = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? undefined : Math.round(x * 10 ** digits) / 10 ** digits);
const rel = (file) => path.relative(root, file);

function sha(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------- set-up
const notes = [];
const blockers = {}; // what is missing → reason, for "not measured"

function ensurePeers() {
  const spectral = path.join(benchDir, 'node_modules/.bin/spectral');
  const ajv = path.join(benchDir, 'node_modules/ajv-cli/dist/index.js');
  if (!existsSync(spectral) || !existsSync(ajv)) {
    log('installing the peers into bench/node_modules: npm ci --prefix bench');
    const result = run('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], { capture: true });
    if (result.status !== 0) {
      blockers.peers = `npm ci --prefix bench failed: ${tail(result.stderr)}`;
      return;
    }
  }
  const version = (pkg) => JSON.parse(readFileSync(path.join(benchDir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  peers.spectral = { version: version('@stoplight/spectral-cli'), bin: spectral, install: 'npm ci --prefix bench (bench/package.json)' };
  peers.ajv = { version: `ajv-cli ${version('ajv-cli')} (ajv ${version('ajv')}, ajv-formats ${version('ajv-formats')})`, bin: ajv, install: 'npm ci --prefix bench (bench/package.json)' };
  if (!existsSync(CHROMIUM)) {
    blockers.chromium = `${CHROMIUM} not found; install Debian's chromium: apt-get update && apt-get install -y chromium`;
  } else {
    const v = run(CHROMIUM, ['--version'], { capture: true });
    peers.chromium = { version: (v.stdout ?? '').trim(), bin: CHROMIUM, install: 'apt-get install -y chromium (Debian package)' };
  }
  if (!existsSync(TIME)) notes.push(`${TIME} not found (apt-get install -y time): peak memory not measured`);
}
const peers = {};

/** Builds the CLI exactly as `npm run build` does (scripts/build-cli.mjs) into node_modules/.cache/sla-bench. */
async function buildSla() {
  const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts/build-cli.mjs')).href);
  rmSync(path.join(cache, 'dist'), { recursive: true, force: true });
  await buildCli(path.join(cache, 'dist'), { esbuild: { logLevel: 'error' } });
  // The same launcher as bin/sla.cjs, in the same place relative to dist/.
  mkdirSync(path.join(cache, 'bin'), { recursive: true });
  copyFileSync(path.join(root, 'bin/sla.cjs'), path.join(cache, 'bin/sla.cjs'));
  return path.join(cache, 'bin/sla.cjs');
}

let SLA;
const sla = (...args) => [NODE, SLA, ...args];

/** Commands still being built print "(not built yet)" in `sla --help`; they are reported, not run. */
function builtCommands() {
  const help = run(NODE, [SLA, '--help'], { capture: true });
  const missing = new Set();
  for (const line of (help.stdout ?? '').split('\n')) {
    const m = /^\s+(\w+)\b.*\(not built yet\)/.exec(line);
    if (m) missing.add(m[1]);
  }
  return missing;
}

/** Generates `count` agreements with `seed`, unless the same generator already wrote them. */
async function agreements(count, seed = 1) {
  const dir = path.join(work, `agreements-${count}`);
  const { generate } = await import('./generate.mjs');
  const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.sla.yaml')).sort();
  const stamp = sha(readFileSync(path.join(benchDir, 'generate.mjs')), ...examples.map((f) => readFileSync(path.join(root, 'examples', f))), `${count}/${seed}`);
  const stampFile = path.join(dir, '.stamp');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    log(`generating ${count} agreements (seed ${seed}) into ${rel(dir)}`);
    generate({ count, outDir: dir, seed });
    writeFileSync(stampFile, stamp);
  }
  return dir;
}

const files = (dir, ext = '.sla.yaml') => readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(dir, f));

// ---------------------------------------------------------------------------------------------- cases
const results = [];

/** Adds a measured case, or a "not measured" one when `fn` throws NotMeasured (or anything else). */
async function measure(base, fn) {
  log(`${base.id}: ${base.title}`);
  try {
    const measured = await fn();
    if (measured.peer) measured.cpuRatio = cpuRatio(measured, base.group === 'startup');
    results.push({ ...base, status: 'measured', ...measured });
  } catch (error) {
    const reason = error instanceof NotMeasured ? error.message : `bench error: ${error.stack ?? error}`;
    log(`  not measured: ${reason}`);
    results.push({ ...base, status: 'not measured', reason });
  }
}

const need = (...keys) => {
  for (const key of keys) if (blockers[key]) throw new NotMeasured(blockers[key]);
};

/** `sla / peer` for start-up (lower is better); `peer / sla` (a speed-up) elsewhere. */
const slowdown = (m) => round(m.ours.medianMs / m.peer.medianMs, 2);
const speedup = (m) => round(m.peer.medianMs / m.ours.medianMs, 2);
const cpuRatio = (m, invert) => (m.ours.medianCpuMs && m.peer?.medianCpuMs ? round(invert ? m.ours.medianCpuMs / m.peer.medianCpuMs : m.peer.medianCpuMs / m.ours.medianCpuMs, 2) : undefined);

async function startupCases(one) {
  const floor = command("node -e ''", [NODE, '-e', '']);
  const r = runsFor(10) * 3;
  await measure({ id: 'startup-version', group: 'startup', title: 'start-up: sla --version vs node -e \'\'', target: { text: 'none (reported)' } }, () => {
    need('sla');
    const m = compare(command('sla --version', sla('--version')), floor, r);
    return { ...m, ratio: slowdown(m), ratioMeaning: 'sla time / node -e \'\' time (lower is better)' };
  });
  await measure({ id: 'startup-lint-one', group: 'startup', title: 'start-up: sla lint one.sla.yaml vs node -e \'\'', target: { text: '≤ 1.5×', max: 1.5 } }, () => {
    need('sla', 'lint');
    const m = compare(command(`sla lint ${rel(one)}`, sla('lint', one, '--no-ignore'), { ok: [0, 1] }), floor, r);
    const ratio = slowdown(m);
    return { ...m, ratio, ratioMeaning: 'sla time / node -e \'\' time (lower is better)', met: ratio <= 1.5 };
  });
}

async function validateCases(one, dir1000, count1000) {
  // --strict-schema=false: the schema carries editor keywords (markdownDescription, defaultSnippets,
  // patternErrorMessage) that Ajv's strict mode refuses unless registered, as a user of ajv-cli would also do.
  const ajv = (data) => [NODE, peers.ajv?.bin, 'validate', '--spec=draft2020', '--strict-schema=false', '-c', 'ajv-formats', '-s', path.join(root, 'schemas/sla.schema.json'), '-d', data];
  await measure({ id: 'validate-1', group: 'validate', title: 'validate 1 file: sla validate vs ajv validate', target: { text: 'none (reported)' } }, () => {
    need('sla', 'peers');
    const m = compare(command(`sla validate ${rel(one)}`, sla('validate', one, '--no-ignore')), command('ajv validate --spec=draft2020 -c ajv-formats (1 file)', ajv(one)), runsFor(10));
    return { ...m, ratio: speedup(m), ratioMeaning: 'ajv-cli time / sla time (higher is better)' };
  });
  await measure({ id: 'validate-1000', group: 'validate', title: `validate ${n(count1000)} files: sla validate vs ajv validate`, target: { text: '≥ 2× faster', min: 2 } }, () => {
    need('sla', 'peers');
    const m = compare(command(`sla validate ${rel(dir1000)}`, sla('validate', dir1000, '--no-ignore'), { ok: [0] }), command('ajv validate --spec=draft2020 -c ajv-formats -d "<dir>/*.sla.yaml"', ajv(`${dir1000}/*.sla.yaml`)), runsFor(7));
    const ratio = speedup(m);
    return { ...m, ratio, ratioMeaning: 'ajv-cli time / sla time (higher is better)', met: ratio >= 2 };
  });
}

async function lintCases(dir1000, dir10000, count1000, count10000) {
  const ruleset = path.join(benchDir, 'spectral/.spectral.yaml');
  const spectral = (dir) => command(`spectral lint -r bench/spectral/.spectral.yaml "<dir>/*.sla.yaml" (4 rules)`, [NODE, peers.spectral?.bin, 'lint', '-r', ruleset, '--format', 'text', `${dir}/*.sla.yaml`], { ok: [0, 1] });
  const ours = (dir) => command(`sla lint <dir> (all recommended rules)`, sla('lint', dir, '--format', 'json', '--no-ignore'), { ok: [0, 1] });
  let m1000;
  await measure({ id: 'lint-1000', group: 'lint', title: `lint ${n(count1000)} files: sla lint (recommended) vs spectral lint (4 rules)`, target: { text: '≥ 10× faster', min: 10 } }, () => {
    need('sla', 'lint', 'peers');
    m1000 = compare(ours(dir1000), spectral(dir1000), runsFor(5));
    const ratio = speedup(m1000);
    return { ...m1000, ratio, ratioMeaning: 'Spectral time / sla time (higher is better)', met: ratio >= 10 };
  });
  await measure({ id: 'lint-cache-1000', group: 'lint', title: `lint ${n(count1000)} files with --cache: a second run with nothing changed vs the first`, target: { text: '≤ 15 % of the first run', max: 0.15 } }, () => {
    need('sla', 'lint');
    // "peer" here is the first run (no cache file); every cold run leaves a full cache, so each warm run hits it.
    const cacheFile = path.join(work, 'lint-1000.slacache');
    const args = ['lint', dir1000, '--format', 'json', '--cache', '--cache-location', cacheFile, '--no-ignore'];
    const warm = command('sla lint <dir> --cache (second run, nothing changed)', sla(...args), { ok: [0, 1] });
    const cold = command('sla lint <dir> --cache (first run, no cache file)', sla(...args), { ok: [0, 1], before: () => rmSync(cacheFile, { force: true }) });
    const m = compare(warm, cold, runsFor(5));
    const ratio = round(m.ours.medianMs / m.peer.medianMs, 3);
    return { ...m, ratio, ratioMeaning: 'second run time / first run time (lower is better)', met: ratio <= 0.15 };
  });
  await measure({ id: 'lint-10000', group: 'lint', title: `lint ${n(count10000)} files: linear scaling and memory (and vs spectral)`, target: { text: '10k ≤ 11× 1k, peak < 200 MB' } }, () => {
    need('sla', 'lint', 'peers');
    if (!m1000) throw new NotMeasured('lint-1000 was not measured');
    // Slow runs, no untimed warm-up (the files were just generated or read). Spectral runs once, between sla's runs
    // (it takes minutes here and needs far more memory); if it cannot finish, sla is still measured and the peer's
    // failure is reported instead of a ratio.
    const o = [];
    let peerSample;
    let peerFailure;
    for (let i = 0; i < runsFor(3); i++) {
      o.push(timeOnce(ours(dir10000)));
      if (i === 0) {
        try {
          peerSample = timeOnce(spectral(dir10000));
        } catch (error) {
          if (!(error instanceof NotMeasured)) throw error;
          peerFailure = error.message;
        }
      }
    }
    const m = { ours: summarise(ours(dir10000), o), peer: peerSample ? summarise(spectral(dir10000), [peerSample]) : undefined, ...(peerFailure ? { peerFailure } : {}) };
    const scaling = round(m.ours.medianMs / m1000.ours.medianMs, 2);
    const met = scaling <= 11 * (count10000 / count1000 / 10) && m.ours.peakMB !== undefined && m.ours.peakMB < 200;
    return { ...m, ratio: m.peer ? speedup(m) : undefined, ratioMeaning: 'Spectral time / sla time (higher is better)', scaling, scalingMeaning: `sla ${n(count10000)} files / sla ${n(count1000)} files`, met };
  });
}

/** Loading adversarial YAML from 1 KB to 1 MB, kind by kind (bench/load-linear.mjs): linear, and under 1 s at 1 MB. */
async function loadCases() {
  await measure({ id: 'load-adversarial-1mb', group: 'load', title: 'load adversarial YAML, 1 KB → 1 MB, every kind: worst 1 MB load', target: { text: '< 1 s, linear', max: 1000 } }, async () => {
    const { measureLoadScaling } = await import(pathToFileURL(path.join(benchDir, 'load-linear.mjs')).href);
    const measured = await measureLoadScaling({ root });
    const flagged = measured.kinds.filter((k) => !k.linear || !k.under1s).map((k) => k.kind);
    return {
      ours: { command: `loadAgreementText over ${measured.kinds.length} adversarial kinds`, runs: 1, medianMs: Number.isFinite(measured.worstMs1MB) ? Math.round(measured.worstMs1MB) : undefined },
      ratio: Number.isFinite(measured.worstMs1MB) ? Math.round(measured.worstMs1MB) : undefined, ratioMeaning: 'ms to load the slowest 1 MB kind', kinds: measured.kinds, flagged,
      met: flagged.length === 0,
    };
  });
}

/** `--concurrency`: lint over worker threads, pinned to 1 and 2 cores (bench/concurrency.mjs; reported, no target). */
async function concurrencyCases(dir, count) {
  await measure({ id: 'lint-concurrency', group: 'lint', title: `lint ${n(count)} files: --concurrency 2 vs off, on 2 cores (taskset)`, target: { text: 'none (reported; ESLint measured 1.3× on 2 cores)' } }, async () => {
    need('sla', 'lint');
    const { measureConcurrency } = await import(pathToFileURL(path.join(benchDir, 'concurrency.mjs')).href);
    const measured = await measureConcurrency({ root, dir, runs: runsFor(3) });
    const row = (cores, concurrency) => measured.rows.find((r) => r.cores === cores && r.concurrency === concurrency);
    const [off, two] = [row(2, 'off'), row(2, '2')];
    return {
      ours: { command: `sla lint <dir> --concurrency 2 (taskset -c 0,1)`, runs: measured.runs, medianMs: two.medianMs, medianCpuMs: two.medianCpuMs, peakMB: two.peakMB },
      peer: { command: `sla lint <dir> --concurrency off (taskset -c 0,1)`, runs: measured.runs, medianMs: off.medianMs, medianCpuMs: off.medianCpuMs, peakMB: off.peakMB },
      ratio: two.speedup, ratioMeaning: 'off time / --concurrency 2 time (higher is better)', rows: measured.rows, notes: measured.notes,
    };
  });
}

/** The language server: from an edit that plants a mistake to its diagnostic arriving (bench/lsp-latency.mjs). */
async function lspCases() {
  await measure({ id: 'lsp-diagnostics', group: 'editor', title: 'sla lsp: didChange planting a mistake → publishDiagnostics with it', target: { text: '< 300 ms', max: 300 } }, async () => {
    need('sla');
    const script = path.join(benchDir, 'lsp-latency.mjs');
    if (!existsSync(script)) throw new NotMeasured('bench/lsp-latency.mjs is missing');
    const { measureLspLatency } = await import(pathToFileURL(script).href);
    const measured = await measureLspLatency({ root, runs: runsFor(20) });
    return { ours: { command: 'sla lsp --stdio (edit → diagnostics)', runs: measured.runs, medianMs: round(measured.medianMs), p90Ms: round(measured.p90Ms) }, ratio: round(measured.medianMs), ratioMeaning: 'median ms from the edit to its diagnostics', met: measured.medianMs < 300 };
  });
}

/** Markdown (rendered by sla) → HTML with a print stylesheet, the input a Markdown-to-PDF tool gives Chromium. */
function toHtml(markdown, title) {
  const { marked } = requireRoot('marked');
  const css = `@page { size: A4; margin: 20mm 18mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; color: #111; }
h1 { font-size: 20pt; margin: 0 0 12pt; } h2 { font-size: 14pt; margin: 18pt 0 6pt; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 9pt; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th, td { border: 0.5pt solid #888; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #eee; } code { font-family: "DejaVu Sans Mono", monospace; }`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')}</title><style>${css}</style></head>\n<body>\n${marked.parse(markdown)}</body></html>\n`;
}

function chromiumArgs(html, pdf) {
  return ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--user-data-dir=${path.join(work, 'chromium-profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href];
}

async function renderCases(one, dir1000) {
  const out = path.join(work, 'render');
  const fresh = (dir) => () => { rmSync(dir, { recursive: true, force: true }); mkdirSync(dir, { recursive: true }); };
  /** Markdown of each agreement from sla itself (not timed): the same contract text Chromium then prints. */
  const markdownOf = (inputs, dir) => {
    fresh(dir)();
    const result = run(NODE, [SLA, 'render', ...inputs, '--format', 'md', '--out-dir', dir], { capture: true });
    if (result.status !== 0) throw new NotMeasured(`sla render --format md exited ${result.status}: ${tail(result.stderr)}`);
    const mds = files(dir, '.md');
    if (mds.length !== inputs.length) throw new NotMeasured(`sla render --format md wrote ${mds.length} Markdown files for ${inputs.length} agreements`);
    for (const md of mds) writeFileSync(md.replace(/\.md$/, '.html'), toHtml(readFileSync(md, 'utf8'), path.basename(md, '.md')));
    return files(dir, '.html');
  };
  await measure({ id: 'render-1', group: 'render', title: 'render 1 agreement to PDF: sla render --format pdf vs Chromium printing HTML', target: { text: '≥ 2× faster', min: 2 } }, () => {
    need('sla', 'render', 'chromium');
    const [html] = markdownOf([one], path.join(out, 'one-html'));
    const ours = command(`sla render ${rel(one)} --format pdf`, sla('render', one, '--format', 'pdf', '--out-dir', path.join(out, 'one-pdf')), { before: fresh(path.join(out, 'one-pdf')) });
    const peer = command('chromium --headless ... --print-to-pdf (same contract as HTML)', [CHROMIUM, ...chromiumArgs(html, path.join(out, 'one-html', 'chromium.pdf'))]);
    const m = compare(ours, peer, runsFor(7));
    const ratio = speedup(m);
    return { ...m, ratio, ratioMeaning: 'Chromium time / sla time (higher is better)', met: ratio >= 2 };
  });
  // Issue 20: a contract in German costs no more than one in English (catalog messages, German hyphenation).
  await measure({ id: 'render-de', group: 'render', title: 'render 1 agreement to PDF in de-DE vs the same in en-US', target: { text: '≤ 1.1×', max: 1.1 } }, () => {
    need('sla', 'render');
    const german = command(`sla render ${rel(one)} --format pdf --locale de-DE`, sla('render', one, '--format', 'pdf', '--locale', 'de-DE', '--out-dir', path.join(out, 'de-pdf')), { before: fresh(path.join(out, 'de-pdf')) });
    const english = command(`sla render ${rel(one)} --format pdf --locale en-US`, sla('render', one, '--format', 'pdf', '--locale', 'en-US', '--out-dir', path.join(out, 'en-pdf')), { before: fresh(path.join(out, 'en-pdf')) });
    const m = compare(german, english, runsFor(9));
    const ratio = round(m.ours.medianMs / m.peer.medianMs, 2);
    return { ...m, ratio, ratioMeaning: 'de-DE time / en-US time (lower is better)', met: ratio <= 1.1 };
  });
  await measure({ id: 'render-100', group: 'render', title: `render ${QUICK ? 10 : 100} agreements to PDF: one sla render run vs Chromium one by one`, target: { text: '≥ 10× faster', min: 10 } }, () => {
    need('sla', 'render', 'chromium');
    const inputs = files(dir1000).slice(0, QUICK ? 10 : 100);
    const htmlDir = path.join(out, 'many-html');
    markdownOf(inputs, htmlDir);
    const loop = `for f in "${htmlDir}"/*.html; do "${CHROMIUM}" ${chromiumArgs('@@', '@@').slice(0, -2).map((a) => `'${a}'`).join(' ')} --print-to-pdf="\${f%.html}.pdf" "file://$f" 2>/dev/null || exit 1; done`;
    const ours = command(`sla render <${inputs.length} files> --format pdf`, sla('render', ...inputs, '--format', 'pdf', '--out-dir', path.join(out, 'many-pdf')), { before: fresh(path.join(out, 'many-pdf')) });
    const peer = command(`chromium --print-to-pdf, once per file (${inputs.length})`, ['sh', '-c', loop]);
    const m = compare(ours, peer, runsFor(3), runsFor(2), { warmup: false });
    const ratio = speedup(m);
    return { ...m, ratio, ratioMeaning: 'Chromium time / sla time (higher is better)', files: inputs.length, met: ratio >= 10 };
  });
}

async function reportCases() {
  // Three sizes of one generated month (March 2027, Berlin), to see time grow linearly and memory stay flat: the
  // export is streamed and the report keeps counters, response times in typed arrays and the first 1,000 entries
  // of each list. Target (issue 19): 1,000,000 tickets in one run, peak RSS under 300 MB, 10x tickets <= 11x time.
  const generator = path.join(benchDir, 'generate-tickets.mjs');
  const agreement = path.join(root, 'examples/standard-customer-service-assistant.sla.yaml');
  const sizes = QUICK ? [1000, 10000, 100000] : [10000, 100000, 1000000];
  /** The generated export of `count` tickets, written by the generator straight to a file (a million rows is 100 MB). */
  const ticketsFile = (count) => {
    if (!existsSync(generator)) throw new NotMeasured('bench/generate-tickets.mjs (the ticket export generator) does not exist yet');
    const file = path.join(work, `tickets-${count}.csv`);
    const stampFile = `${file}.stamp`;
    const stamp = sha(readFileSync(generator), String(count));
    if (!existsSync(file) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
      log(`generating ${n(count)} tickets into ${rel(file)}`);
      mkdirSync(work, { recursive: true });
      const g = run(NODE, [generator, String(count), '--out', file]);
      if (g.status !== 0) throw new NotMeasured(`bench/generate-tickets.mjs failed: ${tail(g.stderr)}`);
      writeFileSync(stampFile, stamp);
    }
    return file;
  };
  const report = (count) => command(`sla report <Berlin example> --tickets <${n(count)} tickets> --now 2027-04-01T09:00 --format json`, sla('report', agreement, '--tickets', ticketsFile(count), '--now', '2027-04-01T09:00', '--format', 'json'));
  const measured = {};
  for (const [i, count] of sizes.entries()) {
    const largest = i === sizes.length - 1;
    const base = { id: `report-${count}`, group: 'report', title: `sla report over ${n(count)} tickets`, target: { text: 'none (reported; no peer)' } };
    if (largest) {
      base.title = `report ${n(count)} tickets: linear scaling and memory`;
      base.target = { text: `${n(count)} ≤ 11× ${n(sizes[i - 1])} time, peak < 300 MB` };
    }
    await measure(base, async () => {
      need('sla', 'report');
      // The largest export runs fewer times: a million tickets take most of a minute on a shared 2-core machine.
      const m = compare(report(count), undefined, runsFor(largest ? 2 : i === 0 ? 5 : 3), undefined, { warmup: !largest });
      measured[count] = m;
      if (!largest) return { ...m, tickets: count };
      const previous = measured[sizes[i - 1]];
      if (!previous) throw new NotMeasured(`the ${n(sizes[i - 1])}-ticket case was not measured, so there is no ratio`);
      const scaling = round(m.ours.medianMs / previous.ours.medianMs, 2);
      const met = scaling <= 11 && m.ours.peakMB !== undefined && m.ours.peakMB < 300;
      return { ...m, tickets: count, scaling, scalingMeaning: `sla ${n(count)} tickets / sla ${n(sizes[i - 1])} tickets`, peakLimitMB: 300, met };
    });
  }
}

// ---------------------------------------------------------------------------------------------- output
const fmtMs = (ms) => (ms === undefined ? '–' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMB = (mb) => (mb === undefined ? '–' : `${mb} MB`);

function rows() {
  return results.map((r) => {
    if (r.status !== 'measured') return [r.title, '–', '–', '–', r.target.text, `not measured: ${r.reason}`, '–', '–'];
    const parts = [];
    if (r.ratio !== undefined) parts.push(`${r.ratio}×${r.cpuRatio !== undefined ? ` (CPU ${r.cpuRatio}×)` : ''}`);
    if (r.scaling !== undefined) parts.push(`sla ${r.scalingMeaning?.replace(/^sla /, '').replace(/ (files|tickets) \/ sla /, '/') ?? '10k/1k'}: ${r.scaling}×`);
    const ratio = parts.length ? parts.join('; ') : '–';
    let met = r.met === undefined ? '–' : r.met ? 'met' : 'NOT met';
    const limit = r.peakLimitMB ?? 200;
    if (r.scaling !== undefined) met += ` (time ${r.scaling}× ${r.scaling <= 11 ? '≤' : '>'} 11×; peak ${r.ours.peakMB} MB ${r.ours.peakMB < limit ? '<' : '≥'} ${limit} MB)`;
    if (r.peerFailure) met += `; Spectral not measured: ${r.peerFailure.replace(/^spectral lint .*?\(4 rules\): /, '')}`;
    return [r.title, fmtMs(r.ours.medianMs), r.peer ? fmtMs(r.peer.medianMs) : '–', ratio, r.target.text, met, fmtMB(r.ours.peakMB), r.peer ? fmtMB(r.peer.peakMB) : '–'];
  });
}
const HEAD = ['case', 'sla median', 'peer median', 'ratio (wall; CPU)', 'target', 'met?', 'sla peak RSS', 'peer peak RSS'];

function textTable() {
  const all = [HEAD, ...rows()];
  const widths = HEAD.map((_, i) => Math.min(i === 5 ? 110 : 90, Math.max(...all.map((row) => String(row[i]).length))));
  const line = (row) => row.map((cell, i) => String(cell).slice(0, widths[i]).padEnd(widths[i])).join('  ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...rows().map(line)].join('\n');
}

function markdownTable(machine) {
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  const lines = [`| ${HEAD.join(' | ')} |`, `| ${HEAD.map(() => '---').join(' | ')} |`, ...rows().map((row) => `| ${row.map(esc).join(' | ')} |`)];
  return `${lines.join('\n')}\n\n${machine}\n`;
}

// ---------------------------------------------------------------------------------------------- main
if (REPRINT) {
  // Re-renders the table of the last full run from bench/results.json (after a change to the table's layout).
  const saved = JSON.parse(readFileSync(path.join(benchDir, 'results.json'), 'utf8'));
  results.push(...saved.cases);
  console.log(`\n${textTable()}\n\n${saved.summary}`);
  if (WRITE) writeFileSync(path.join(benchDir, 'results.md'), markdownTable(saved.summary));
  process.exit(0);
}
const started = new Date();
// The commit the bundle is built from, read before building (others may commit while the suite runs).
const gitAtStart = (...args) => (run('git', args, { capture: true }).stdout ?? '').trim();
const commitAtStart = gitAtStart('rev-parse', 'HEAD');
const srcDirtyAtStart = gitAtStart('status', '--porcelain', '--', 'src') !== '';
mkdirSync(work, { recursive: true });
ensurePeers();
try {
  SLA = SLA_BIN ?? (await buildSla());
} catch (error) {
  blockers.sla = `could not bundle src/cli/main.ts: ${tail(error.message)}`;
}
if (SLA) for (const cmd of builtCommands()) blockers[cmd] = `sla ${cmd} not built`;

// The one agreement: the shipped Berlin example, written YAML 1.1-safe (dates quoted) so ajv-cli's js-yaml reads the
// same values as sla (unquoted dates become Date objects in YAML 1.1 and fail `type: string`).
const one = path.join(work, 'one.sla.yaml');
{
  const { toYaml } = await import('./generate.mjs');
  writeFileSync(one, toYaml(requireRoot('yaml').parse(readFileSync(path.join(root, 'examples/standard-customer-service-assistant.sla.yaml'), 'utf8'))));
}
const count1000 = QUICK ? 100 : 1000;
const dir1000 = await agreements(count1000);
const count10000 = QUICK ? 1000 : 10000;
const dir10000 = wanted('lint') ? await agreements(count10000) : undefined;

if (wanted('startup')) await startupCases(one);
if (wanted('validate')) await validateCases(one, dir1000, count1000);
if (wanted('lint')) await lintCases(dir1000, dir10000, count1000, count10000);
if (wanted('render')) await renderCases(one, dir1000);
if (wanted('report')) await reportCases();
if (wanted('lsp')) await lspCases();
if (wanted('concurrency')) await concurrencyCases(dir1000, count1000);
if (wanted('load')) await loadCases();

const git = (...args) => (run('git', args, { capture: true }).stdout ?? '').trim();
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; commit ${commitAtStart.slice(0, 7)}${srcDirtyAtStart ? ' (src/ had uncommitted changes)' : ''}${QUICK ? '; --quick (smoke test, not for quoting)' : ''}. Peers: ${Object.entries(peers).map(([k, v]) => `${k} ${v.version}`).join('; ')}.`;

console.log(`\n${textTable()}\n\n${machine}`);
for (const r of results.filter((r) => r.status === 'measured')) {
  const extra = r.peer ? ` | peer ${r.peer.command}: ${r.peer.runs} runs, ${fmtMs(r.peer.minMs)}–${fmtMs(r.peer.maxMs)}` : '';
  console.log(`  ${r.id}: ${r.ours.command}: ${r.ours.runs} runs, ${fmtMs(r.ours.minMs)}–${fmtMs(r.ours.maxMs)}${extra}`);
}
for (const note of notes) console.log(`note: ${note}`);

if (WRITE && !ONLY) {
  const json = {
    date: started.toISOString(),
    quick: QUICK,
    machine: { cpus: os.cpus().length, cpu, memoryGiB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version },
    commit: commitAtStart,
    srcHadUncommittedChanges: srcDirtyAtStart,
    summary: machine,
    peers,
    notes,
    cases: results,
  };
  writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(benchDir, 'results.md'), markdownTable(machine));
  // README's performance table is made from results.json, never copied by hand (test/package/perf-table.test.ts).
  (await import('./perf-table.mjs')).writeReadmeTable(json);
  log('wrote bench/results.json, bench/results.md and README.md\'s performance table');
} else if (WRITE) {
  log('--cases given: bench/results.json and bench/results.md are left as they are (they hold full runs only)');
}

// `sla lint --concurrency` scaling: times `sla lint <dir> --no-ignore --format json` over the bench's 1,000
// agreements with --concurrency off, 2 and auto, each pinned with taskset to 1 core (-c 0) and to 2 cores (-c 0,1),
// through a launcher built from the current sources into a temp folder (node_modules/.cache, as bench/run.mjs does;
// dist/ is never touched). Every output is checked byte-identical to the one-thread run.
//
//   node bench/concurrency.mjs [--runs N] [--dir bench/work/agreements-1000]
//
// Or from code: `await measureConcurrency({ root, dir, runs })` returns { rows, cores, node, notes }, one row per
// (cores, concurrency) with the median wall time, the median CPU time (user + sys), the speed-up over `off` on the
// same cores and the workers `--debug` said were started.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The CLI built from the current sources (cli.cjs, sla-worker.cjs, warm code cache) with bin/sla.cjs beside it. */
async function buildLauncher(root) {
  const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts/build-cli.mjs')).href);
  mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
  const home = mkdtempSync(path.join(root, 'node_modules/.cache/sla-bench-concurrency-'));
  await buildCli(path.join(home, 'dist'), { esbuild: { logLevel: 'error' } });
  mkdirSync(path.join(home, 'bin'));
  copyFileSync(path.join(root, 'bin/sla.cjs'), path.join(home, 'bin/sla.cjs'));
  return { home, launcher: path.join(home, 'bin/sla.cjs') };
}

/** One run: wall ms (hrtime around the spawn), CPU ms of the process and its threads (/usr/bin/time), the output. */
function timeOnce(argv, cwd) {
  const stats = path.join(os.tmpdir(), `sla-concurrency-time-${process.pid}`);
  const viaTime = existsSync('/usr/bin/time');
  const full = viaTime ? ['/usr/bin/time', '-o', stats, '-f', '%U %S %M', ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(full[0], full.slice(1), { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  // Exit 1: the bench's agreements carry drafting mistakes on purpose.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${argv.join(' ')} exited ${result.status ?? result.signal}: ${(result.stderr ?? '').slice(-400)}`);
  let cpuMs;
  let peakMB;
  if (viaTime) {
    const [user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    cpuMs = (user + sys) * 1000;
    peakMB = Math.round(kb / 1024);
    rmSync(stats, { force: true });
  }
  const workers = /linting in (\d+) worker threads/.exec(result.stderr ?? '')?.[1];
  return { ms, cpuMs, peakMB, stdout: result.stdout, workers: workers === undefined ? 0 : Number(workers) };
}

/**
 * Times lint over `dir` for each core set × concurrency, `runs` times each (after one untimed warm-up), the
 * settings taking turns within each round so that a machine's changing load falls on all of them alike.
 */
export async function measureConcurrency({ root = path.dirname(here), dir = path.join(here, 'work/agreements-1000'), runs = 5, concurrencies = ['off', '2', 'auto'], coreSets = ['0', '0,1'] } = {}) {
  const notes = [];
  const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((file) => existsSync(file));
  if (!taskset) throw new Error('taskset is not installed (apt-get install util-linux): cannot pin the runs to cores');
  if (!existsSync(dir)) throw new Error(`${dir} does not exist; make it with: node bench/generate.mjs 1000 ${path.relative(root, dir)}`);
  const available = os.availableParallelism();
  if (available < 2) notes.push(`only ${available} core available: the 2-core runs share one core`);
  const { home, launcher } = await buildLauncher(root);
  try {
    const settings = coreSets.flatMap((cores) => concurrencies.map((concurrency) => ({ cores, concurrency })));
    const argv = ({ cores, concurrency }) => [taskset, '-c', cores, process.execPath, launcher, 'lint', dir, '--no-ignore', '--format', 'json', '--concurrency', concurrency, '--debug'];
    const samples = new Map(settings.map((setting) => [setting, []]));
    let reference;
    for (const setting of settings) {
      const warm = timeOnce(argv(setting), root);
      reference ??= warm.stdout;
      if (warm.stdout !== reference) throw new Error(`--concurrency ${setting.concurrency} on cores ${setting.cores}: the JSON output differs from --concurrency off`);
      setting.workers = warm.workers;
    }
    for (let round = 0; round < runs; round++) {
      const order = round % 2 === 0 ? settings : [...settings].reverse();
      for (const setting of order) {
        const sample = timeOnce(argv(setting), root);
        if (sample.stdout !== reference) throw new Error(`--concurrency ${setting.concurrency} on cores ${setting.cores}: the JSON output differs`);
        samples.get(setting).push(sample);
      }
    }
    const rows = settings.map((setting) => {
      const list = samples.get(setting);
      return {
        cores: setting.cores.split(',').length,
        concurrency: setting.concurrency,
        workers: setting.workers,
        medianMs: Math.round(median(list.map((s) => s.ms))),
        medianCpuMs: list[0].cpuMs === undefined ? undefined : Math.round(median(list.map((s) => s.cpuMs))),
        peakMB: list[0].peakMB === undefined ? undefined : Math.max(...list.map((s) => s.peakMB)),
      };
    });
    for (const row of rows) {
      const off = rows.find((other) => other.cores === row.cores && other.concurrency === 'off');
      row.speedup = off ? Number((off.medianMs / row.medianMs).toFixed(2)) : undefined;
    }
    const load = os.loadavg()[0];
    if (load > available) notes.push(`load average ${load.toFixed(1)} on ${available} cores while measuring: other work shared the pinned cores, so wall times are noisy`);
    return { rows, runs, files: dir, cores: available, node: process.version, notes };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** The rows as a Markdown table. */
export function concurrencyTable({ rows }) {
  const lines = ['| cores (taskset) | --concurrency | workers | median wall | median CPU | vs off | peak RSS |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    lines.push(`| ${row.cores} | ${row.concurrency} | ${row.workers} | ${(row.medianMs / 1000).toFixed(2)} s | ${row.medianCpuMs === undefined ? '–' : `${(row.medianCpuMs / 1000).toFixed(2)} s`} | ${row.speedup?.toFixed(2) ?? '–'}× | ${row.peakMB ?? '–'} MB |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const option = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const result = await measureConcurrency({
    ...(option('--runs') && { runs: Number(option('--runs')) }),
    ...(option('--dir') && { dir: path.resolve(option('--dir')) }),
  });
  process.stdout.write(`sla lint ${path.relative(process.cwd(), result.files) || result.files} --no-ignore --format json, ${result.runs} runs each, Node ${result.node}, ${result.cores} cores\n\n${concurrencyTable(result)}\n`);
  for (const note of result.notes) process.stdout.write(`\nnote: ${note}\n`);
}

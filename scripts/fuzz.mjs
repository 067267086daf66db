// The long fuzzing run: seeded mutants of examples/ and test/corpus/ checked against every property of
// test/fuzz/properties.ts, plus the time limit (each input handled in under 2 s) and, for a sample, the CLI's exit
// code (`sla validate -` with the input on stdin: exit 0/1/2, no stack trace). Failing inputs are kept in
// test/fuzz/regressions/ (replayed by the normal test suite). Exits 1 when any input failed.
//   npm run fuzz -- [--count 2000] [--seed 1] [--from 0] [--cli-every 50] [--time-limit 2000] [--class name,...]
//                   [--workers N]
// --workers splits the index range into N contiguous parts, each run by a child process of this script, and merges
// their tables: the mutants are the same as in one process (mutant i of seed s does not depend on the others), only
// the run is shorter on a machine with N cores. Each child times its own inputs, so leave a core per worker.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    'cli-every': { type: 'string', default: '50' },
    'time-limit': { type: 'string', default: '2000' },
    class: { type: 'string' },
    workers: { type: 'string', default: '1' },
    // Internal: a worker writes its stats and failures here as JSON instead of printing the table.
    'report-json': { type: 'string' },
  },
});
const count = Number(args.count);
const seed = Number(args.seed);
const from = Number(args.from);
const cliEvery = Number(args['cli-every']);
const timeLimit = Number(args['time-limit']);
const workers = Math.max(1, Math.floor(Number(args.workers)));
for (const [name, value] of [['count', count], ['seed', seed], ['from', from], ['cli-every', cliEvery], ['time-limit', timeLimit], ['workers', workers]]) {
  if (!Number.isFinite(value) || value < 0) {
    console.error(`sla fuzz: --${name} must be a number ≥ 0 (got ${JSON.stringify(args[name])})`);
    process.exit(2);
  }
}
const regressionDir = path.join(root, 'test/fuzz/regressions');


/** Runs the range in `workers` child processes of this script and merges what they report. */
async function runInWorkers() {
  const started = Date.now();
  const dir = path.join(root, 'node_modules/.cache/sla-fuzz', `workers-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const share = Math.ceil(count / workers);
  const parts = [];
  for (let w = 0; w < workers && w * share < count; w++) {
    const partFrom = from + w * share;
    const partCount = Math.min(share, count - w * share);
    const file = path.join(dir, `${w}.json`);
    const argv = [fileURLToPath(import.meta.url), '--seed', String(seed), '--from', String(partFrom), '--count', String(partCount),
      '--cli-every', String(cliEvery), '--time-limit', String(timeLimit), '--report-json', file, ...(args.class ? ['--class', args.class] : [])];
    parts.push(new Promise((resolve) => {
      const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
      // Progress lines are prefixed with the worker; failures pass through as they are.
      child.stderr.setEncoding('utf8').on('data', (s) => process.stderr.write(s.replace(/^… /gm, `… [worker ${w}] `)));
      child.on('close', (code) => resolve({ file, code }));
    }));
  }
  const stats = new Map();
  const failed = [];
  for (const { file, code } of await Promise.all(parts)) {
    let part;
    try {
      part = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      console.error(`sla fuzz: a worker exited with ${code} without a report (${file})`);
      process.exitCode = 2;
      continue;
    }
    failed.push(...part.failed);
    for (const [cls, s] of part.stats) {
      const into = stats.get(cls);
      if (!into) {
        stats.set(cls, s);
        continue;
      }
      for (const key of ['count', 'throws', 'position', 'output', 'slow', 'cli', 'cliRuns']) into[key] += s[key];
      if (s.slowest.ms > into.slowest.ms) into.slowest = s.slowest;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  failed.sort((a, b) => a.index - b.index);
  report(stats, failed, (Date.now() - started) / 1000);
}

if (workers > 1 && !args['report-json']) {
  await runInWorkers();
} else {
  await runHere();
}

async function runHere() {
  // Inside node_modules so the bundles resolve external packages (handlebars, marked, ...) like dist/ does.
  const outdir = path.join(root, 'node_modules/.cache/sla-fuzz', String(process.pid));
  mkdirSync(outdir, { recursive: true });
  const { default: options } = await import('./bundle-options.mjs');
  await build({
    ...options,
    entryPoints: { harness: path.join(root, 'test/fuzz/harness.ts'), cli: path.join(root, 'src/cli/main.ts') },
    outdir,
    logLevel: 'error',
  });
  const cliRunner = path.join(outdir, 'run-cli.mjs');
  writeFileSync(cliRunner, `import { main } from ${JSON.stringify(pathToFileURL(path.join(outdir, 'cli.js')).href)};\nprocess.exitCode = await main(process.argv.slice(2));\n`);

  /** Runs `sla validate -` on the bytes; resolves to the failures (empty when fine). */
  function checkCli(bytes) {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cliRunner, 'validate', '-'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (s) => { if (stderr.length < 100_000) stderr += s; });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.stdin.on('error', () => {});
      child.stdin.end(bytes);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const failures = [];
        if (![0, 1, 2].includes(code)) failures.push(`cli-exit: exit ${code}${signal ? ` (${signal})` : ''}`);
        if (/^\s+at .+:\d+:\d+\)?$/m.test(stderr)) failures.push(`cli-stack: stack trace on stderr: ${stderr.split('\n').slice(0, 3).join(' | ').slice(0, 200)}`);
        resolve(failures);
      });
    });
  }

  try {
    const fuzz = await import(pathToFileURL(path.join(outdir, 'harness.js')).href);
    const seeds = fuzz.loadSeeds(root);
    const only = args.class ? new Set(args.class.split(',')) : undefined;
    const classes = fuzz.MUTATION_CLASSES;
    const stats = new Map(classes.map((c) => [c, { count: 0, throws: 0, position: 0, output: 0, slow: 0, cli: 0, cliRuns: 0, slowest: { ms: 0, size: 0, index: -1 } }]));
    const failed = [];
    const encoder = new TextEncoder();
    const started = Date.now();
    let done = 0;
    for (const m of fuzz.mutants(seed, count, seeds, from)) {
      if (only && !only.has(m.class)) continue;
      const s = stats.get(m.class);
      const { failures, ms, steps } = await fuzz.checkInput(m.text, m.bytes);
      const size = m.bytes?.length ?? encoder.encode(m.text).length;
      if (ms > timeLimit) {
        const worst = Object.entries(steps).filter(([name]) => !name.startsWith('[harness]')).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name, t]) => `${name} ${t.toFixed(0)} ms`).join(', ');
        failures.push(`slow: ${ms.toFixed(0)} ms for ${size} bytes (${worst})`);
      }
      if (cliEvery > 0 && m.index % cliEvery === 0) {
        s.cliRuns++;
        failures.push(...(await checkCli(m.bytes ?? Buffer.from(m.text, 'utf8'))));
      }
      s.count++;
      if (ms > s.slowest.ms) s.slowest = { ms, size, index: m.index };
      if (failures.length > 0) {
        const kinds = new Set(failures.map((f) => f.split(':')[0]));
        if (kinds.has('throws') || kinds.has('rule-threw')) s.throws++;
        if (kinds.has('no-position') || kinds.has('no-message') || kinds.has('inconsistent')) s.position++;
        if (kinds.has('bad-output')) s.output++;
        if (kinds.has('slow')) s.slow++;
        if (kinds.has('cli-exit') || kinds.has('cli-stack')) s.cli++;
        const file = fuzz.saveRegression(regressionDir, m);
        failed.push({ index: m.index, class: m.class, seed: m.seed, size, file, failures });
        console.error(`FAIL #${m.index} ${m.class} (${m.seed}, ${size} bytes) → test/fuzz/regressions/${file}\n  ${failures.join('\n  ')}`);
      }
      if (++done % 500 === 0) console.error(`… ${done} mutants, ${failed.length} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }

    if (args['report-json']) {
      writeFileSync(args['report-json'], JSON.stringify({ stats: [...stats], failed, seconds: (Date.now() - started) / 1000 }));
    } else {
      report(stats, failed, (Date.now() - started) / 1000);
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Prints the table of classes (count, failures by kind, slowest input) and the failed inputs; sets the exit code. */
function report(stats, failed, seconds) {
  const rows = [['class', 'count', 'failed', 'throws', 'position', 'output', 'over-limit', 'cli (runs)', 'slowest (index, bytes, ms)']];
  for (const [cls, s] of stats) {
    if (s.count === 0) continue;
    const failedHere = failed.filter((f) => f.class === cls).length;
    rows.push([cls, s.count, failedHere, s.throws, s.position, s.output, s.slow, `${s.cli} (${s.cliRuns})`,
      s.slowest.index < 0 ? '-' : `#${s.slowest.index}, ${s.slowest.size}, ${s.slowest.ms.toFixed(0)}`].map(String));
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\nsla fuzz: seed ${seed}, mutants ${from}..${from + count - 1}, time limit ${timeLimit} ms, ${seconds.toFixed(1)} s${workers > 1 ? ` (${workers} workers)` : ''}`);
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, i) => (i === 0 || i === widths.length - 1 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  if (failed.length > 0) {
    console.log(`\n${failed.length} input(s) failed; kept in test/fuzz/regressions/ (add unfixed ones to known-failures.json):`);
    for (const f of failed) console.log(`  #${f.index} ${f.class} ${f.size} bytes ${f.file}: ${f.failures[0]}`);
    process.exitCode = 1;
  } else {
    console.log('\nno failures');
  }
}

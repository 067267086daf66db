// Prototype: `sla validate` / `sla lint` over a directory split between N worker threads, each running the built
// CLI (bin/sla.cjs's loader, with the code cache) on every N-th file. Not shipped: on this 2-core machine two
// workers were 1.3× faster than one at +35–50 % peak memory (bench/FINDINGS.md §2).
//   npm run build:dist && /usr/bin/time -f "%e s %M KB" node bench/experiments/workers.cjs lint bench/work/agreements-1000 2
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');

if (isMainThread) {
  const [command, dir, count = '2'] = process.argv.slice(2);
  const workers = Number(count);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sla.yaml')).map((f) => path.join(dir, f));
  const start = performance.now();
  let done = 0;
  for (let w = 0; w < workers; w++) {
    const part = files.filter((_, i) => i % workers === w);
    new Worker(__filename, { workerData: { command, part } }).on('message', () => {
      if (++done === workers) console.log(`${command} ${files.length} files, ${workers} worker(s): ${(performance.now() - start).toFixed(0)} ms`);
    });
  }
} else {
  const { loadCli } = require('../../bin/sla.cjs');
  const { cli } = loadCli();
  const quiet = { stdout() {}, stderr() {}, readStdin: async () => '', stdoutIsTTY: false, stdinIsTTY: false, stderrIsTTY: false, cwd: process.cwd(), env: {}, color: { stdout: false, stderr: false } };
  const args = [workerData.command, ...workerData.part, ...(workerData.command === 'lint' ? ['--format', 'json'] : [])];
  cli.main(args, quiet).then((code) => parentPort.postMessage(code));
}

// Prototype, bundled by run.mjs here: `sla validate <dir>` and `sla lint <dir>` with a fast YAML reader for the data
// (js-yaml 4, core schema — YAML 1.2 like sla's loader) and sla's own validator and rules. Positions come from sla's
// `yaml`-based loader only for the files that need them (a schema error or a lint finding), by loading them again.
// It answers: what would validate/lint of many files cost if parsing were not the `yaml` package's Document API?
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { validateAgreement, loadAgreementText } from '../../../src/agreement.js';
import { SourceMap } from '../../../src/load/source-map.js';

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import os from 'node:os';

const [mode, dir] = (isMainThread ? process.argv.slice(2) : workerData.argv) as ['validate' | 'lint' | 'validate-workers', string];
const jsYaml = createRequire(path.join(process.env.SLA_BENCH_DIR!, 'package.json'))('js-yaml4');
const all = readdirSync(dir).filter((f) => f.endsWith('.sla.yaml')).sort().map((f) => path.join(dir, f));
// With workers, each takes every n-th file.
const files = isMainThread ? all : all.filter((_, i) => i % workerData.of === workerData.index);

function fastLoad(file: string) {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch {
    return loadAgreementText(text, file); // let the real loader explain the problem, with positions
  }
  const result = validateAgreement({ file, text, data, sourceMap: new SourceMap(), diagnostics: [] });
  return result.ok ? result : loadAgreementText(text, file); // errors need positions: load again with them
}

let invalid = 0;
let findings = 0;
let reloaded = 0;
if (mode === 'validate-workers' && isMainThread) {
  const of = Math.min(os.availableParallelism?.() ?? os.cpus().length, 4);
  const counts = await Promise.all(Array.from({ length: of }, (_, index) => new Promise<number>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { argv: ['validate', dir], index, of } });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  process.stdout.write(`${all.length} files in ${of} worker threads, ${counts.reduce((a, b) => a + b, 0)} invalid\n`);
} else if (mode === 'validate') {
  for (const file of files) if (!fastLoad(file).ok) invalid++;
  if (isMainThread) process.stdout.write(`${files.length} files, ${invalid} invalid\n`);
  else parentPort!.postMessage(invalid);
} else {
  const { Linter } = await import('../../../src/lint/engine.js');
  const linter = await Linter.create({ cwd: process.cwd() });
  for (const file of files) {
    let result = await linter.lintLoaded(fastLoad(file));
    if (result.findings.length > 0) {
      reloaded++;
      result = await linter.lintLoaded(loadAgreementText(readFileSync(file, 'utf8'), file)); // with positions
    }
    findings += result.findings.length;
  }
  process.stdout.write(`${files.length} files, ${findings} findings (${reloaded} files loaded again for positions)\n`);
}

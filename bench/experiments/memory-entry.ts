// Bundled by memory.mjs: what `sla lint` keeps in memory as it goes through many files. Lints the files one by one
// (as Linter.lintFiles does), and after every 1,000 prints the live heap after a full GC, with and without the
// results kept, so memory that grows with the number of files shows up and can be told apart from the results.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadAgreement } from '../../src/agreement.js';
import { Linter } from '../../src/lint/engine.js';

const dir = process.argv[2]!;
const keep = process.argv[3] !== 'drop';
const files = readdirSync(dir).filter((f) => f.endsWith('.sla.yaml')).sort().map((f) => path.join(dir, f));
const linter = await Linter.create({ cwd: process.cwd() });
const results: unknown[] = [];
const gc = (globalThis as { gc?: () => void }).gc!;
gc();
const base = process.memoryUsage().heapUsed;
let findings = 0;
for (let i = 0; i < files.length; i++) {
  const result = await linter.lintLoaded(await loadAgreement(files[i]!));
  findings += result.findings.length;
  if (keep) results.push(result);
  if ((i + 1) % 1000 === 0) {
    gc();
    const m = process.memoryUsage();
    console.log(`${String(i + 1).padStart(6)} files  live heap +${((m.heapUsed - base) / 2 ** 20).toFixed(1)} MB  rss ${(m.rss / 2 ** 20).toFixed(0)} MB  findings ${findings}  (results ${keep ? 'kept' : 'dropped'})`);
  }
}

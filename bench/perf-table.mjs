// README's performance table, generated from bench/results.json (the latest full `npm run bench` run), never
// copied by hand. test/package/perf-table.test.ts fails when README.md differs from what results.json gives.
//
//   node bench/perf-table.mjs           print the table (Markdown) on stdout
//   node bench/perf-table.mjs --write   replace the table between the markers in README.md
//   node bench/perf-table.mjs --check   exit 1 when README.md's table differs from results.json
//
// The table sits in README.md between `<!-- perf-table:start -->` and `<!-- perf-table:end -->`; the prose around
// the markers is the README's own. Same columns as bench/results.md (bench/run.mjs), one row per case.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);

export const START = '<!-- perf-table:start -->';
export const END = '<!-- perf-table:end -->';
export const HEAD = ['case', 'sla median', 'peer median', 'ratio (wall; CPU)', 'target', 'met?', 'sla peak RSS', 'peer peak RSS'];

const fmtMs = (ms) => (ms === undefined ? '–' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMB = (mb) => (mb === undefined ? '–' : `${mb} MB`);

/** One row of cells per case, as bench/run.mjs prints them. */
export function perfRows(cases) {
  return cases.map((r) => {
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

/** The Markdown table of a results.json object, followed by its machine line (date, Node, commit, peers). */
export function perfTable(results) {
  if (!results || !Array.isArray(results.cases)) throw new Error('perfTable: expected the contents of bench/results.json (an object with cases)');
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  const lines = [`| ${HEAD.join(' | ')} |`, `| ${HEAD.map(() => '---').join(' | ')} |`, ...perfRows(results.cases).map((row) => `| ${row.map(esc).join(' | ')} |`)];
  const quick = results.quick ? '\n\n**--quick run: a smoke test of the suite, not numbers to quote.**' : '';
  return `${lines.join('\n')}\n\n${results.summary}${quick}\n`;
}

/** README text with the block between the markers replaced by `table`; throws when the markers are missing. */
export function replaceTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${table}${readme.slice(end)}`;
}

/** The table currently between the markers (without the markers). */
export function currentTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return readme.slice(start + START.length, end).replace(/^\n/, '');
}

export const readResults = (file = path.join(benchDir, 'results.json')) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Puts the table of `results` (default: bench/results.json) into README.md between the markers; returns whether the
 * file changed. bench/run.mjs calls it right after writing results.json.
 */
export function writeReadmeTable(results = readResults(), readmeFile = path.join(root, 'README.md')) {
  const readme = readFileSync(readmeFile, 'utf8');
  const next = replaceTable(readme, perfTable(results));
  if (next !== readme) writeFileSync(readmeFile, next);
  return next !== readme;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readmeFile = path.join(root, 'README.md');
  const table = perfTable(readResults());
  if (process.argv.includes('--write')) {
    const changed = writeReadmeTable(readResults(), readmeFile);
    process.stderr.write(`bench/perf-table.mjs: README.md's performance table ${changed ? 'is now' : 'was already'} that of bench/results.json\n`);
  } else if (process.argv.includes('--check')) {
    if (currentTable(readFileSync(readmeFile, 'utf8')) !== table) {
      process.stderr.write('bench/perf-table.mjs: README.md\'s performance table differs from bench/results.json; run node bench/perf-table.mjs --write\n');
      process.exitCode = 1;
    }
  } else {
    process.stdout.write(table);
  }
}

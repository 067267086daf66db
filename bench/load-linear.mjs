// Loading time against input size, for adversarial YAML of every kind the loader has been slow on (issue 22):
// `node bench/load-linear.mjs [--kinds a,b] [--sizes 1024,10240,...] [--json]`, or from bench/run.mjs through
// `measureLoadScaling({ root, sizes })`.
//
// Each kind of input is generated at 1 KB, 10 KB, 100 KB and just under 1 MiB (the default size limit) and loaded
// with `loadAgreementText` (parse, positions, schema and semantic validation), then every pointer of the data is
// looked up in the source map. The library is bundled from src/ with esbuild (into node_modules/.cache, so dist/ is
// never touched) and each kind runs in a child process of its own with a time budget, so a quadratic kind is
// reported as "≥ budget" instead of hanging the run. A kind is linear when time(1 MB) / time(1 KB) ≤ 1.2 × the size
// ratio (the 1 KB time taken as at least 1 ms: constant costs dominate below it); a step (1 KB → 10 KB → 100 KB →
// 1 MB) over 1.5 × its size ratio above 50 ms is flagged as a superlinear step; and any 1 MB input must load in
// under 1 s.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LIMIT = 1024 * 1024;
export const DEFAULT_SIZES = [1024, 10 * 1024, 100 * 1024, LIMIT - 64];
/** The smallest time (ms) a ratio is taken from: below it, constant costs dominate. */
const FLOOR_MS = 1;
/** Steps are only judged where the larger time is above this (ms). */
const STEP_FLOOR_MS = 50;
/** Per kind, all sizes together; a kind still running after this is reported as at least the time it had. */
const BUDGET_MS = 30_000;

// ---------------------------------------------------------------------------------------------- generators
const bytesOf = (text) => Buffer.byteLength(text, 'utf8');

/** `head`, then `unit(i)` for i = 0, 1, … while the whole stays within `bytes` with `tail` added. */
function fill(bytes, head, unit, tail = '') {
  const parts = [head];
  let size = bytesOf(head) + bytesOf(tail);
  for (let i = 0; ; i++) {
    const piece = unit(i);
    const n = bytesOf(piece);
    if (size + n > bytes) break;
    parts.push(piece);
    size += n;
  }
  parts.push(tail);
  return parts.join('');
}

const HEAD = 'slaVersion: 1\nkind: SupportAgreement\n';
const words = (i) => `word${i % 97} `;

let example;
const exampleText = (root) => (example ??= readFileSync(path.join(root, 'examples/standard-customer-service-assistant.sla.yaml'), 'utf8'));

/** name → (bytes, root) => text. Every kind the issue names, and the ones found while fixing them. */
export const KINDS = {
  // Brackets and braces
  'nested-brackets-one-line': (b) => fill(b, `${HEAD}title: `, () => '[', '\n'),
  'nested-braces-one-line': (b) => fill(b, `${HEAD}title: `, () => '{', '\n'),
  'nested-brackets-at-limit-per-line': (b) => fill(b, `${HEAD}`, (i) => `k${i}: ${'['.repeat(100)}x${']'.repeat(100)}\n`),
  'unclosed-bracket-per-line': (b) => fill(b, HEAD, (i) => `k${i}: [a, b\n`),
  'unclosed-brace-per-line': (b) => fill(b, HEAD, (i) => `k${i}: {a: b\n`),
  'long-flow-sequence': (b) => fill(b, `${HEAD}title: [`, () => '1,', '1]\n'),
  'many-short-flow-collections': (b) => fill(b, HEAD, (i) => `k${i}: [a, {b: c}, [d]]\n`),
  'multi-line-flow-sequence': (b) => fill(b, `${HEAD}title: [\n`, (i) => `  item${i},\n`, ']\n'),
  // Explicit keys and blank lines
  'blank-lines-then-question': (b) => fill(b, HEAD, () => '\n', '? b\n: 2\n'),
  'space-lines-then-question': (b) => fill(b, HEAD, () => '   \n', '? b\n: 2\n'),
  'many-explicit-keys': (b) => fill(b, HEAD, (i) => `? k${i}\n: v\n`),
  // Long lines and scalars
  'long-plain-lines-100kb': (b) => fill(b, HEAD, (i) => `k${i}: ${'lorem ipsum '.repeat(Math.min(8500, Math.max(1, Math.floor(b / 12) - 10)))}\n`),
  'one-long-plain-line': (b) => fill(b, `${HEAD}title: `, words, '\n'),
  'long-plain-multi-line-scalar': (b) => fill(b, `${HEAD}title: start\n`, (i) => `  continued ${i}\n`),
  'long-double-quoted-escapes': (b) => fill(b, `${HEAD}title: "`, () => '\\n\\t\\u00e9\\"x ', '"\n'),
  'long-single-quoted': (b) => fill(b, `${HEAD}title: '`, () => "it''s ", "'\n"),
  'unclosed-quote': (b) => fill(b, `${HEAD}title: "`, (i) => `line ${i}\n`),
  'long-literal-block-scalar': (b) => fill(b, `${HEAD}title: |\n`, (i) => `  line ${i} of the block\n`),
  'long-folded-block-scalar': (b) => fill(b, `${HEAD}title: >-\n`, (i) => (i % 5 === 4 ? '\n' : `  line ${i} of the block\n`)),
  'block-scalar-header-comment': (b) => fill(b, `${HEAD}title: | #`, () => ' | #', '\n  x\n'),
  'block-scalar-then-blank-lines': (b) => fill(b, `${HEAD}title: |\n  x\n`, () => '  \n', 'id: y\n'),
  // Nesting
  'compact-dashes-at-limit': (b) => fill(b, `${HEAD}deep:\n`, () => `  ${'- '.repeat(100)}x\n`),
  'compact-dashes-over-limit': (b) => fill(b, `${HEAD}deep:\n  `, () => '- ', 'x\n'),
  'deep-indentation': (b) => fill(b, HEAD, (i) => `${' '.repeat(i)}k:\n`),
  'deep-sequence-indentation': (b) => fill(b, `${HEAD}d:\n`, (i) => `${' '.repeat(i * 2 + 2)}-\n`),
  'deep-indentation-100': (b) => fill(b, HEAD, (i) => `${' '.repeat(i % 100)}k${i % 100}:\n`),
  // Many small things
  'many-keys': (b) => fill(b, HEAD, (i) => `k${i}: v\n`),
  'many-duplicate-keys': (b) => fill(b, HEAD, () => 'k: v\n'),
  'many-keys-with-a-tab': (b) => fill(b, `${HEAD}a:\n\tb: 1\n`, (i) => `k${i}: v\n`),
  'many-keys-with-an-anchor': (b) => fill(b, `${HEAD}a: &x 1\nb: *x\n`, (i) => `k${i}: v\n`),
  'many-comments': (b) => fill(b, HEAD, (i) => `# comment ${i}\n`),
  'hash-without-space': (b) => fill(b, HEAD, (i) => `#comment${i}\nk${i}: v\n`),
  'many-small-mappings': (b) => fill(b, `${HEAD}items:\n`, (i) => `  - a: ${i}\n    b: x\n`),
  'many-list-items': (b) => fill(b, `${HEAD}items:\n`, (i) => `  - item ${i}\n`),
  'many-syntax-errors': (b) => fill(b, HEAD, (i) => `k${i}: "x" y\n`),
  'many-documents': (b) => fill(b, HEAD, (i) => `---\nk${i}: v\n`),
  // Anchors, tags, directives
  'anchors-aliases-at-limit': (b) => {
    // 99 aliases of one anchored list that fills the rest: the most the alias limit (100) lets through.
    const aliases = `b:\n${'  - *a\n'.repeat(99)}`;
    return fill(b - bytesOf(aliases), `${HEAD}a: &a\n`, (i) => `  - x${i}\n`) + aliases;
  },
  'many-anchors': (b) => fill(b, HEAD, (i) => `k${i}: &a${i} v\n`),
  'many-tags': (b) => fill(b, HEAD, (i) => `k${i}: !!str ${i}\n`),
  // Tabs and line breaks
  'tabs-in-indentation': (b) => fill(b, `${HEAD}a:\n`, (i) => `\tk${i}: v\n`),
  'tabs-in-values': (b) => fill(b, HEAD, (i) => `k${i}: a\tb\tc\n`),
  'cr-only': (b) => fill(b, 'slaVersion: 1\r', (i) => `k${i}: v\r`),
  'cr-then-one-lf': (b) => fill(b, 'slaVersion: 1\r', (i) => `k${i}: v\r`, '\n'),
  'crlf': (b) => fill(b, 'slaVersion: 1\r\nkind: SupportAgreement\r\n', (i) => `k${i}: v\r\n`),
  // Text
  'astral-characters': (b) => fill(b, `${HEAD}title: `, () => '😀', '\n'),
  'realistic-agreement': (b, root) => {
    const text = exampleText(root);
    const at = text.indexOf('\ndefinitions:\n') + '\ndefinitions:\n'.length;
    const before = text.slice(0, at);
    const after = text.slice(at);
    if (bytesOf(text) > b) return fill(b, `${HEAD}definitions:\n`, (i) => `  - term: Term ${i}\n    meaning: The meaning of term ${i}.\n`);
    return fill(b - bytesOf(after), before, (i) => `  - term: Defined term ${i}\n    meaning: What defined term ${i} means in this Agreement, in a sentence of ordinary length.\n`) + after;
  },
};

// ---------------------------------------------------------------------------------------------- child: timing
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Every pointer of the data, iteratively (the data may nest deeply); a shared value is walked once. */
function pointersOf(data, max = 1_000_000) {
  const out = [];
  const seen = new Set();
  const stack = [['', data]];
  while (stack.length > 0 && out.length < max) {
    const [pointer, value] = stack.pop();
    out.push(pointer);
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
    for (const key of keys) stack.push([`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, value[key]]);
  }
  return out;
}

async function child(libPath, kind, sizes, root) {
  const { loadAgreementText } = await import(pathToFileURL(libPath).href);
  const generate = KINDS[kind];
  // Warm-up (not timed): the compiler and the validator's first calls, on an agreement and on this kind at 1 KB.
  for (let i = 0; i < 20; i++) loadAgreementText(exampleText(root), 'warm-up.sla.yaml');
  for (let i = 0; i < 10; i++) loadAgreementText(generate(1024, root), 'warm-up.sla.yaml').source.sourceMap.get('');
  for (const target of sizes) {
    const text = generate(target, root);
    const once = () => {
      const t0 = performance.now();
      const result = loadAgreementText(text, `${kind}.sla.yaml`);
      const t1 = performance.now();
      return { result, loadMs: t1 - t0 };
    };
    const first = once();
    const pointers = pointersOf(first.result.source.data);
    // Repeats for a median: at least 3, more while they take under 300 ms together (a fresh load each: positions
    // are computed lazily, on the first lookup).
    const load = [];
    const positions = [];
    const total = [];
    let spent = 0;
    while (total.length < 3 || (spent < 300 && total.length < 200)) {
      const { result, loadMs } = once();
      const t0 = performance.now();
      for (const pointer of pointers) result.source.sourceMap.get(pointer);
      const positionsMs = performance.now() - t0;
      load.push(loadMs);
      positions.push(positionsMs);
      total.push(loadMs + positionsMs);
      spent += loadMs + positionsMs;
    }
    const d = first.result.diagnostics;
    process.stdout.write(`${JSON.stringify({ bytes: bytesOf(text), ms: median(total), loadMs: median(load), positionsMs: median(positions), runs: total.length, pointers: pointers.length, diagnostics: d.length, first: d[0] ? `${d[0].code} ${d[0].range.line}:${d[0].range.column}` : undefined })}\n`);
  }
}

// ---------------------------------------------------------------------------------------------- parent
/** Bundles the loader from src/ (never dist/) into node_modules/.cache/load-linear/<pid>/lib.mjs. */
async function bundle(root) {
  const { build } = await import(pathToFileURL(path.join(root, 'node_modules/esbuild/lib/main.js')).href);
  const outdir = path.join(root, 'node_modules/.cache/load-linear', String(process.pid));
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, 'lib.mjs');
  await build({
    stdin: { contents: "export { loadAgreementText } from './src/agreement.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return { outfile, cleanup: () => rmSync(outdir, { recursive: true, force: true }) };
}

function runKind(libPath, kind, sizes, root, budgetMs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', libPath, kind, sizes.join(','), root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, budgetMs);
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.stderr.on('data', (chunk) => (err += chunk));
    proc.on('close', () => {
      clearTimeout(timer);
      const measured = out.split('\n').filter(Boolean).map((line) => JSON.parse(line));
      const elapsed = performance.now() - started;
      // Sizes not reached: at least the time the child still had when it was stopped.
      const missing = sizes.slice(measured.length).map((bytes, i) => ({ bytes, ms: i === 0 ? Math.round(elapsed - measured.reduce((sum, m) => sum + m.ms * (m.runs + 1), 0)) : null, timedOut: true }));
      resolve({ sizes: [...measured, ...missing], error: !timedOut && missing.length ? err.trim().split('\n').slice(-3).join(' | ') : undefined });
    });
  });
}

function judge(kind, sizes) {
  const first = sizes[0];
  const last = sizes.at(-1);
  const done = sizes.every((s) => typeof s.ms === 'number' && !s.timedOut);
  const sizeRatio = last.bytes / first.bytes;
  // The issue's property: time(1 MB) / time(1 KB) ≤ 1.2 × the size ratio, the 1 KB time taken as at least FLOOR_MS
  // (a load of a few hundred µs is mostly constant cost, and would make any linear kind look quadratic).
  const timeRatio = done ? last.ms / Math.max(first.ms, FLOOR_MS) : Infinity;
  const linear = done && timeRatio <= 1.2 * sizeRatio;
  // Each step too, where the larger time is well above the floor: a step over 1.5 × its size ratio hints at a
  // superlinear part even where the whole ratio passes (GC alone moves a linear step by up to ~1.3× here).
  const stepRatios = [];
  let superlinearStep = false;
  for (let i = 1; i < sizes.length && done; i++) {
    const t = sizes[i].ms / Math.max(sizes[i - 1].ms, 1e-3);
    stepRatios.push(Math.round(t * 10) / 10);
    if (sizes[i].ms > STEP_FLOOR_MS && t > 1.5 * (sizes[i].bytes / sizes[i - 1].bytes)) superlinearStep = true;
  }
  return { kind, sizes, timeRatio: Math.round(timeRatio * 10) / 10, sizeRatio: Math.round(sizeRatio * 10) / 10, stepRatios, linear, superlinearStep, under1s: done && last.ms < 1000 };
}

/**
 * Measures every kind at every size. Returns `{ kinds: [{ kind, sizes: [{ bytes, ms }], timeRatio, sizeRatio,
 * linear }], worstMs1MB }`; `ms` is the median of load + every pointer's position, `timedOut` marks a size the
 * kind's budget did not reach.
 */
export async function measureLoadScaling({ root = path.dirname(here), sizes = DEFAULT_SIZES, kinds = Object.keys(KINDS), budgetMs = BUDGET_MS, log = () => {} } = {}) {
  const lib = await bundle(root);
  const results = [];
  try {
    for (const kind of kinds) {
      const { sizes: measured, error } = await runKind(lib.outfile, kind, sizes, root, budgetMs);
      const judged = judge(kind, measured);
      if (error) judged.error = error;
      results.push(judged);
      log(judged);
    }
  } finally {
    lib.cleanup();
  }
  const last = results.map((r) => r.sizes.at(-1));
  const worstMs1MB = last.some((s) => s.timedOut) ? Infinity : Math.max(...last.map((s) => s.ms));
  return { kinds: results, worstMs1MB, floorMs: FLOOR_MS, stepFloorMs: STEP_FLOOR_MS, budgetMs };
}

const fmt = (s) => (s.timedOut ? (s.ms ? `≥${(s.ms / 1000).toFixed(0)} s` : '–') : s.ms >= 1000 ? `${(s.ms / 1000).toFixed(2)} s` : s.ms >= 10 ? `${s.ms.toFixed(0)} ms` : `${s.ms.toFixed(2)} ms`);

export function formatTable({ kinds }) {
  const head = ['kind', ...kinds[0].sizes.map((s) => `${Math.round(s.bytes / 1024)} KB`), 'time ratio', 'size ratio', 'steps', 'linear', '< 1 s'];
  const rows = kinds.map((k) => [k.kind, ...k.sizes.map(fmt), Number.isFinite(k.timeRatio) ? `${k.timeRatio}×` : '–', `${k.sizeRatio}×`, `${k.stepRatios.join(' / ')}${k.superlinearStep ? ' (!)' : ''}`, k.linear ? 'yes' : 'NO', k.under1s ? 'yes' : 'NO']);
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  const [, libPath, kind, sizes, root] = argv;
  await child(libPath, kind, sizes.split(',').map(Number), root);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const kinds = option('--kinds')?.split(',');
  const sizes = option('--sizes')?.split(',').map(Number);
  for (const k of kinds ?? []) if (!KINDS[k]) throw new Error(`unknown kind ${k}; kinds: ${Object.keys(KINDS).join(', ')}`);
  const result = await measureLoadScaling({
    kinds, sizes, budgetMs: option('--budget') ? Number(option('--budget')) : undefined,
    log: (k) => process.stderr.write(`load-linear: ${k.kind}: ${k.sizes.map(fmt).join(', ')}${k.linear ? '' : '  NOT linear'}${k.superlinearStep ? '  (superlinear step)' : ''}${k.under1s ? '' : '  (1 MB ≥ 1 s)'}${k.error ? `  error: ${k.error}` : ''}\n`),
  });
  if (argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(formatTable(result));
    const bad = result.kinds.filter((k) => !k.linear || !k.under1s);
    console.log(`\nworst 1 MB load: ${Number.isFinite(result.worstMs1MB) ? `${result.worstMs1MB.toFixed(0)} ms` : 'did not finish'}; ${bad.length ? `flagged: ${bad.map((k) => k.kind).join(', ')}` : 'every kind linear and under 1 s'}`);
    process.exitCode = bad.length ? 1 : 0;
  }
}

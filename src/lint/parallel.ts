/**
 * Linting and validating in worker threads (`--concurrency`, as ESLint's since 9.34). The main thread keeps
 * everything that must be one: the file search, the configs (so a bad config fails as it does in one thread), the
 * lint cache (a cache hit never goes to a worker), reading the files, the order of results and the progress hook.
 * Workers receive a file's name and text and return its result; each builds its own Linter from the same options.
 *
 * The worker entry is `sla-worker.cjs`, which the build writes beside dist/cli.cjs (scripts/build-cli.mjs). Run
 * from the sources (the tests), the entry is bundled from src/lint/parallel-worker.ts with esbuild on first use.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId, Worker } from 'node:worker_threads';
import { loadAgreementText, readAgreementSource, type AgreementResult, type LoadOptions } from '../agreement.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SearchProblem } from '../files.js';
import { readAhead } from '../util/read-ahead.js';
import type { LintCache } from './cache.js';
import { ConfigError, type ResolvedConfig } from './config.js';
import type { LinterOptions, LintResult } from './engine.js';

/** `off`: lint in this thread (the default); a number: up to that many worker threads; `auto`: see `workerCount`. */
export type Concurrency = 'off' | 'auto' | number;

/**
 * Files one worker is worth starting for, under `auto` (ESLint's AUTO_FILES_PER_WORKER is 50). Measured here: a
 * worker takes ~100 ms to start and load the rules, and a file ~1–3 ms to parse, validate and lint.
 */
export const AUTO_FILES_PER_WORKER = 50;

/**
 * How many worker threads lint `fileCount` files; 0 means none (lint in this thread). As ESLint: `off` is 0; a
 * number N is min(N, files), and 1 is 0 (one worker would only add its start-up); `auto` is one worker per
 * AUTO_FILES_PER_WORKER files, at most half the cores this process may use (`os.availableParallelism()`, which
 * follows `taskset`), and again 1 is 0 — so a machine with fewer than 4 cores, or a run of 50 files or fewer,
 * lints in one thread.
 */
export function workerCount(concurrency: Concurrency, fileCount: number, cores: number = os.availableParallelism()): number {
  if (concurrency === 'off') return 0;
  let count = concurrency === 'auto' ? Math.min(Math.ceil(fileCount / AUTO_FILES_PER_WORKER), cores >> 1) : Math.min(concurrency, fileCount);
  if (!(count > 1)) count = 0;
  return count;
}

/** Throws a TypeError for a `concurrency` that is not `off`, `auto` or a whole number of at least 1. */
export function checkConcurrency(concurrency: unknown): void {
  if (concurrency === undefined || concurrency === 'off' || concurrency === 'auto') return;
  if (typeof concurrency === 'number' && Number.isInteger(concurrency) && concurrency >= 1) return;
  throw new TypeError(`concurrency must be 'off', 'auto' or a whole number of worker threads of at least 1, not ${JSON.stringify(concurrency)}`);
}

// ---------------------------------------------------------------------------------------------- messages

/** What a worker is started with. */
export interface WorkerSetup {
  /** The Linter's options for lint tasks (without the cache, which stays in the main thread). */
  linter?: Omit<LinterOptions, 'cache' | 'rules' | 'concurrency'>;
  /** Load options for validate tasks. */
  load?: LoadOptions;
}

/** One file for a worker: the name results carry, its absolute path (as the single-thread path loads it) and its text. */
export interface WorkerTask {
  kind: 'lint' | 'validate';
  file: string;
  absolute: string;
  text: string;
}

/** What `sla validate` keeps of a file. */
export interface ValidateOutcome {
  ok: boolean;
  diagnostics: Diagnostic[];
  unreadable: boolean;
}

export type WorkerReply = { id: number; lint: LintResult } | { id: number; validate: ValidateOutcome } | { id: number; problem: string } | { id: number; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  configError?: { file: string; range: ConfigError['range'] };
}

/**
 * A worker thread that could not start, crashed or stopped (a plugin that calls process.exit, memory running out):
 * the run cannot finish, and the CLI says so (exit 2) rather than report part of it.
 */
export class WorkerError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WorkerError';
  }
}

const HINT = 'run again with --concurrency off to check the files in one thread';

// ---------------------------------------------------------------------------------------------- the entry

let sourceEntry: Promise<string> | undefined;

/**
 * The worker's entry file: `sla-worker.cjs` beside the bundle this module is part of (dist/cli.cjs, or
 * dist/chunks/… of the library), or, run from the TypeScript sources, a bundle of parallel-worker.ts made now.
 */
export async function workerEntry(): Promise<string> {
  const here = import.meta.url;
  if (/\.ts$/.test(here)) return (sourceEntry ??= bundleSourceEntry());
  for (const candidate of ['./sla-worker.cjs', '../sla-worker.cjs']) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return file;
  }
  throw new WorkerError(`sla-worker.cjs is missing beside ${fileURLToPath(here)}: this copy of sla was built without the worker threads' entry; rebuild it, or ${HINT}`);
}

async function bundleSourceEntry(): Promise<string> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const parent = path.join(root, 'node_modules/.cache/sla-worker-dev');
  // Bundles of processes that ended without an 'exit' event (killed test workers) go now.
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  const outdir = path.join(parent, `${process.pid}-${threadId}`);
  const { buildWorker } = (await import(pathToFileURL(path.join(root, 'scripts/build-cli.mjs')).href)) as { buildWorker: (outdir: string, options?: object) => Promise<string> };
  const file = await buildWorker(outdir, { esbuild: { logLevel: 'error' } });
  process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
  return file;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---------------------------------------------------------------------------------------------- the pool

/** Files a worker holds at once: one at work and the next ones waiting, so it never idles on a round trip. */
const IN_FLIGHT_PER_WORKER = 4;

interface Pending {
  id: number;
  task: WorkerTask;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

/**
 * A fixed set of worker threads fed from one queue. A worker that crashes, exits or cannot start fails every task
 * still pending with a message (never a hang), and the pool stops the others.
 */
export class WorkerPool {
  readonly size: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 0;
  #failure: Error | undefined;
  #closing = false;

  private constructor(size: number) {
    this.size = size;
  }

  static async start(size: number, setup: WorkerSetup): Promise<WorkerPool> {
    const pool = new WorkerPool(size);
    const entry = await workerEntry();
    for (let i = 0; i < size; i++) pool.#spawn(entry, setup);
    return pool;
  }

  #spawn(entry: string, setup: WorkerSetup): void {
    const worker = new Worker(entry, { workerData: setup });
    const slot: Slot = { worker, inFlight: new Map() };
    this.#slots.push(slot);
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      pending.resolve(reply);
      this.#pump();
    });
    const checking = (): string => (slot.inFlight.size > 0 ? ` while checking ${[...slot.inFlight.values()][0]!.task.file}` : '');
    worker.on('error', (error) => this.#fail(new WorkerError(`a worker thread crashed${checking()}: ${error?.message ?? String(error)}; ${HINT}`, { cause: error })));
    worker.on('messageerror', (error) => this.#fail(new WorkerError(`a worker thread sent a message that cannot be read${checking()}: ${error.message}; ${HINT}`)));
    worker.on('exit', (code) => {
      if (!this.#closing) this.#fail(new WorkerError(`a worker thread stopped unexpectedly (exit code ${code})${checking()}; ${HINT}`));
    });
  }

  /** Runs a task on the next free worker. */
  run(task: WorkerTask): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      if (this.#failure) {
        reject(this.#failure);
        return;
      }
      this.#queue.push({ id: this.#nextId++, task, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#failure) return;
    for (;;) {
      if (this.#queue.length === 0) return;
      let best: Slot | undefined;
      for (const slot of this.#slots) if (slot.inFlight.size < IN_FLIGHT_PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
      if (!best) return;
      const pending = this.#queue.shift()!;
      best.inFlight.set(pending.id, pending);
      best.worker.postMessage({ id: pending.id, task: pending.task });
    }
  }

  #fail(error: Error): void {
    if (this.#failure || this.#closing) return;
    this.#failure = error;
    const pending = [...this.#queue, ...this.#slots.flatMap((slot) => [...slot.inFlight.values()])];
    this.#queue.length = 0;
    for (const slot of this.#slots) slot.inFlight.clear();
    for (const entry of pending) entry.reject(error);
    void this.close();
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
}

/** A worker's reply as the value it carries; an error it reports is thrown again here (a ConfigError as one). */
function unwrap(reply: WorkerReply): WorkerReply {
  if (!('error' in reply)) return reply;
  const { name, message, configError } = reply.error;
  if (configError) throw new ConfigError(message, configError.file, configError.range);
  const error = new Error(message);
  error.name = name;
  if (reply.error.stack) error.stack = reply.error.stack;
  throw error;
}

/**
 * Runs `start` for each item in order while at most `limit` are unfinished, and hands each outcome to `deliver`
 * in the items' order. A rejection is thrown at its turn, as the one-thread loop would throw it.
 */
async function inOrder<T>(items: AsyncIterable<T>, start: (item: T) => Promise<() => void>, limit: number): Promise<void> {
  const pending: Promise<() => void>[] = [];
  for await (const item of items) {
    const outcome = start(item);
    // Handled at its turn below; until then a rejection must not count as unhandled.
    outcome.catch(() => undefined);
    pending.push(outcome);
    while (pending.length >= limit) (await pending.shift()!)();
  }
  while (pending.length > 0) (await pending.shift()!)();
}

// ---------------------------------------------------------------------------------------------- lint

/** What `Linter.lintFiles` lends the parallel run: its options, configs and one-thread linting. */
export interface ParallelLintContext {
  cwd: string;
  options: LinterOptions;
  files: readonly string[];
  workers: number;
  problems: SearchProblem[];
  results: LintResult[];
  /** The config of a file; also records the plugin rules it brings (Linter.pluginRules). */
  configFor(file: string): Promise<ResolvedConfig>;
  /** Lints a loaded agreement in this thread (files that could not be read as text: nothing to parse). */
  lintLoaded(result: AgreementResult): Promise<LintResult>;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Lints `files` in `workers` worker threads, with the same results, problems, cache use and order as one thread. */
export async function lintInWorkers(context: ParallelLintContext): Promise<void> {
  const { cwd, options, files, onProgress } = context;
  const { cache: _cache, rules: _rules, concurrency: _concurrency, ...linter } = options;
  const cache: LintCache | undefined = options.cache;
  const pool = await WorkerPool.start(context.workers, { linter });
  let done = 0;
  try {
    await inOrder(readAhead(files, (file) => readAgreementSource(path.resolve(cwd, file), options.load), 16), async ([file, read]) => {
      const absolute = path.resolve(cwd, file);
      const config = await context.configFor(file);
      const keys = cache && read.text !== undefined ? { content: cache.contentKey(read.text), config: await cache.configKey(config) } : undefined;
      const cached = keys && cache!.get(absolute, keys.content, keys.config, file);
      const progress = (): void => onProgress?.(++done, files.length, file);
      if (cached) {
        return () => {
          progress();
          context.results.push(cached);
        };
      }
      let linted: LintResult;
      if (read.text === undefined) {
        // Unreadable, binary or too large: the result is made without parsing anything, so here.
        const result = read.check();
        result.source.file = file;
        for (const d of result.diagnostics) d.file = file;
        if (result.unreadable) {
          return () => {
            progress();
            cache?.delete(absolute);
            context.problems.push({ input: file, message: result.diagnostics[0]?.message ?? 'cannot read the file', kind: 'unreadable' });
          };
        }
        linted = await context.lintLoaded(result);
      } else {
        const reply = unwrap(await pool.run({ kind: 'lint', file, absolute, text: read.text }));
        if ('problem' in reply) {
          const message = reply.problem;
          return () => {
            progress();
            cache?.delete(absolute);
            context.problems.push({ input: file, message, kind: 'unreadable' });
          };
        }
        linted = (reply as { lint: LintResult }).lint;
      }
      return () => {
        progress();
        if (keys) cache!.set(absolute, keys.content, keys.config, linted);
        context.results.push(linted);
      };
    }, Math.max(32, context.workers * IN_FLIGHT_PER_WORKER * 4));
  } finally {
    await pool.close();
  }
}

// ---------------------------------------------------------------------------------------------- validate

export interface ParallelValidateOptions {
  cwd: string;
  workers: number;
  load?: LoadOptions;
  /** Each file's outcome, in the files' order (an unreadable one too: `unreadable`, its reason the first diagnostic). */
  onResult: (file: string, outcome: ValidateOutcome) => void;
}

/**
 * Loads and validates `files` in worker threads (`sla validate --concurrency`), handing each outcome over in order.
 * With 0 workers, in this thread.
 */
export async function validateInWorkers(files: readonly string[], { cwd, workers, load, onResult }: ParallelValidateOptions): Promise<void> {
  const pool = workers > 0 ? await WorkerPool.start(workers, load ? { load } : {}) : inThisThread(load);
  try {
    await inOrder(readAhead(files, (file) => readAgreementSource(path.resolve(cwd, file), load), 16), async ([file, read]) => {
      const absolute = path.resolve(cwd, file);
      let outcome: ValidateOutcome;
      if (read.text === undefined) {
        const result = read.check();
        for (const d of result.diagnostics) d.file = file;
        outcome = { ok: result.ok, diagnostics: result.diagnostics, unreadable: result.unreadable };
      } else {
        const reply = unwrap(await pool.run({ kind: 'validate', file, absolute, text: read.text }));
        outcome = (reply as { validate: ValidateOutcome }).validate;
      }
      return () => onResult(file, outcome);
    }, Math.max(32, workers * IN_FLIGHT_PER_WORKER * 4));
  } finally {
    await pool.close();
  }
}

/** A stand-in for a pool of validate workers when there are none: the worker's validate task, here. */
function inThisThread(load: LoadOptions | undefined): Pick<WorkerPool, 'run' | 'close'> {
  return {
    async run(task) {
      const result = loadAgreementText(task.text, task.absolute, load);
      for (const d of result.diagnostics) d.file = task.file;
      return { id: 0, validate: { ok: result.ok, diagnostics: result.diagnostics, unreadable: result.unreadable } };
    },
    async close() {},
  };
}

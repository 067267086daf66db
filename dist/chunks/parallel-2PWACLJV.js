import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  ConfigError,
  loadAgreementText,
  readAgreementSource,
  readAhead
} from "./chunk-DIVIRPXW.js";
import "./chunk-DDEEGTO6.js";
import "./chunk-PNZADFCX.js";
import "./chunk-YKDEAKEZ.js";

// src/lint/parallel.ts
import { existsSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId, Worker } from "node:worker_threads";
var AUTO_FILES_PER_WORKER = 50;
function workerCount(concurrency, fileCount, cores = os.availableParallelism()) {
  if (concurrency === "off") return 0;
  let count = concurrency === "auto" ? Math.min(Math.ceil(fileCount / AUTO_FILES_PER_WORKER), cores >> 1) : Math.min(concurrency, fileCount);
  if (!(count > 1)) count = 0;
  return count;
}
function checkConcurrency(concurrency) {
  if (concurrency === void 0 || concurrency === "off" || concurrency === "auto") return;
  if (typeof concurrency === "number" && Number.isInteger(concurrency) && concurrency >= 1) return;
  throw new TypeError(`concurrency must be 'off', 'auto' or a whole number of worker threads of at least 1, not ${JSON.stringify(concurrency)}`);
}
var WorkerError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "WorkerError";
  }
};
var HINT = "run again with --concurrency off to check the files in one thread";
var sourceEntry;
async function workerEntry() {
  const here = import.meta.url;
  if (/\.ts$/.test(here)) return sourceEntry ??= bundleSourceEntry();
  for (const candidate of ["./sla-worker.cjs", "../sla-worker.cjs"]) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return file;
  }
  throw new WorkerError(`sla-worker.cjs is missing beside ${fileURLToPath(here)}: this copy of sla was built without the worker threads' entry; rebuild it, or ${HINT}`);
}
async function bundleSourceEntry() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const parent = path.join(root, "node_modules/.cache/sla-worker-dev");
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(name.split("-")[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  const outdir = path.join(parent, `${process.pid}-${threadId}`);
  const { buildWorker } = await import(pathToFileURL(path.join(root, "scripts/build-cli.mjs")).href);
  const file = await buildWorker(outdir, { esbuild: { logLevel: "error" } });
  process.once("exit", () => rmSync(outdir, { recursive: true, force: true }));
  return file;
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
var IN_FLIGHT_PER_WORKER = 4;
var WorkerPool = class _WorkerPool {
  size;
  #slots = [];
  #queue = [];
  #nextId = 0;
  #failure;
  #closing = false;
  constructor(size) {
    this.size = size;
  }
  static async start(size, setup) {
    const pool = new _WorkerPool(size);
    const entry = await workerEntry();
    for (let i = 0; i < size; i++) pool.#spawn(entry, setup);
    return pool;
  }
  #spawn(entry, setup) {
    const worker = new Worker(entry, { workerData: setup });
    const slot = { worker, inFlight: /* @__PURE__ */ new Map() };
    this.#slots.push(slot);
    worker.on("message", (reply) => {
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      pending.resolve(reply);
      this.#pump();
    });
    const checking = () => slot.inFlight.size > 0 ? ` while checking ${[...slot.inFlight.values()][0].task.file}` : "";
    worker.on("error", (error) => this.#fail(new WorkerError(`a worker thread crashed${checking()}: ${error?.message ?? String(error)}; ${HINT}`, { cause: error })));
    worker.on("messageerror", (error) => this.#fail(new WorkerError(`a worker thread sent a message that cannot be read${checking()}: ${error.message}; ${HINT}`)));
    worker.on("exit", (code) => {
      if (!this.#closing) this.#fail(new WorkerError(`a worker thread stopped unexpectedly (exit code ${code})${checking()}; ${HINT}`));
    });
  }
  /** Runs a task on the next free worker. */
  run(task) {
    return new Promise((resolve, reject) => {
      if (this.#failure) {
        reject(this.#failure);
        return;
      }
      this.#queue.push({ id: this.#nextId++, task, resolve, reject });
      this.#pump();
    });
  }
  #pump() {
    if (this.#failure) return;
    for (; ; ) {
      if (this.#queue.length === 0) return;
      let best;
      for (const slot of this.#slots) if (slot.inFlight.size < IN_FLIGHT_PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
      if (!best) return;
      const pending = this.#queue.shift();
      best.inFlight.set(pending.id, pending);
      best.worker.postMessage({ id: pending.id, task: pending.task });
    }
  }
  #fail(error) {
    if (this.#failure || this.#closing) return;
    this.#failure = error;
    const pending = [...this.#queue, ...this.#slots.flatMap((slot) => [...slot.inFlight.values()])];
    this.#queue.length = 0;
    for (const slot of this.#slots) slot.inFlight.clear();
    for (const entry of pending) entry.reject(error);
    void this.close();
  }
  /** Stops every worker. */
  async close() {
    this.#closing = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
};
function unwrap(reply) {
  if (!("error" in reply)) return reply;
  const { name, message, configError } = reply.error;
  if (configError) throw new ConfigError(message, configError.file, configError.range);
  const error = new Error(message);
  error.name = name;
  if (reply.error.stack) error.stack = reply.error.stack;
  throw error;
}
async function inOrder(items, start, limit) {
  const pending = [];
  for await (const item of items) {
    const outcome = start(item);
    outcome.catch(() => void 0);
    pending.push(outcome);
    while (pending.length >= limit) (await pending.shift())();
  }
  while (pending.length > 0) (await pending.shift())();
}
async function lintInWorkers(context) {
  const { cwd, options, files, onProgress } = context;
  const { cache: _cache, rules: _rules, concurrency: _concurrency, ...linter } = options;
  const cache = options.cache;
  const pool = await WorkerPool.start(context.workers, { linter });
  let done = 0;
  try {
    await inOrder(readAhead(files, (file) => readAgreementSource(path.resolve(cwd, file), options.load), 16), async ([file, read]) => {
      const absolute = path.resolve(cwd, file);
      const config = await context.configFor(file);
      const keys = cache && read.text !== void 0 ? { content: cache.contentKey(read.text), config: await cache.configKey(config) } : void 0;
      const cached = keys && cache.get(absolute, keys.content, keys.config, file);
      const progress = () => onProgress?.(++done, files.length, file);
      if (cached) {
        return () => {
          progress();
          context.results.push(cached);
        };
      }
      let linted;
      if (read.text === void 0) {
        const result = read.check();
        result.source.file = file;
        for (const d of result.diagnostics) d.file = file;
        if (result.unreadable) {
          return () => {
            progress();
            cache?.delete(absolute);
            context.problems.push({ input: file, message: result.diagnostics[0]?.message ?? "cannot read the file", kind: "unreadable" });
          };
        }
        linted = await context.lintLoaded(result);
      } else {
        const reply = unwrap(await pool.run({ kind: "lint", file, absolute, text: read.text }));
        if ("problem" in reply) {
          const message = reply.problem;
          return () => {
            progress();
            cache?.delete(absolute);
            context.problems.push({ input: file, message, kind: "unreadable" });
          };
        }
        linted = reply.lint;
      }
      return () => {
        progress();
        if (keys) cache.set(absolute, keys.content, keys.config, linted);
        context.results.push(linted);
      };
    }, Math.max(32, context.workers * IN_FLIGHT_PER_WORKER * 4));
  } finally {
    await pool.close();
  }
}
async function validateInWorkers(files, { cwd, workers, load, onResult }) {
  const pool = workers > 0 ? await WorkerPool.start(workers, load ? { load } : {}) : inThisThread(load);
  try {
    await inOrder(readAhead(files, (file) => readAgreementSource(path.resolve(cwd, file), load), 16), async ([file, read]) => {
      const absolute = path.resolve(cwd, file);
      let outcome;
      if (read.text === void 0) {
        const result = read.check();
        for (const d of result.diagnostics) d.file = file;
        outcome = { ok: result.ok, diagnostics: result.diagnostics, unreadable: result.unreadable };
      } else {
        const reply = unwrap(await pool.run({ kind: "validate", file, absolute, text: read.text }));
        outcome = reply.validate;
      }
      return () => onResult(file, outcome);
    }, Math.max(32, workers * IN_FLIGHT_PER_WORKER * 4));
  } finally {
    await pool.close();
  }
}
function inThisThread(load) {
  return {
    async run(task) {
      const result = loadAgreementText(task.text, task.absolute, load);
      for (const d of result.diagnostics) d.file = task.file;
      return { id: 0, validate: { ok: result.ok, diagnostics: result.diagnostics, unreadable: result.unreadable } };
    },
    async close() {
    }
  };
}
export {
  AUTO_FILES_PER_WORKER,
  WorkerError,
  WorkerPool,
  checkConcurrency,
  lintInWorkers,
  validateInWorkers,
  workerCount,
  workerEntry
};

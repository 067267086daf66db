/**
 * A worker thread of `--concurrency` (see parallel.ts): loads, validates and lints the files the main thread sends,
 * with a Linter made from the main thread's options, and sends each result back. Built into dist/sla-worker.cjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadAgreementText } from '../agreement.js';
import { ConfigError } from './config.js';
import type { Linter } from './engine.js';
import type { SerializedError, WorkerReply, WorkerSetup, WorkerTask } from './parallel.js';

const setup = workerData as WorkerSetup;
let linter: Promise<Linter> | undefined;

function serialize(error: unknown): SerializedError {
  if (error instanceof ConfigError) return { name: error.name, message: error.message, configError: { file: error.file, range: error.range } };
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack && { stack: error.stack }) };
  return { name: 'Error', message: String(error) };
}

async function handle(id: number, task: WorkerTask): Promise<WorkerReply> {
  const load = task.kind === 'lint' ? setup.linter?.load : setup.load;
  // As readAgreementSource's check: the absolute path while loading, the name the caller gave after.
  const result = loadAgreementText(task.text, task.absolute, load);
  result.source.file = task.file;
  for (const d of result.diagnostics) d.file = task.file;
  if (task.kind === 'validate') return { id, validate: { ok: result.ok, diagnostics: result.diagnostics, unreadable: result.unreadable } };
  if (result.unreadable) return { id, problem: result.diagnostics[0]?.message ?? 'cannot read the file' };
  linter ??= import('./engine.js').then(({ Linter }) => Linter.create({ cwd: process.cwd(), ...setup.linter }));
  return { id, lint: await (await linter).lintLoaded(result) };
}

parentPort!.on('message', ({ id, task }: { id: number; task: WorkerTask }) => {
  const fail = (error: unknown): void => parentPort!.postMessage({ id, error: serialize(error) } satisfies WorkerReply);
  handle(id, task).then((reply) => {
    try {
      parentPort!.postMessage(reply);
    } catch (error) {
      // A result that cannot be cloned (a plugin's odd data): an error for this file, not a lost reply.
      fail(error);
    }
  }, fail);
});

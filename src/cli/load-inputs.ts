import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { loadAgreementBytes, loadAgreementText, readAgreementFile, type AgreementResult } from '../agreement.js';
import { DEFAULT_LIMITS } from '../load/parse-yaml.js';
import { findAgreementFiles } from '../files.js';
import { readAhead } from '../util/read-ahead.js';
import { failure, type CliContext } from './context.js';
import { tuneHeapForLargeRun } from './large-run.js';

export interface InputOptions {
  stdinFilename?: string;
  maxBytes?: number;
}

/** `--stdin-filename` names input read from `-`; without `-` it would be ignored, so say so rather than stay silent. */
export function noteUnusedStdinFilename(ctx: CliContext, inputs: readonly string[], stdinFilename: string | undefined): void {
  if (stdinFilename !== undefined && !inputs.includes('-')) {
    ctx.io.stderr(`sla: note: --stdin-filename names input read from stdin; add - to the inputs to read it (ignored)\n`);
  }
}

export interface LoadedInput {
  file: string;
  result: AgreementResult;
}

/**
 * Loads every agreement named on the command line (files, directories, globs, `-` for stdin).
 * Inputs that match nothing and unreadable files are reported as failures (exit 2); the rest are returned.
 * `keep` picks what to hold of each file until the end: a command that needs only the diagnostics lets the text,
 * data and positions of a thousand files go as it reads them.
 */
export async function loadInputs<T = LoadedInput>(ctx: CliContext, inputs: string[], options: InputOptions = {}, keep: (input: LoadedInput) => T = (input) => input as T): Promise<T[]> {
  noteUnusedStdinFilename(ctx, inputs, options.stdinFilename);
  const loaded: T[] = [];
  const named = inputs.filter((input) => input !== '-');
  if (named.length < inputs.length) {
    const file = options.stdinFilename ?? '<stdin>';
    loaded.push(keep({ file, result: await loadStdin(ctx, file, options.maxBytes) }));
  }
  const limits = options.maxBytes ? { maxBytes: options.maxBytes } : {};
  const search = await findAgreementFiles(named, ctx.io.cwd);
  for (const problem of search.problems) failure(ctx, `${problem.input}: ${problem.message}`);
  tuneHeapForLargeRun(search.files.length);
  // The disk reads the next files while one is parsed and checked.
  for await (const [file, check] of readAhead(search.files, (file) => readAgreementFile(path.resolve(ctx.io.cwd, file), { limits }))) {
    const result = check();
    for (const d of result.diagnostics) d.file = file;
    result.source.file = file;
    if (result.unreadable) {
      failure(ctx, `${file}: ${result.diagnostics[0]?.message ?? 'cannot read the file'}`);
      continue;
    }
    loaded.push(keep({ file, result }));
  }
  return loaded;
}

/** The agreement on stdin, held to the same limits and checks (size, UTF-8, no NULs) as a file. */
export async function loadStdin(ctx: CliContext, file: string, maxBytes?: number): Promise<AgreementResult> {
  const limits = { maxBytes: maxBytes ?? DEFAULT_LIMITS.maxBytes };
  // `-` typed at a prompt waits for input that may never come; say so instead of seeming to hang.
  if (ctx.io.stdinIsTTY) ctx.io.stderr(`${ctx.err.dim('sla: reading the agreement from the terminal; end it with Ctrl-D')}\n`);
  const input = await ctx.io.readStdin(limits.maxBytes);
  return typeof input === 'string' ? loadAgreementText(input, file, { limits }) : loadAgreementBytes(input, file, { limits });
}

export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|kb|kib|m|mb|mib)?$/i.exec(value.trim());
  // InvalidArgumentError: commander reports it as a usage error (exit 2) naming the option.
  if (!match) throw new InvalidArgumentError(`\`${value}\` is not a size; write e.g. 2MB or 500KB`);
  const unit = (match[2] ?? '').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  const bytes = Math.round(Number(match[1]) * factor);
  if (bytes < 1) throw new InvalidArgumentError('the limit must be at least 1 byte; write e.g. 2MB or 500KB');
  return bytes;
}

import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadAgreementBytes, loadAgreementText, readAgreementFile, type AgreementResult } from '../agreement.js';
import { DEFAULT_LIMITS } from '../load/parse-yaml.js';
import { findAgreementFiles, type FileSearch } from '../files.js';
import { readAhead } from '../util/read-ahead.js';
import { showText } from '../formatters/visible-text.js';
import { failure, type CliContext } from './context.js';
import { tuneHeapForLargeRun } from './large-run.js';

/** The ignore flags `sla lint` and `sla validate` share (commander sets `ignore`, `warnIgnored` and `errorOnUnmatchedPattern` to true unless --no-… is given). */
export interface IgnoreFlags {
  ignore?: boolean;
  ignorePattern?: string[];
  warnIgnored?: boolean;
  errorOnUnmatchedPattern?: boolean;
}

export interface InputOptions extends IgnoreFlags {
  stdinFilename?: string;
  maxBytes?: number;
}

function collectPattern(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Adds --no-ignore, --ignore-pattern, --no-warn-ignored and --no-error-on-unmatched-pattern to a command that reads files. */
export function addIgnoreOptions(command: Command, ignoresNote: string): Command {
  return command
    .option('--no-ignore', `check every file the inputs name or reach, ignoring ${ignoresNote}`)
    .option('--ignore-pattern <glob>', 'skip files this glob matches (relative to the current directory); repeatable', collectPattern)
    .option('--no-warn-ignored', 'say nothing when a file named on the command line is ignored')
    .option('--no-error-on-unmatched-pattern', 'an input that matches no file, or only ignored ones, is not an error (exit 2)');
}

/** The ignore flags as options of the file search. */
export function searchOptions(flags: IgnoreFlags): { ignore: boolean; ignorePatterns: string[]; errorOnUnmatchedPattern: boolean } {
  return { ignore: flags.ignore ?? true, ignorePatterns: flags.ignorePattern ?? [], errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern ?? true };
}

/**
 * Reports what a file search could not use: problems fail the command (exit 2) with the flag that changes that;
 * a named file that is ignored is a warning (exit 0), unless --no-warn-ignored.
 */
export function reportSearch(ctx: CliContext, search: Pick<FileSearch, 'problems' | 'ignored'>, flags: IgnoreFlags): void {
  for (const problem of search.problems) {
    const hint = problem.kind === 'all-ignored'
      ? '; add --no-ignore to check them anyway, or --no-error-on-unmatched-pattern to allow this'
      : problem.kind === 'no-match' ? ' (--no-error-on-unmatched-pattern allows this)' : '';
    failure(ctx, `${problem.input}: ${problem.message}${hint}`);
  }
  if (flags.warnIgnored === false) return;
  for (const { file, named, by } of search.ignored) {
    if (!named) continue;
    const pattern = by.kind === 'config' ? `\`ignores\` in ${path.relative(ctx.io.cwd, by.configFile) || by.configFile}` : '--ignore-pattern';
    ctx.io.stderr(`${ctx.err.yellow('sla: warning:')} ${showText(`${file}: file ignored because of a matching ignore pattern (${pattern}); add --no-ignore to check it, or --no-warn-ignored to hide this warning`)}\n`);
  }
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
 * Inputs that match nothing (or only ignored files) and unreadable files are reported as failures (exit 2), named
 * files that are ignored as warnings; the rest are returned.
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
  const search = await findAgreementFiles(named, ctx.io.cwd, searchOptions(options));
  reportSearch(ctx, search, options);
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

import { type Command } from 'commander';
import { type AgreementResult } from '../agreement.js';
import { type FileSearch } from '../files.js';
import { type CliContext } from './context.js';
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
/** Adds --no-ignore, --ignore-pattern, --no-warn-ignored and --no-error-on-unmatched-pattern to a command that reads files. */
export declare function addIgnoreOptions(command: Command, ignoresNote: string): Command;
/** The ignore flags as options of the file search. */
export declare function searchOptions(flags: IgnoreFlags): {
    ignore: boolean;
    ignorePatterns: string[];
    errorOnUnmatchedPattern: boolean;
};
/**
 * Reports what a file search could not use: problems fail the command (exit 2) with the flag that changes that;
 * a named file that is ignored is a warning (exit 0), unless --no-warn-ignored.
 */
export declare function reportSearch(ctx: CliContext, search: Pick<FileSearch, 'problems' | 'ignored'>, flags: IgnoreFlags): void;
/** `--stdin-filename` names input read from `-`; without `-` it would be ignored, so say so rather than stay silent. */
export declare function noteUnusedStdinFilename(ctx: CliContext, inputs: readonly string[], stdinFilename: string | undefined): void;
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
export declare function loadInputs<T = LoadedInput>(ctx: CliContext, inputs: string[], options?: InputOptions, keep?: (input: LoadedInput) => T): Promise<T[]>;
/** The agreement on stdin, held to the same limits and checks (size, UTF-8, no NULs) as a file. */
export declare function loadStdin(ctx: CliContext, file: string, maxBytes?: number): Promise<AgreementResult>;
export declare function parseByteSize(value: string): number;

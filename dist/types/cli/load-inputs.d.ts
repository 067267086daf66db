import { type AgreementResult } from '../agreement.js';
import { type CliContext } from './context.js';
export interface InputOptions {
    stdinFilename?: string;
    maxBytes?: number;
}
/** `--stdin-filename` names input read from `-`; without `-` it would be ignored, so say so rather than stay silent. */
export declare function noteUnusedStdinFilename(ctx: CliContext, inputs: readonly string[], stdinFilename: string | undefined): void;
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
export declare function loadInputs<T = LoadedInput>(ctx: CliContext, inputs: string[], options?: InputOptions, keep?: (input: LoadedInput) => T): Promise<T[]>;
/** The agreement on stdin, held to the same limits and checks (size, UTF-8, no NULs) as a file. */
export declare function loadStdin(ctx: CliContext, file: string, maxBytes?: number): Promise<AgreementResult>;
export declare function parseByteSize(value: string): number;

import { type ChalkInstance } from 'chalk';
/** Where a command reads and writes; tests pass their own. */
export interface CliIo {
    stdout(text: string): void;
    stderr(text: string): void;
    /**
     * Standard input: bytes from a real process (checked like a file's: UTF-8, no NULs), or text from a test.
     * With `maxBytes`, reading stops once more than that has arrived, so an endless pipe cannot exhaust memory.
     */
    readStdin(maxBytes?: number): Promise<Uint8Array | string>;
    /**
     * Standard input as it arrives, for input that is streamed rather than held whole (a ticket export on `--tickets -`).
     * Without it, commands read stdin whole with `readStdin`.
     */
    streamStdin?(): AsyncIterable<Uint8Array | string>;
    stdoutIsTTY: boolean;
    stdinIsTTY: boolean;
    stderrIsTTY: boolean;
    cwd: string;
    env: Record<string, string | undefined>;
    /**
     * Colours follow `--color`/`--no-color`, then NO_COLOR, then FORCE_COLOR, then whether the stream is a terminal
     * (see `colorLevel`), unless a test fixes them here.
     */
    color?: {
        stdout: boolean;
        stderr: boolean;
    };
}
export interface CliContext {
    io: CliIo;
    /** Colors for stdout and stderr. */
    out: ChalkInstance;
    err: ChalkInstance;
    /** The exit code the command asks for: 0 success, 1 problems in the input, 2 could not do its job. */
    exitCode: number;
}
export declare const EXIT: {
    readonly ok: 0;
    readonly inputProblems: 1;
    readonly failure: 2;
};
export declare function processIo(): CliIo;
export type ColorLevel = 0 | 1 | 2 | 3;
/**
 * The colour level for one stream. Precedence: the `--color`/`--no-color` flag, then NO_COLOR (any non-empty value,
 * https://no-color.org, even on a terminal — chalk's own detection ignores it there), then FORCE_COLOR, then
 * whether the stream is a terminal (not `TERM=dumb`). Reads only `env`, never `process`, so tests can drive it.
 */
export declare function colorLevel(env: CliIo['env'], isTTY: boolean, flag?: boolean): ColorLevel;
/**
 * The last `--color` or `--no-color` among the arguments (before a `--`), read before commander parses them so that
 * even usage errors follow it; undefined when neither is given.
 */
export declare function colorFlag(argv: readonly string[]): boolean | undefined;
export declare function createContext(io: CliIo, flag?: boolean): CliContext;
/**
 * Reports that the command could not do its job (exit 2), in one line on stderr: line breaks, controls and bidi
 * characters in what it quotes (a file name, a config value) are shown as escapes, so it cannot forge a CI log line.
 */
export declare function failure(ctx: CliContext, message: string): void;

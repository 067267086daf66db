import { Chalk, type ChalkInstance } from 'chalk';
import { showText } from '../formatters/visible-text.js';

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
  color?: { stdout: boolean; stderr: boolean };
}

export interface CliContext {
  io: CliIo;
  /** Colors for stdout and stderr. */
  out: ChalkInstance;
  err: ChalkInstance;
  /** The exit code the command asks for: 0 success, 1 problems in the input, 2 could not do its job. */
  exitCode: number;
}

export const EXIT = { ok: 0, inputProblems: 1, failure: 2 } as const;

/**
 * A reader that stops early (`sla schema | head -1`) closes the pipe: the rest of the output has nowhere to go,
 * which is the reader's choice, not an error worth a stack trace. Other write errors stay errors.
 */
function ignoreClosedPipe(stream: NodeJS.WriteStream): (text: string) => void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  return (text) => {
    if (!stream.destroyed) stream.write(text);
  };
}

export function processIo(): CliIo {
  return {
    stdout: ignoreClosedPipe(process.stdout),
    stderr: ignoreClosedPipe(process.stderr),
    readStdin: async (maxBytes = Infinity) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size > maxBytes) break;
      }
      return Buffer.concat(chunks);
    },
    streamStdin: () => process.stdin,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

export type ColorLevel = 0 | 1 | 2 | 3;

/** FORCE_COLOR as chalk reads it: unset → undefined, `false`/`0` → 0, empty/`true`/other → 1, `2`/`3` → that level. */
function forcedLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  if (value === 'false' || value === '0') return 0;
  const level = Number.parseInt(value, 10);
  return level >= 2 ? (Math.min(level, 3) as ColorLevel) : 1;
}

/** How many colours a terminal shows, from TERM and COLORTERM (what supports-color looks at, in brief). */
function terminalLevel(env: CliIo['env']): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
  return 1;
}

/**
 * The colour level for one stream. Precedence: the `--color`/`--no-color` flag, then NO_COLOR (any non-empty value,
 * https://no-color.org, even on a terminal — chalk's own detection ignores it there), then FORCE_COLOR, then
 * whether the stream is a terminal (not `TERM=dumb`). Reads only `env`, never `process`, so tests can drive it.
 */
export function colorLevel(env: CliIo['env'], isTTY: boolean, flag?: boolean): ColorLevel {
  const forced = forcedLevel(env.FORCE_COLOR);
  if (flag === false) return 0;
  if (flag === true) return forced ? forced : terminalLevel(env);
  if (env.NO_COLOR) return 0;
  if (forced !== undefined) return forced;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return terminalLevel(env);
}

/**
 * The last `--color` or `--no-color` among the arguments (before a `--`), read before commander parses them so that
 * even usage errors follow it; undefined when neither is given.
 */
export function colorFlag(argv: readonly string[]): boolean | undefined {
  let flag: boolean | undefined;
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg === '--color') flag = true;
    else if (arg === '--no-color') flag = false;
  }
  return flag;
}

export function createContext(io: CliIo, flag?: boolean): CliContext {
  const stdoutLevel = io.color ? (io.color.stdout ? 1 : 0) : colorLevel(io.env, io.stdoutIsTTY, flag);
  const stderrLevel = io.color ? (io.color.stderr ? 1 : 0) : colorLevel(io.env, io.stderrIsTTY, flag);
  return { io, out: new Chalk({ level: stdoutLevel }), err: new Chalk({ level: stderrLevel }), exitCode: EXIT.ok };
}

/**
 * Reports that the command could not do its job (exit 2), in one line on stderr: line breaks, controls and bidi
 * characters in what it quotes (a file name, a config value) are shown as escapes, so it cannot forge a CI log line.
 */
export function failure(ctx: CliContext, message: string): void {
  ctx.io.stderr(`${ctx.err.red('sla:')} ${showText(message)}\n`);
  ctx.exitCode = Math.max(ctx.exitCode, EXIT.failure);
}

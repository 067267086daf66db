import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/context.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  /** Pretend stdin is a terminal (for commands that prompt). */
  stdinIsTTY?: boolean;
  /**
   * Pretend stdout / stderr is a terminal. Giving either turns on colour detection as in a real process (flags,
   * NO_COLOR, FORCE_COLOR from `env`, then the terminal); without them, output is never coloured.
   */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

/** Runs the CLI in-process with captured output, as a user would run `sla ...args`. */
export async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => options.stdin ?? '',
    // In small pieces, as a pipe delivers them, so that streamed input meets its chunk boundaries.
    streamStdin: async function* () {
      const bytes = typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin ?? new Uint8Array();
      for (let at = 0; at < bytes.length; at += 4096) yield bytes.subarray(at, at + 4096);
    },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
    env: { ...options.env },
    color: options.stdoutIsTTY === undefined && options.stderrIsTTY === undefined ? { stdout: false, stderr: false } : undefined,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

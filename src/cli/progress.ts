/**
 * `[n/N] file` on stderr while a long run goes on. On a terminal the line is redrawn in place, at most ten times a
 * second and only once the run has taken half a second (a quick run shows nothing), then cleared. In CI logs (the
 * `CI` variable) and when stderr is not a terminal it stays silent unless asked for with `--progress`; then it
 * prints a line at most once a second, and the last one.
 */
import type { CliContext } from './context.js';

const FIRST_AFTER_MS = 500;
const TERMINAL_EVERY_MS = 100;
const LOG_EVERY_MS = 1000;

export interface Progress {
  update(done: number, total: number, file: string): void;
  /** Clears the terminal line; call it before printing results. */
  end(): void;
}

/** True in a CI job: every major CI service sets `CI` (GitHub, GitLab, Jenkins with the plugin, CircleCI, Azure…). */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * A progress line for this run, or undefined when none should be shown. `flag` is `--progress` (true) or
 * `--no-progress` (false); undefined decides from the terminal and CI.
 */
export function createProgress(ctx: CliContext, flag: boolean | undefined, now: () => number = () => performance.now()): Progress | undefined {
  if (flag === false) return undefined;
  const terminal = ctx.io.stderrIsTTY && !isCi(ctx.io.env);
  if (!terminal && flag !== true) return undefined;
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, total, file) {
      const at = now();
      const final = done === total;
      if (terminal) {
        if (at - started < FIRST_AFTER_MS || (at - last < TERMINAL_EVERY_MS && !final)) return;
        const room = Math.max(20, (Number(ctx.io.env.COLUMNS) || 80) - 1);
        const line = `[${done}/${total}] ${file}`;
        ctx.io.stderr(`\r\x1b[2K${line.length > room ? `${line.slice(0, room - 1)}…` : line}`);
        drawn = true;
      } else {
        if (at - last < LOG_EVERY_MS && !final) return;
        ctx.io.stderr(`[${done}/${total}] ${file}\n`);
      }
      last = at;
    },
    end() {
      if (drawn) ctx.io.stderr('\r\x1b[2K');
      drawn = false;
    },
  };
}

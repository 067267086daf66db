/**
 * `[n/N] file` on stderr while a long run goes on. On a terminal the line is redrawn in place, at most ten times a
 * second and only once the run has taken half a second (a quick run shows nothing), then cleared. In CI logs (the
 * `CI` variable) and when stderr is not a terminal it stays silent unless asked for with `--progress`; then it
 * prints a line at most once a second, and the last one.
 */
import type { CliContext } from './context.js';
export interface Progress {
    update(done: number, total: number, file: string): void;
    /** Clears the terminal line; call it before printing results. */
    end(): void;
}
/** True in a CI job: every major CI service sets `CI` (GitHub, GitLab, Jenkins with the plugin, CircleCI, Azure…). */
export declare function isCi(env: Readonly<Record<string, string | undefined>>): boolean;
/**
 * A progress line for this run, or undefined when none should be shown. `flag` is `--progress` (true) or
 * `--no-progress` (false); undefined decides from the terminal and CI.
 */
export declare function createProgress(ctx: CliContext, flag: boolean | undefined, now?: () => number): Progress | undefined;

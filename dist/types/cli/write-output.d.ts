import { type CliContext } from './context.js';
/**
 * A command's one output: to `--output` written whole or not at all, missing folders created (refusing to overwrite without `--force`, saying
 * `wrote <file>` on stderr), else to stdout. Returns false when the file could not be written (the failure is
 * reported and the exit code set).
 */
export declare function writeCommandOutput(ctx: CliContext, output: string | Uint8Array, options: {
    output?: string;
    force?: boolean;
}): Promise<boolean>;

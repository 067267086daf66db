import path from 'node:path';
import { writeErrorReason } from '../util/file-errors.js';
import { failure, type CliContext } from './context.js';

/**
 * A command's one output: to `--output` written whole or not at all, missing folders created (refusing to overwrite without `--force`, saying
 * `wrote <file>` on stderr), else to stdout. Returns false when the file could not be written (the failure is
 * reported and the exit code set).
 */
export async function writeCommandOutput(ctx: CliContext, output: string | Uint8Array, options: { output?: string; force?: boolean }): Promise<boolean> {
  if (!options.output) {
    ctx.io.stdout(String(output));
    return true;
  }
  const { writeFileAtomic } = await import('../util/write-file-atomic.js');
  try {
    await writeFileAtomic(path.resolve(ctx.io.cwd, options.output), output, { force: options.force ?? false, createDirectories: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    failure(ctx, code === 'EEXIST' ? `${options.output} exists; add --force to overwrite it` : `cannot write ${options.output}: ${writeErrorReason(error)}`);
    return false;
  }
  ctx.io.stderr(`wrote ${options.output}\n`);
  return true;
}

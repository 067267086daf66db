import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Scene } from '../charts/scene.js';
import { writeErrorReason } from '../util/file-errors.js';
import { writeFileAtomic } from '../util/write-file-atomic.js';
import { failure, type CliContext } from './context.js';

/**
 * Writes the charts' SVG files into the folder beside the Markdown that refers to them, each whole or not at all.
 * Returns false (the failure reported) when one cannot be written.
 */
export async function writeChartFiles(ctx: CliContext, charts: readonly { file: string; scene: Scene }[], folder: string, force: boolean): Promise<boolean> {
  if (charts.length === 0) return true;
  const { sceneToSvg } = await import('../charts/index.js');
  try {
    await mkdir(folder, { recursive: true });
    for (const chart of charts) {
      await writeFileAtomic(path.join(folder, chart.file), sceneToSvg(chart.scene, { idPrefix: chart.file.replace(/\.svg$/, '') }), { force });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    failure(ctx, code === 'EEXIST' ? `${path.relative(ctx.io.cwd, folder)} has the charts of an earlier report; add --force to overwrite them` : `cannot write the charts to ${path.relative(ctx.io.cwd, folder)}: ${writeErrorReason(error)}`);
    return false;
  }
  return true;
}

import type { Scene } from '../charts/scene.js';
import { type CliContext } from './context.js';
/**
 * Writes the charts' SVG files into the folder beside the Markdown that refers to them, each whole or not at all.
 * Returns false (the failure reported) when one cannot be written.
 */
export declare function writeChartFiles(ctx: CliContext, charts: readonly {
    file: string;
    scene: Scene;
}[], folder: string, force: boolean): Promise<boolean>;

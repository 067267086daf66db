import type { DiffReport } from '../types.js';
/** The version of the JSON envelope. */
export declare const DIFF_JSON_FORMAT_VERSION = 1;
export interface DiffJson extends DiffReport {
    formatVersion: typeof DIFF_JSON_FORMAT_VERSION;
}
/** The envelope as data: `{ formatVersion, base, head, verdict, headline, files }`. */
export declare function diffJson(report: DiffReport): DiffJson;
export declare function formatDiffJson(report: DiffReport): string;

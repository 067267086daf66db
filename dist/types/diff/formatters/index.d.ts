import { formatDiffStylish, type DiffFormatOptions } from './stylish.js';
import type { DiffReport } from '../types.js';
export type DiffFormatter = (report: DiffReport, options?: DiffFormatOptions) => string;
export declare const DIFF_FORMATTERS: {
    readonly stylish: typeof formatDiffStylish;
    readonly md: (report: DiffReport) => string;
    readonly json: (report: DiffReport) => string;
};
export type DiffFormatName = keyof typeof DIFF_FORMATTERS | 'pdf';
export declare const DIFF_FORMAT_NAMES: readonly DiffFormatName[];
export { formatDiffJson, diffJson, DIFF_JSON_FORMAT_VERSION, type DiffJson } from './json.js';
export { formatDiffMarkdown, DIFF_MARKDOWN_MARKER } from './markdown.js';
export { formatDiffStylish, type DiffFormatOptions } from './stylish.js';

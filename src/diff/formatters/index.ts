/** The output formats of `sla diff`, by the name `--format` takes. `pdf` is separate: it is asynchronous and binary. */
import { formatDiffJson } from './json.js';
import { formatDiffMarkdown } from './markdown.js';
import { formatDiffStylish, type DiffFormatOptions } from './stylish.js';
import type { DiffReport } from '../types.js';

export type DiffFormatter = (report: DiffReport, options?: DiffFormatOptions) => string;

export const DIFF_FORMATTERS = {
  stylish: formatDiffStylish,
  md: (report) => formatDiffMarkdown(report),
  json: (report) => formatDiffJson(report),
} as const satisfies Record<string, DiffFormatter>;

export type DiffFormatName = keyof typeof DIFF_FORMATTERS | 'pdf';
export const DIFF_FORMAT_NAMES: readonly DiffFormatName[] = [...(Object.keys(DIFF_FORMATTERS) as (keyof typeof DIFF_FORMATTERS)[]), 'pdf'];

export { formatDiffJson, diffJson, DIFF_JSON_FORMAT_VERSION, type DiffJson } from './json.js';
export { formatDiffMarkdown, DIFF_MARKDOWN_MARKER } from './markdown.js';
export { formatDiffStylish, type DiffFormatOptions } from './stylish.js';

import type { DiffReport } from '../types.js';
/** The first line of every Markdown diff, for finding (and replacing) an earlier comment. */
export declare const DIFF_MARKDOWN_MARKER = "<!-- sla-diff -->";
export declare function formatDiffMarkdown(report: DiffReport): string;

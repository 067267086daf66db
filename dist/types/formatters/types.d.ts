/**
 * What every formatter receives besides the results. A formatter is a pure function
 * `(results, context) => string`: no printing, no files, no clock, so its output is reproducible and testable.
 */
import type { ChalkInstance } from 'chalk';
import type { LintResult } from '../lint/engine.js';
import type { RuleSeverity } from '../lint/types.js';
/** A rule as formatters describe it (SARIF's `tool.driver.rules`, the stylish summary). */
export interface RuleDescription {
    id: string;
    description: string;
    defaultSeverity: RuleSeverity;
    docsUrl: string;
    category?: string;
}
export interface FormatterContext {
    /** File paths are reported relative to this directory. */
    cwd: string;
    /** Colours for the stream the output goes to (no colours when it goes to a file). */
    color: ChalkInstance;
    /** Every rule that can produce a finding, including the engine's own checks. */
    rules: readonly RuleDescription[];
    toolVersion: string;
}
export type Formatter = ((results: readonly LintResult[], context: FormatterContext) => string) & {
    /**
     * The same text in pieces, for formatters whose output grows with the number of files: the CLI writes each piece
     * as it comes instead of building the whole report (13 MB of JSON for 10,000 files) in memory first.
     */
    pieces?: (results: readonly LintResult[], context: FormatterContext) => Iterable<string>;
};
/** A file path relative to `cwd`, with forward slashes: how CI systems and SARIF viewers name files. */
export declare function relativePath(file: string, cwd: string): string;

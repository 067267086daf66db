import type { LintResult } from '../lint/engine.js';
import type { FormatterContext } from './types.js';
/** What a formatter module exports: the built-in formatters' shape, and it may be async. */
export type CustomFormatter = (results: readonly LintResult[], context: FormatterContext) => string | Promise<string>;
/** A formatter module that cannot be used: missing, failing to load, or exporting no function. */
export declare class FormatterLoadError extends Error {
    readonly specifier: string;
    constructor(message: string, specifier: string);
}
/** Loads the formatter a module path names, resolved against `cwd`. Rejects with a FormatterLoadError saying why. */
export declare function loadCustomFormatter(specifier: string, cwd: string): Promise<CustomFormatter>;

/**
 * Formatters from the user's own modules (`sla lint -f ./my-formatter.js`), as ESLint loads `-f ./formatter.js`.
 *
 * The contract (docs/cli.md#custom-formatters): an ES module or CommonJS module whose default export (or export
 * named `format`) is a function `(results: LintResult[], context: FormatterContext) => string | Promise<string>`.
 * It gets the same results and context as the built-in formatters, and returns the whole text; sla writes it.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult } from '../lint/engine.js';
import type { FormatterContext } from './types.js';

/** What a formatter module exports: the built-in formatters' shape, and it may be async. */
export type CustomFormatter = (results: readonly LintResult[], context: FormatterContext) => string | Promise<string>;

/** A formatter module that cannot be used: missing, failing to load, or exporting no function. */
export class FormatterLoadError extends Error {
  constructor(message: string, readonly specifier: string) {
    super(message);
    this.name = 'FormatterLoadError';
  }
}

/** Loads the formatter a module path names, resolved against `cwd`. Rejects with a FormatterLoadError saying why. */
export async function loadCustomFormatter(specifier: string, cwd: string): Promise<CustomFormatter> {
  if (typeof specifier !== 'string' || specifier === '') throw new TypeError('loadCustomFormatter: specifier must be a module path');
  if (typeof cwd !== 'string') throw new TypeError('loadCustomFormatter: cwd must be a directory path');
  const file = path.resolve(cwd, specifier);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new FormatterLoadError(`formatter ${specifier}: no such file (${file})`, specifier);
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new FormatterLoadError(`formatter ${specifier} failed to load: ${(error as Error)?.message ?? String(error)}`, specifier);
  }
  // A CommonJS module's `module.exports = fn` arrives as `default`; `exports.format = fn` as `format` (or default.format).
  const candidates = [loaded.default, loaded.format, (loaded.default as Record<string, unknown> | undefined)?.format];
  const formatter = candidates.find((candidate) => typeof candidate === 'function');
  if (!formatter) {
    throw new FormatterLoadError(`formatter ${specifier} exports no function; export default (results, context) => string (see docs/cli.md#custom-formatters)`, specifier);
  }
  return formatter as CustomFormatter;
}

import type { Diagnostic } from './diagnostics.js';
import { byPosition, hasErrors, START_OF_FILE } from './diagnostics.js';
import type { AgreementDocument } from './generated/agreement-document.js';
import validateSchema from './generated/validate-agreement.js';
import { DEFAULT_LIMITS, parseYamlSource, type ParseLimits, type ParsedSource } from './load/parse-yaml.js';
import { checkSourceText, decodeSource, readSource, type ReadResult } from './load/read-source.js';
import { SourceMap } from './load/source-map.js';
import type { Agreement } from './model/agreement.js';
import { normaliseAgreement } from './model/normalise.js';
import { schemaDiagnostics } from './validate/schema-errors.js';
import { semanticDiagnostics } from './validate/semantic.js';

export interface AgreementResult {
  /** True when the agreement has no errors (it may have warnings). */
  ok: boolean;
  /** The normalised agreement; present exactly when `ok`. */
  agreement?: Agreement;
  /** The source as read: text, data and the map from JSON pointers to positions. */
  source: ParsedSource;
  /** Every problem found, in file order. */
  diagnostics: Diagnostic[];
  /** True when the file could not be read at all (missing, a directory, no permission): the command could not do its job. */
  unreadable: boolean;
}

export interface LoadOptions {
  limits?: Partial<ParseLimits>;
}

export type AgreementInput = string | { text: string; file?: string };

/** Validates parsed agreement data: JSON Schema, then references, order, dates and time zones. Never throws. */
export function validateAgreement(source: ParsedSource): AgreementResult {
  const diagnostics = [...source.diagnostics];
  if (hasErrors(diagnostics) || source.data === undefined) {
    return { ok: false, source, diagnostics: diagnostics.sort(byPosition), unreadable: false };
  }
  const file = source.file;
  // Appended one by one: a spread of a very long list overflows the call stack (150,000 items did). Only the first
  // schema errors are described (each costs a lookup of its position); the rest are counted in "and N more".
  let undescribed = 0;
  if (!validateSchema(source.data)) {
    const errors = validateSchema.errors ?? [];
    undescribed = Math.max(0, errors.length - DESCRIBED_SCHEMA_ERRORS);
    for (const d of schemaDiagnostics(errors.slice(0, DESCRIBED_SCHEMA_ERRORS), source.data, source.sourceMap, file)) diagnostics.push(d);
  }
  for (const d of semanticDiagnostics(source.data, source.sourceMap, file)) diagnostics.push(d);
  diagnostics.sort(byPosition);
  const shown = capDiagnostics(diagnostics, file, undescribed);
  if (hasErrors(diagnostics)) return { ok: false, source, diagnostics: shown, unreadable: false };
  return { ok: true, agreement: normaliseAgreement(source.data as AgreementDocument), source, diagnostics: shown, unreadable: false };
}

/** At most this many diagnostics per file: beyond it one more says how many were left out. */
export const MAX_DIAGNOSTICS_PER_FILE = 500;

/** Schema errors beyond this many are counted, not described: a file with 200,000 unknown keys took 8 s to describe. */
const DESCRIBED_SCHEMA_ERRORS = 4 * MAX_DIAGNOSTICS_PER_FILE;

/**
 * The first MAX_DIAGNOSTICS_PER_FILE diagnostics in position order and, when there were more (or `undescribed`
 * schema errors), one that counts the rest.
 */
function capDiagnostics(diagnostics: Diagnostic[], file: string, undescribed = 0): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE && undescribed === 0) return diagnostics;
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown.at(-1) ?? { range: START_OF_FILE };
  const more = diagnostics.length - shown.length + undescribed;
  shown.push({
    code: 'too-many-problems', severity: 'info', pointer: '', range: last.range, file,
    message: `and ${more.toLocaleString('en')} more problem${more === 1 ? '' : 's'} in this file, not listed; fix the ones above and validate again`,
  });
  return shown;
}

function unreadableResult(file: string, read: Extract<ReadResult, { ok: false }>): AgreementResult {
  const source: ParsedSource = { file, text: '', data: undefined, sourceMap: new SourceMap(), diagnostics: [read.diagnostic] };
  return { ok: false, source, diagnostics: [read.diagnostic], unreadable: read.operational };
}

/** Parses and validates agreement text. `file` names it in diagnostics. Text over the size limit or with NULs is refused. */
export function loadAgreementText(text: string, file = '<text>', options: LoadOptions = {}): AgreementResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const checked = checkSourceText(text, file, limits.maxBytes);
  if (!checked.ok) return unreadableResult(file, checked);
  return validateAgreement(parseYamlSource(text, file, limits));
}

/** Parses and validates agreement bytes (e.g. stdin), refusing binary, non-UTF-8 and oversized input as a file would be. */
export function loadAgreementBytes(bytes: Uint8Array, file = '<bytes>', options: LoadOptions = {}): AgreementResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const read = decodeSource(bytes, file, limits.maxBytes);
  if (!read.ok) return unreadableResult(file, read);
  return validateAgreement(parseYamlSource(read.text, file, limits));
}

/**
 * Loads an agreement from a file path, or from `{ text, file? }`. Never throws for bad input:
 * problems come back as diagnostics with positions.
 */
export async function loadAgreement(input: AgreementInput, options: LoadOptions = {}): Promise<AgreementResult> {
  if (typeof input !== 'string') return loadAgreementText(input.text, input.file, options);
  return (await readAgreementFile(input, options))();
}

/**
 * Reads an agreement file and returns the rest of `loadAgreement` (parse and check) as a function: the reading of
 * the next files can then go on while one is checked. Never throws for bad input.
 */
export async function readAgreementFile(file: string, options: LoadOptions = {}): Promise<() => AgreementResult> {
  return (await readAgreementSource(file, options)).check;
}

/** An agreement file read but not yet parsed: its text (when it could be read as text) and the rest of the load. */
export interface ReadAgreement {
  /** The file's text, or undefined when it is unreadable, binary, not UTF-8 or too large (`check` says which). */
  text: string | undefined;
  check: () => AgreementResult;
}

/** As `readAgreementFile`, with the text kept: the lint cache hashes it to skip parsing an unchanged file. */
export async function readAgreementSource(file: string, options: LoadOptions = {}): Promise<ReadAgreement> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const read = await readSource(file, limits.maxBytes);
  return read.ok ? { text: read.text, check: () => loadAgreementText(read.text, file, options) } : { text: undefined, check: () => unreadableResult(file, read) };
}

import type { Diagnostic } from './diagnostics.js';
import { type ParseLimits, type ParsedSource } from './load/parse-yaml.js';
import type { Agreement } from './model/agreement.js';
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
export type AgreementInput = string | {
    text: string;
    file?: string;
};
/** Validates parsed agreement data: JSON Schema, then references, order, dates and time zones. Never throws. */
export declare function validateAgreement(source: ParsedSource): AgreementResult;
/** At most this many diagnostics per file: beyond it one more says how many were left out. */
export declare const MAX_DIAGNOSTICS_PER_FILE = 500;
/** Parses and validates agreement text. `file` names it in diagnostics. Text over the size limit or with NULs is refused. */
export declare function loadAgreementText(text: string, file?: string, options?: LoadOptions): AgreementResult;
/** Parses and validates agreement bytes (e.g. stdin), refusing binary, non-UTF-8 and oversized input as a file would be. */
export declare function loadAgreementBytes(bytes: Uint8Array, file?: string, options?: LoadOptions): AgreementResult;
/**
 * Loads an agreement from a file path, or from `{ text, file? }`. Never throws for bad input:
 * problems come back as diagnostics with positions.
 */
export declare function loadAgreement(input: AgreementInput, options?: LoadOptions): Promise<AgreementResult>;
/**
 * Reads an agreement file and returns the rest of `loadAgreement` (parse and check) as a function: the reading of
 * the next files can then go on while one is checked. Never throws for bad input.
 */
export declare function readAgreementFile(file: string, options?: LoadOptions): Promise<() => AgreementResult>;
/** An agreement file read but not yet parsed: its text (when it could be read as text) and the rest of the load. */
export interface ReadAgreement {
    /** The file's text, or undefined when it is unreadable, binary, not UTF-8 or too large (`check` says which). */
    text: string | undefined;
    check: () => AgreementResult;
}
/** As `readAgreementFile`, with the text kept: the lint cache hashes it to skip parsing an unchanged file. */
export declare function readAgreementSource(file: string, options?: LoadOptions): Promise<ReadAgreement>;

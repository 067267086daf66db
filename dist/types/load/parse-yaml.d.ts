import { type Diagnostic } from '../diagnostics.js';
import { SourceMap } from './source-map.js';
export interface ParseLimits {
    /** Largest accepted file, in bytes. */
    maxBytes: number;
    /** Most aliases (`*name`) one document may expand; guards against alias bombs. */
    maxAliasCount: number;
}
export declare const DEFAULT_LIMITS: ParseLimits;
/** A YAML document read from text: its plain data, where every value is written, and what was wrong. */
export interface ParsedSource {
    file: string;
    text: string;
    /** The document as plain data; undefined when it could not be read. */
    data: unknown;
    sourceMap: SourceMap;
    /** Errors that stop the document from being read, and warnings from the YAML parser. */
    diagnostics: Diagnostic[];
}
export interface ParseOptions {
    /** false reads every text with `yaml` only, as the fast path's equivalence tests and benchmarks need. */
    fastPath?: boolean;
}
/**
 * Parses agreement YAML text. Never throws: every problem becomes a diagnostic with a position.
 * Refuses several documents in one file, duplicate keys and alias bombs; `__proto__` keys stay plain data.
 */
export declare function parseYamlSource(text: string, file: string, limits?: ParseLimits, options?: ParseOptions): ParsedSource;

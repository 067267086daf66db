import type { ParsedSource } from '../load/parse-yaml.js';
import type { TextField } from './types.js';
type SchemaNode = Record<string, unknown>;
/** A trie of pointer segments; `text` marks a node whose value is free text. */
interface PatternNode {
    text: boolean;
    children: Map<string, PatternNode>;
}
/**
 * Builds the pointer-pattern trie of text fields from a schema (or, with `ref`, of the values another definition
 * validates); `$ref` cycles are cut per path.
 */
export declare function textFieldTrie(root: SchemaNode, ref?: string): PatternNode;
/** The pointer patterns of every free-text field, `*` for any index or key, e.g. `/severityLevels/*\/definition`. */
export declare function textFieldPatterns(trie?: PatternNode): string[];
/**
 * Aligns a scalar's value with the source that wrote it: for each character of `text`, the source offsets
 * [start, end) it came from. Handles plain, single- and double-quoted scalars (escapes, `''`, line folding) and
 * block scalars (indentation and folding are skipped). Returns undefined when the two cannot be aligned.
 */
export declare function alignScalar(text: string, raw: string): {
    starts: Int32Array;
    ends: Int32Array;
} | undefined;
/**
 * Every free-text field of a parsed document, in document order, each able to say where a slice of its text is
 * written. Safe on any data: fields that are not strings are skipped, so it also serves documents with schema errors.
 */
export declare function textFields(source: ParsedSource): TextField[];
/**
 * Every short name of a parsed document that the contract prints (`#/$defs/name`: titles, an approver, the documents
 * of an order of precedence), as text fields; for rules about how the contract words things, not about prose.
 */
export declare function nameFields(source: ParsedSource): TextField[];
export {};

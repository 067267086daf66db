/**
 * Every free-text field of an agreement, for text rules. Which fields are free text is read from the JSON Schema
 * (every value validated by `#/$defs/text`), so a new text field in the schema is linted without touching this file.
 */
import type { SourceRange } from '../diagnostics.js';
import { LineIndex } from '../load/line-index.js';
import type { ParsedSource } from '../load/parse-yaml.js';
import { joinPointer } from '../load/source-map.js';
import { agreementSchema } from '../schema.js';
import type { TextField } from './types.js';

const TEXT_REF = '#/$defs/text';
/** Short names shown in the contract (titles, an approver, documents in an order of precedence): `nameFields()`. */
const NAME_REF = '#/$defs/name';
/** Stands for any array index or any key of a map (`additionalProperties`). */
const ANY = '*';

type SchemaNode = Record<string, unknown>;

/** A trie of pointer segments; `text` marks a node whose value is free text. */
interface PatternNode {
  text: boolean;
  children: Map<string, PatternNode>;
}

function isSchema(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) node = isSchema(node) ? node[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isSchema(node) ? node : undefined;
}

/**
 * Builds the pointer-pattern trie of text fields from a schema (or, with `ref`, of the values another definition
 * validates); `$ref` cycles are cut per path.
 */
export function textFieldTrie(root: SchemaNode, ref: string = TEXT_REF): PatternNode {
  const trie: PatternNode = { text: false, children: new Map() };
  const visit = (schema: SchemaNode, node: PatternNode, refs: ReadonlySet<string>): void => {
    const target = schema.$ref;
    if (typeof target === 'string') {
      if (target === ref) node.text = true;
      else if (!refs.has(target)) {
        const resolved = resolveRef(root, target);
        if (resolved) visit(resolved, node, new Set([...refs, target]));
      }
    }
    const child = (segment: string): PatternNode => {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { text: false, children: new Map() }));
      return next;
    };
    if (isSchema(schema.properties)) {
      for (const [name, sub] of Object.entries(schema.properties)) if (isSchema(sub)) visit(sub, child(name), refs);
    }
    if (isSchema(schema.additionalProperties)) visit(schema.additionalProperties, child(ANY), refs);
    if (isSchema(schema.patternProperties)) {
      for (const sub of Object.values(schema.patternProperties)) if (isSchema(sub)) visit(sub, child(ANY), refs);
    }
    if (isSchema(schema.items)) visit(schema.items, child(ANY), refs);
    for (const keyword of ['then', 'else']) if (isSchema(schema[keyword])) visit(schema[keyword] as SchemaNode, node, refs);
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const list = schema[keyword];
      if (Array.isArray(list)) for (const sub of list) if (isSchema(sub)) visit(sub, node, refs);
    }
  };
  visit(root, trie, new Set());
  return trie;
}

let agreementTrie: PatternNode | undefined;
function textTrie(): PatternNode {
  return (agreementTrie ??= textFieldTrie(agreementSchema as SchemaNode));
}

let agreementNameTrie: PatternNode | undefined;
function nameTrie(): PatternNode {
  return (agreementNameTrie ??= textFieldTrie(agreementSchema as SchemaNode, NAME_REF));
}

/** The pointer patterns of every free-text field, `*` for any index or key, e.g. `/severityLevels/*\/definition`. */
export function textFieldPatterns(trie: PatternNode = textTrie()): string[] {
  const patterns: string[] = [];
  const walk = (node: PatternNode, pointer: string): void => {
    if (node.text) patterns.push(pointer);
    for (const [segment, child] of node.children) walk(child, segment === ANY ? `${pointer}/*` : joinPointer(pointer, segment));
  };
  walk(trie, '');
  return patterns.sort();
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"',
  '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** The character a double-quoted escape at `raw[at]` (a backslash) stands for, and how long the escape is. */
function decodeEscape(raw: string, at: number): { text: string; length: number } | undefined {
  const kind = raw[at + 1];
  if (kind === undefined) return undefined;
  if (kind in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[kind]!, length: 2 };
  const digits = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
  if (digits === 0) return undefined;
  const hex = raw.slice(at + 2, at + 2 + digits);
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return undefined;
  const code = Number.parseInt(hex, 16);
  if (code > 0x10ffff) return undefined;
  return { text: String.fromCodePoint(code), length: 2 + digits };
}

/**
 * Aligns a scalar's value with the source that wrote it: for each character of `text`, the source offsets
 * [start, end) it came from. Handles plain, single- and double-quoted scalars (escapes, `''`, line folding) and
 * block scalars (indentation and folding are skipped). Returns undefined when the two cannot be aligned.
 */
export function alignScalar(text: string, raw: string): { starts: Int32Array; ends: Int32Array } | undefined {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let j = 0;
  let end = raw.length;
  const first = raw[0];
  const quote = first === '"' || first === "'" ? first : undefined;
  if (quote) {
    j = 1;
    if (raw.endsWith(quote) && raw.length > 1) end = raw.length - 1;
  } else if (first === '|' || first === '>') {
    const newline = raw.indexOf('\n');
    if (newline < 0) return text === '' ? { starts, ends } : undefined;
    j = newline + 1;
  }
  let i = 0;
  while (i < text.length) {
    if (j >= end) return undefined;
    const want = text[i]!;
    const have = raw[j]!;
    if (quote === '"' && have === '\\') {
      if (raw[j + 1] === '\n' || raw[j + 1] === '\r') {
        // An escaped line break joins the lines without a space.
        j += raw[j + 1] === '\r' && raw[j + 2] === '\n' ? 3 : 2;
        while (j < end && (raw[j] === ' ' || raw[j] === '\t')) j++;
        continue;
      }
      const escape = decodeEscape(raw, j);
      if (!escape || !text.startsWith(escape.text, i)) return undefined;
      for (let k = 0; k < escape.text.length; k++) {
        starts[i + k] = j;
        ends[i + k] = j + escape.length;
      }
      i += escape.text.length;
      j += escape.length;
      continue;
    }
    if (quote === "'" && have === "'" && raw[j + 1] === "'") {
      if (want !== "'") return undefined;
      starts[i] = j;
      ends[i] = j + 2;
      i++;
      j += 2;
      continue;
    }
    if (want === have) {
      starts[i] = j;
      ends[i] = j + 1;
      i++;
      j++;
      continue;
    }
    if (have === ' ' || have === '\t' || have === '\n' || have === '\r') {
      // Indentation and folded line breaks in the source that the value does not contain.
      j++;
      continue;
    }
    if (want === ' ' || want === '\n') {
      // A line break the YAML folding produced: it has no character of its own; point at the next word.
      starts[i] = j;
      ends[i] = j;
      i++;
      continue;
    }
    return undefined;
  }
  return { starts, ends };
}

/**
 * Every free-text field of a parsed document, in document order, each able to say where a slice of its text is
 * written. Safe on any data: fields that are not strings are skipped, so it also serves documents with schema errors.
 */
export function textFields(source: ParsedSource): TextField[] {
  return fieldsOf(source, textTrie());
}

/**
 * Every short name of a parsed document that the contract prints (`#/$defs/name`: titles, an approver, the documents
 * of an order of precedence), as text fields; for rules about how the contract words things, not about prose.
 */
export function nameFields(source: ParsedSource): TextField[] {
  return fieldsOf(source, nameTrie());
}

function fieldsOf(source: ParsedSource, trie: PatternNode): TextField[] {
  const fields: TextField[] = [];
  if (source.data === undefined) return fields;
  let lines: LineIndex | undefined;
  const lineIndex = (): LineIndex => (lines ??= new LineIndex(source.text));

  const field = (pointer: string, text: string): TextField => {
    // Positions are looked up only when a rule reports inside the field: most fields of most files never need one.
    let wholeRange: SourceRange | undefined;
    const whole = (): SourceRange => (wholeRange ??= source.sourceMap.rangeOf(pointer, 'value'));
    let alignment: ReturnType<typeof alignScalar> | null = null;
    let rawStart = 0;
    return {
      pointer,
      text,
      rangeOf(start: number, end: number): SourceRange {
        const from = Math.max(0, Math.min(start, text.length));
        const to = Math.max(from, Math.min(end, text.length));
        if (alignment === null) {
          const index = lineIndex();
          const { line, column, endLine, endColumn } = whole();
          rawStart = index.offset(line, column);
          const raw = source.text.slice(rawStart, index.offset(endLine, endColumn));
          alignment = alignScalar(text, raw);
        }
        if (!alignment || text.length === 0) return whole();
        const startOffset = rawStart + (from < text.length ? alignment.starts[from]! : alignment.ends[text.length - 1]!);
        const endOffset = to > from ? rawStart + alignment.ends[to - 1]! : startOffset;
        const a = lineIndex().position(startOffset);
        const b = lineIndex().position(Math.max(startOffset, endOffset));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      },
    };
  };

  const walk = (value: unknown, node: PatternNode, pointer: string): void => {
    if (node.text && typeof value === 'string') fields.push(field(pointer, value));
    if (typeof value !== 'object' || value === null || node.children.size === 0) return;
    const any = node.children.get(ANY);
    if (Array.isArray(value)) {
      if (any) value.forEach((item, index) => walk(item, any, joinPointer(pointer, index)));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const next = node.children.get(key) ?? any;
      if (next) walk(child, next, joinPointer(pointer, key));
    }
  };
  walk(source.data, trie, '');
  return fields;
}

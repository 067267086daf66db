/**
 * Where each key and value of a YAML text is written, with its JSON pointer, for the editor features that start
 * from a cursor: hover, completion, code actions. The loader's SourceMap answers "where is this pointer"; the
 * editor asks the opposite, "what is at this offset", and must also work on a half-typed document, so this reads
 * the text with `yaml` (which recovers from errors and still returns the nodes it could read).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type ParsedNode } from 'yaml';
import { joinPointer } from '../load/source-map.js';

/** One mapping entry or sequence item: offsets are UTF-16 code units into the text, ends exclusive. */
export interface YamlEntry {
  pointer: string;
  /** The key's offsets (mapping entries only). */
  key?: readonly [number, number];
  /** The value's offsets; absent for a key written without a value. */
  value?: readonly [number, number];
  /** True for a scalar value (text, number...): a comment line cannot be inserted inside its lines. */
  scalar: boolean;
}

/** Every entry of a document, in document order, and lookups by offset. */
export class YamlNodes {
  readonly entries: readonly YamlEntry[];
  /** The document as plain data, as far as it could be read. */
  readonly data: unknown;

  constructor(text: string) {
    const { entries, data } = collectEntries(text);
    this.entries = entries;
    this.data = data;
  }

  /** The innermost entry whose key or value contains the offset, and whether the offset is on the key. */
  at(offset: number): { entry: YamlEntry; onKey: boolean } | undefined {
    let best: { entry: YamlEntry; onKey: boolean; size: number } | undefined;
    for (const entry of this.entries) {
      for (const [span, onKey] of [[entry.key, true], [entry.value, false]] as const) {
        if (!span || offset < span[0] || offset > span[1]) continue;
        const size = span[1] - span[0];
        // The smallest span is the innermost node; on a tie (a key that ends where its value starts), the key.
        if (!best || size < best.size) best = { entry, onKey, size };
      }
    }
    return best && { entry: best.entry, onKey: best.onKey };
  }

  /** The entry whose key starts at this offset. */
  keyStartingAt(offset: number): YamlEntry | undefined {
    return this.entries.find((entry) => entry.key?.[0] === offset);
  }

  /** A scalar value that starts before `offset` and runs past it: inserting a line at `offset` would change its text. */
  scalarSpanning(offset: number): YamlEntry | undefined {
    return this.entries.find((entry) => entry.scalar && entry.value && entry.value[0] < offset && entry.value[1] > offset);
  }

  /** The keys written directly in the mapping at `pointer`. */
  keysOf(pointer: string): string[] {
    const prefix = `${pointer}/`;
    return this.entries
      .filter((entry) => entry.key && entry.pointer.startsWith(prefix) && !entry.pointer.slice(prefix.length).includes('/'))
      .map((entry) => decodeSegment(entry.pointer.slice(prefix.length)));
  }
}

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function collectEntries(text: string): { entries: YamlEntry[]; data: unknown } {
  const entries: YamlEntry[] = [];
  // Errors are expected while typing; what could be read is still useful. logLevel keeps `yaml` off stderr.
  const doc = parseDocument(text, { uniqueKeys: false, strict: false, logLevel: 'silent', keepSourceTokens: false });
  const visit = (node: Node | null | undefined, pointer: string, depth: number): void => {
    if (!node || depth > 100) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as ParsedNode | null;
        if (!isScalar(keyNode) || !keyNode.range) continue;
        const child = joinPointer(pointer, String(keyNode.value));
        const valueNode = pair.value as ParsedNode | null;
        const value = spanOf(valueNode);
        entries.push({ pointer: child, key: [keyNode.range[0], keyNode.range[1]], ...(value && { value }), scalar: isScalar(valueNode) });
        visit(valueNode, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = joinPointer(pointer, index);
        const value = spanOf(item as ParsedNode | null);
        entries.push({ pointer: child, ...(value && { value }), scalar: isScalar(item) });
        visit(item as Node, child, depth + 1);
      });
    }
  };
  visit(doc.contents as Node | null, '', 0);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // An alias bomb or a broken alias: the ids are simply not offered.
  }
  return { entries, data };
}

function spanOf(node: ParsedNode | null | undefined): readonly [number, number] | undefined {
  // A null written as nothing (`key:`) has an empty range at the key's end; that is no value to point at.
  if (!node?.range || node.range[0] === node.range[1]) return undefined;
  return [node.range[0], node.range[1]];
}

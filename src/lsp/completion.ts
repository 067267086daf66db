/**
 * Completion at the cursor: the values a field's schema allows (enums), the ids the document defines where a field
 * refers to one (calendars, severity levels, tiers, services, metrics), and the keys a mapping takes.
 *
 * The cursor's field is found from the line being typed (`key: va|`, `key: [a, b|`, `- it|`, `ke|`), and its JSON
 * pointer from the parsed document. While a line is half typed the document may not parse around it, so for list
 * items and keys that line is blanked (with spaces, so offsets stay put) before the rest is read.
 */
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { parse as parseYaml } from 'yaml';
import { LineIndex } from '../load/line-index.js';
import { joinPointer } from '../load/source-map.js';
import { definedIds } from './defined-ids.js';
import { enumValues, keyReferenceAt, propertiesAt, referenceAt } from './schema-lookup.js';
import { YamlNodes } from './yaml-nodes.js';

// A value after `key:` on the cursor's line, in block (`key: va`) or flow (`{ a: 1, key: va`) style.
const VALUE_AFTER_KEY = /(^|[\s{,[-])([A-Za-z_$][\w$-]*)\s*:\s+["']?[\w./+-]*$/;
// An item of a flow sequence: `key: [a, b`.
const FLOW_ITEM = /(^|[\s{,-])([A-Za-z_$][\w$-]*)\s*:\s*\[[^\]]*?["']?[\w./+-]*$/;
// An item of a block sequence: `  - it`.
const BLOCK_ITEM = /^(\s*)-\s+["']?[\w./+-]*$/;
// A key being typed on a line of its own, perhaps as the first key of a new list item: `  ke`, `  - ke`.
const KEY = /^(\s*)((?:-\s+)?)[\w$-]*$/;
// A line that holds a key (after any `- `), and whether anything follows its colon.
const KEY_LINE = /^(\s*(?:-\s+)*)([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$/;

export function completionsAt(text: string, position: Position): CompletionItem[] {
  const lines = new LineIndex(text);
  const offset = lines.offset(position.line + 1, position.character + 1);
  const lineStart = offset - position.character;
  const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
  const before = text.slice(lineStart, offset);
  const word = /[\w./+-]*$/.exec(before)![0];
  const replace = { start: { line: position.line, character: position.character - word.length }, end: position };

  const value = VALUE_AFTER_KEY.exec(before);
  const flow = value ? undefined : FLOW_ITEM.exec(before);
  if (value || flow) {
    const match = (value ?? flow)!;
    const keyOffset = lineStart + match.index + match[1]!.length;
    const nodes = new YamlNodes(text);
    const entry = nodes.keyStartingAt(keyOffset);
    if (!entry) return [];
    return valueCompletions(flow ? joinPointer(entry.pointer, 0) : entry.pointer, nodes.data, replace);
  }

  // The rest need the lines above; the cursor's own line is blanked so that a half-typed entry does not spoil them.
  const blanked = text.slice(0, lineStart) + ' '.repeat(lineEnd - lineStart) + text.slice(lineEnd);
  const item = BLOCK_ITEM.exec(before);
  if (item) {
    const parent = parentKey(text, lineStart, item[1]!.length);
    const nodes = new YamlNodes(blanked);
    const entry = parent === undefined ? undefined : nodes.keyStartingAt(parent);
    const values = entry ? valueCompletions(joinPointer(entry.pointer, 0), nodes.data, replace) : [];
    // A list of mappings has no values to offer: the item's first key is being typed.
    if (values.length > 0) return values;
  }
  const key = KEY.exec(before);
  if (key && !text.slice(offset, lineEnd).includes(':')) {
    const column = key[1]!.length + key[2]!.length;
    const nodes = new YamlNodes(blanked);
    const mapping = mappingAt(text, nodes, lineStart, column, key[2] !== '');
    if (mapping === undefined) return [];
    return keyCompletions(mapping.pointer, nodes, mapping.existing, replace);
  }
  return [];
}

type Replace = { start: Position; end: Position };

function valueCompletions(pointer: string, data: unknown, range: Replace): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const value of enumValues(pointer)) {
    const label = String(value);
    items.set(label, { label, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: scalarText(value) } });
  }
  const reference = referenceAt(pointer);
  if (reference) {
    for (const { id, name } of definedIds(data, reference.kind)) {
      if (items.has(id)) continue;
      items.set(id, { label: id, kind: CompletionItemKind.Reference, detail: name ? `${reference.kind}: ${name}` : reference.kind, textEdit: { range, newText: scalarText(id) } });
    }
    if (reference.alsoUnstated && !items.has('unstated')) {
      items.set('unstated', { label: 'unstated', kind: CompletionItemKind.Keyword, detail: 'the document does not state the hours', textEdit: { range, newText: 'unstated' } });
    }
  }
  return [...items.values()];
}

function keyCompletions(pointer: string, nodes: YamlNodes, existing: ReadonlySet<string>, range: Replace): CompletionItem[] {
  const items: CompletionItem[] = [];
  const kind = keyReferenceAt(pointer);
  if (kind) {
    for (const { id, name } of definedIds(nodes.data, kind)) {
      if (existing.has(id)) continue;
      items.push({ label: id, kind: CompletionItemKind.Reference, detail: name ? `${kind}: ${name}` : kind, textEdit: { range, newText: `${scalarText(id)}: ` } });
    }
  }
  for (const { name, description } of propertiesAt(pointer)) {
    if (existing.has(name) || name === '$schema') continue;
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      ...(description && { documentation: { kind: 'markdown' as const, value: description } }),
      textEdit: { range, newText: `${name}: ` },
    });
  }
  return items;
}

/** A value as YAML writes it: bare when YAML reads it back as the same value, quoted otherwise. */
function scalarText(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  try {
    if (/^[\w$][\w$./+-]*$/.test(value) && parseYaml(value) === value) return value;
  } catch {
    // Not plain YAML: quoted below.
  }
  return JSON.stringify(value);
}

interface KeyLine {
  /** Offset of the key. */
  offset: number;
  /** Column of the key (after any `- `). */
  column: number;
  /** True when the line starts a list item (`- key:`). */
  item: boolean;
  /** True when nothing follows the colon: the key's value is on the lines below. */
  opens: boolean;
}

/** The lines above `lineStart`, nearest first, that hold a key. Blank and comment lines are skipped. */
function* keyLinesAbove(text: string, lineStart: number): Generator<KeyLine | { other: true; column: number }> {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const match = KEY_LINE.exec(line);
    if (!match) {
      yield { other: true, column: /^\s*(?:-\s+)*/.exec(line)![0].length };
      continue;
    }
    const rest = (match[3] ?? '').replace(/\s#.*$/, '').trim();
    yield { offset: start + match[1]!.length, column: match[1]!.length, item: match[1]!.includes('-'), opens: rest === '' };
  }
}

/** The offset of the key whose list the item at `column` belongs to: the nearest key above that opens a block. */
function parentKey(text: string, lineStart: number, column: number): number | undefined {
  for (const line of keyLinesAbove(text, lineStart)) {
    if ('other' in line) {
      if (line.column < column) return undefined;
      continue;
    }
    // `key:` then `- item` at the same indentation is valid YAML, as is the item indented further.
    if (line.opens && line.column <= column) return line.offset;
    if (line.column < column) return undefined;
  }
  return undefined;
}

/** The mapping a key typed at `column` goes into: its pointer and the keys it already has. */
function mappingAt(text: string, nodes: YamlNodes, lineStart: number, column: number, newItem: boolean): { pointer: string; existing: Set<string> } | undefined {
  if (column === 0 && !newItem) return { pointer: '', existing: new Set(nodes.keysOf('')) };
  for (const line of keyLinesAbove(text, lineStart)) {
    if ('other' in line) {
      if (line.column < column) return undefined;
      continue;
    }
    if (line.column === column && !newItem) {
      // A sibling: the mapping is its parent.
      const entry = nodes.keyStartingAt(line.offset);
      if (!entry) return undefined;
      const pointer = entry.pointer.slice(0, entry.pointer.lastIndexOf('/'));
      return { pointer, existing: new Set(nodes.keysOf(pointer)) };
    }
    if (line.column < column && line.opens) {
      // The key whose value is the block being written: a mapping, or a list of them for a new `- ` item.
      const entry = nodes.keyStartingAt(line.offset);
      if (!entry) return undefined;
      return newItem ? { pointer: joinPointer(entry.pointer, 0), existing: new Set() } : { pointer: entry.pointer, existing: new Set(nodes.keysOf(entry.pointer)) };
    }
    if (line.column < column) return undefined;
  }
  return column === 0 ? { pointer: '', existing: new Set(nodes.keysOf('')) } : undefined;
}

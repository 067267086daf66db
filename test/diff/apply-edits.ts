/**
 * Applies the edits of a pair in test/diff/pairs.yaml to an agreement's YAML text and returns the new text. The
 * document is edited as a YAML document (comments, order and styles of everything else are kept), so the diff sees
 * exactly the change the pair describes.
 *
 * Edits, applied in order; pointers are JSON pointers into the document as it is after the previous edits:
 *   { set: /pointer, value: v }     replace the value (or create the last key of an existing map)
 *   { delete: /pointer }            remove a map key or a list item (later items move up)
 *   { add: /list/-, value: v }      append to a list; { add: /list/2, value: v } inserts before item 2;
 *                                   { add: /map/key, value: v } creates a key that must not exist yet
 *   { move: /list/0, to: 3 }        take a list item out and put it back at index `to` (reordering)
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

export type Edit =
  | { set: string; value: unknown }
  | { delete: string }
  | { add: string; value: unknown }
  | { move: string; to: number };

/** Decodes a JSON pointer into its raw segments (`~1` → `/`, `~0` → `~`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Turns pointer segments into a `yaml` path, checking each step exists: a segment under a list is an index (or
 * `-`, kept as is for the caller), a segment under a map is a key.
 */
function toPath(doc: Document, pointer: string, { lastMayBeNew }: { lastMayBeNew: boolean }): (string | number)[] {
  const segments = pointerSegments(pointer);
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (isSeq(node)) {
      if (segment === '-' && last) {
        path.push('-');
        node = undefined;
        return;
      }
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) throw new Error(`${pointer}: "${segment}" is not a list index`);
      const index = Number(segment);
      if (index >= node.items.length && !(last && lastMayBeNew && index === node.items.length)) {
        throw new Error(`${pointer}: index ${index} is past the end of a list of ${node.items.length}`);
      }
      path.push(index);
      node = node.items[index];
    } else if (isMap(node)) {
      if (!node.has(segment) && !(last && lastMayBeNew)) throw new Error(`${pointer}: no key "${segment}"`);
      path.push(segment);
      node = node.get(segment, true);
    } else {
      throw new Error(`${pointer}: "${segment}" goes below a scalar or a missing node`);
    }
  });
  return path;
}

export function applyEditsToDocument(doc: Document, edits: readonly Edit[]): void {
  for (const edit of edits) {
    if ('set' in edit) {
      const path = toPath(doc, edit.set, { lastMayBeNew: true });
      if (path.length === 0) throw new Error('set: the root cannot be replaced');
      doc.setIn(path, doc.createNode(edit.value));
    } else if ('delete' in edit) {
      const path = toPath(doc, edit.delete, { lastMayBeNew: false });
      if (path.length === 0) throw new Error('delete: the root cannot be deleted');
      if (!doc.deleteIn(path)) throw new Error(`delete ${edit.delete}: nothing was deleted`);
    } else if ('add' in edit) {
      const path = toPath(doc, edit.add, { lastMayBeNew: true });
      const last = path.at(-1);
      const parentPath = path.slice(0, -1);
      const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
      if (last === '-') {
        if (!isSeq(parent)) throw new Error(`add ${edit.add}: "-" appends to a list only`);
        doc.addIn(parentPath, doc.createNode(edit.value));
      } else if (typeof last === 'number' && isSeq(parent)) {
        parent.items.splice(last, 0, doc.createNode(edit.value));
      } else if (typeof last === 'string' && isMap(parent)) {
        if (parent.has(last)) throw new Error(`add ${edit.add}: the key exists already (use set)`);
        parent.set(last, doc.createNode(edit.value));
      } else {
        throw new Error(`add ${edit.add}: cannot add here`);
      }
    } else if ('move' in edit) {
      const path = toPath(doc, edit.move, { lastMayBeNew: false });
      const index = path.at(-1);
      const parentPath = path.slice(0, -1);
      const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
      if (!isSeq(parent) || typeof index !== 'number') throw new Error(`move ${edit.move}: only list items move`);
      if (!Number.isInteger(edit.to) || edit.to < 0 || edit.to >= parent.items.length) throw new Error(`move ${edit.move}: bad target index ${edit.to}`);
      const [item] = parent.items.splice(index, 1);
      parent.items.splice(edit.to, 0, item);
    } else {
      throw new Error(`unknown edit: ${JSON.stringify(edit)}`);
    }
  }
}

/** The base text with `edits` applied. Throws when the base does not parse or an edit does not apply. */
export function applyEdits(baseText: string, edits: readonly Edit[]): string {
  const doc = parseDocument(baseText, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new Error(`base does not parse: ${doc.errors[0]?.message}`);
  applyEditsToDocument(doc, edits);
  // Flow collections come out as `[ a, b ]` and `{ a: 1 }` (the yaml default): whitespace only, no line moves.
  return doc.toString({ lineWidth: 0 });
}

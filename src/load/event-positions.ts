/**
 * Positions for a text read on the fast route, from the offsets js-yaml's parser events already carry, so most
 * messages need no second parse. The ranges are the ones `yaml` gives (test/load/fast-path.test.ts compares every
 * pointer): keys, scalar values and collections are computed here. Only an empty value (`key:` with nothing after
 * it) and a collection ending in one ask `yaml` (once per file) when first read.
 */
import { COLLECTION_STYLE, CORE_SCHEMA, EVENT_ID, getScalarValue, load as loadWithJsYaml, SCALAR_STYLE, type Event, type MappingEvent, type ScalarEvent, type SequenceEvent } from 'js-yaml';
import type { SourceRange } from '../diagnostics.js';
import { LineIndex } from './line-index.js';
import { joinPointer, type NodeLocation, type SourceMap } from './source-map.js';

const BLOCK_HEADER = /[|>][-+1-9]*(?:[ \t]+#.*)?[ \t]*\r?$/;

/**
 * Where `yaml` says a scalar is written: quotes and block headers included, trailing blank lines of a block not.
 * `after` is where the scalar's key ends when it is a mapping value: a block header is looked for after it, so a
 * quoted key holding `| #` on the header's line is not taken for the header.
 */
function scalarSpan(text: string, event: ScalarEvent, after = 0): [number, number] | undefined {
  const { valueStart: start, valueEnd: end } = event;
  if (start < 0) return undefined;
  switch (event.style) {
    case SCALAR_STYLE.PLAIN:
      return [start, end];
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return [start - 1, end + 1];
    default: {
      const headerLineEnd = text.lastIndexOf('\n', start - 1);
      const headerLineStart = Math.max(text.lastIndexOf('\n', headerLineEnd - 1) + 1, Math.min(after, headerLineEnd));
      const header = BLOCK_HEADER.exec(text.slice(headerLineStart, headerLineEnd));
      if (!header) return undefined;
      let contentEnd = end;
      if (!/^[|>][1-9]?\+/.test(header[0])) {
        // Clip and strip chomping: `yaml` ends the range after the last line with content.
        while (contentEnd > start && text[contentEnd - 1] === '\n') {
          const lineStart = text.lastIndexOf('\n', contentEnd - 2) + 1;
          if (lineStart < start || !/^[ \t]*\r?$/.test(text.slice(lineStart, contentEnd - 1))) break;
          contentEnd = lineStart;
        }
      }
      return [headerLineStart + header.index, contentEnd];
    }
  }
}

/** Where a collection is written: from its start to its last value (block) or its closing bracket (flow). */
function collectionSpan(text: string, event: SequenceEvent | MappingEvent, last: readonly [number, number] | undefined): [number, number] | undefined {
  if (event.start < 0) return undefined;
  if (event.style !== COLLECTION_STYLE.FLOW) return last ? [event.start, last[1]] : undefined;
  // Flow collections reach the fast route only on one line; the closing bracket follows the last item, a comma
  // and spaces at most.
  const close = event.type === EVENT_ID.SEQUENCE ? ']' : '}';
  let at = last ? last[1] : event.start + 1;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === ',')) at++;
  return text[at] === close ? [event.start, at + 1] : undefined;
}

/**
 * Records the key and value ranges of every node; `lazyValue(pointer)` supplies the value range of an empty value
 * (or a collection ending in one) when it is first read.
 */
export function mapEventPositions(text: string, events: readonly Event[], data: unknown, map: SourceMap, lazyValue: (pointer: string) => SourceRange): void {
  const lines = new LineIndex(text);
  let index = 0;
  const lazy = (pointer: string, key?: SourceRange): NodeLocation => {
    const location = (key ? { key } : {}) as NodeLocation;
    let value: SourceRange | undefined;
    Object.defineProperty(location, 'value', { enumerable: true, get: () => (value ??= lazyValue(pointer)) });
    return location;
  };
  const record = (pointer: string, key: SourceRange | undefined, span: readonly [number, number] | undefined): void => {
    map.set(pointer, span ? { ...(key && { key }), value: lines.range(span[0], span[1]) } : lazy(pointer, key));
  };
  const skip = (): void => {
    let depth = 0;
    do {
      const event = events[index++]!;
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) depth++;
      else if (event.type === EVENT_ID.POP) depth--;
    } while (depth > 0);
  };
  const keyName = (event: ScalarEvent, container: object): string => {
    const written = getScalarValue(text, event);
    if (event.style !== SCALAR_STYLE.PLAIN || Object.hasOwn(container, written)) return written;
    return String(loadWithJsYaml(written, { schema: CORE_SCHEMA })); // a plain key the core schema reads as a number or boolean
  };
  /** Returns the value's offsets, for the enclosing collection's end; undefined where `yaml` must say. */
  const visit = (pointer: string, key: SourceRange | undefined, value: unknown, keyEnd = 0): readonly [number, number] | undefined => {
    const event = events[index]!;
    index++;
    if (event.type === EVENT_ID.SCALAR) {
      const span = scalarSpan(text, event, keyEnd);
      record(pointer, key, span);
      return span;
    }
    let last: readonly [number, number] | undefined;
    if (event.type === EVENT_ID.SEQUENCE) {
      for (let item = 0; events[index]!.type !== EVENT_ID.POP; item++) last = visit(joinPointer(pointer, item), undefined, (value as unknown[])[item]);
    } else if (event.type === EVENT_ID.MAPPING) {
      while (events[index]!.type !== EVENT_ID.POP) {
        const keyEvent = events[index]!;
        const keySpan = keyEvent.type === EVENT_ID.SCALAR ? scalarSpan(text, keyEvent) : undefined;
        if (keyEvent.type !== EVENT_ID.SCALAR || !keySpan) {
          skip(); // a collection (or unplaceable) key: `yaml`'s map leaves these out too
          skip();
          last = undefined;
          continue;
        }
        index++;
        const name = keyName(keyEvent, value as object);
        last = visit(joinPointer(pointer, name), lines.range(keySpan[0], keySpan[1]), (value as Record<string, unknown>)[name], keySpan[1]);
      }
    }
    index++; // the POP closing the collection
    // The same ends as parse-yaml.ts's mapSource: a block collection's last value, a flow collection's bracket.
    const span = event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING ? collectionSpan(text, event, last) : undefined;
    record(pointer, key, span);
    return span;
  };
  while (index < events.length && events[index]!.type !== EVENT_ID.DOCUMENT) index++;
  index++;
  if (index < events.length) visit('', undefined, data);
}

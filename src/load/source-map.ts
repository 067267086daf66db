import type { SourceRange } from '../diagnostics.js';

/** Where one value of the document is written: its key (for mapping entries) and its value. */
export interface NodeLocation {
  key?: SourceRange;
  value: SourceRange;
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  const text = String(segment);
  // Most keys need no escape; a pointer is built for every node of every linted file.
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  let pointer = base;
  for (const segment of segments) pointer += `/${pointerSegment(segment)}`;
  return pointer;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Maps JSON pointers into a document to where they are written in the source text. */
export class SourceMap {
  readonly #locations = new Map<string, NodeLocation>();
  #fill: ((map: SourceMap) => void) | undefined;

  /**
   * `fill` records the locations when they are first asked for: most files are valid, and a valid file's
   * positions are never needed, so building the map eagerly would be wasted work.
   */
  constructor(fill?: (map: SourceMap) => void) {
    this.#fill = fill;
  }

  #ensure(): void {
    const fill = this.#fill;
    if (!fill) return;
    this.#fill = undefined;
    fill(this);
  }

  set(pointer: string, location: NodeLocation): void {
    if (!this.#locations.has(pointer)) this.#locations.set(pointer, location);
  }

  get(pointer: string): NodeLocation | undefined {
    this.#ensure();
    return this.#locations.get(pointer);
  }

  get size(): number {
    this.#ensure();
    return this.#locations.size;
  }

  /**
   * The range to show for a pointer: its key when `prefer` is 'key' and it has one, else its value.
   * A pointer that is not written (a missing field) falls back to the nearest written ancestor's key.
   */
  rangeOf(pointer: string, prefer: 'key' | 'value' = 'value'): SourceRange {
    this.#ensure();
    let current = pointer;
    let exact = true;
    for (;;) {
      const location = this.#locations.get(current);
      if (location) {
        if (!exact || prefer === 'key') return location.key ?? location.value;
        return location.value;
      }
      if (current === '') return { line: 1, column: 1, endLine: 1, endColumn: 1 };
      current = current.slice(0, current.lastIndexOf('/'));
      exact = false;
    }
  }
}

import type { SourceRange } from '../diagnostics.js';

/**
 * Offsets of the start of each line of a text, to turn offsets into line/column and back. Lines break at LF only
 * and columns count UTF-16 units from 1, as `yaml`'s LineCounter does, so positions agree with the parser's.
 */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.#starts.push(at + 1);
  }

  offset(line: number, column: number): number {
    return (this.#starts[line - 1] ?? 0) + column - 1;
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.#starts[low]! + 1 };
  }

  range(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

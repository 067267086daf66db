/**
 * Positions between the library and LSP. The library counts lines and columns from 1, columns in UTF-16 code units,
 * the end just past the last character; LSP counts both from 0 in UTF-16 units with an exclusive end. So the
 * conversion is a shift by one, with no re-encoding.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { SourceRange } from '../diagnostics.js';

export function toLspRange(range: SourceRange): Range {
  return {
    start: { line: Math.max(0, range.line - 1), character: Math.max(0, range.column - 1) },
    end: { line: Math.max(0, range.endLine - 1), character: Math.max(0, range.endColumn - 1) },
  };
}

/** True when the position is inside the range (both ends included, so a cursor just after a word counts). */
export function rangeContains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

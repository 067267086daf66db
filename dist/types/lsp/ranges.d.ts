/**
 * Positions between the library and LSP. The library counts lines and columns from 1, columns in UTF-16 code units,
 * the end just past the last character; LSP counts both from 0 in UTF-16 units with an exclusive end. So the
 * conversion is a shift by one, with no re-encoding.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { SourceRange } from '../diagnostics.js';
export declare function toLspRange(range: SourceRange): Range;
/** True when the position is inside the range (both ends included, so a cursor just after a word counts). */
export declare function rangeContains(range: Range, position: Position): boolean;

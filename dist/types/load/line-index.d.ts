import type { SourceRange } from '../diagnostics.js';
/**
 * Offsets of the start of each line of a text, to turn offsets into line/column and back. Lines break at LF only
 * and columns count UTF-16 units from 1, as `yaml`'s LineCounter does, so positions agree with the parser's.
 */
export declare class LineIndex {
    #private;
    constructor(text: string);
    offset(line: number, column: number): number;
    position(offset: number): {
        line: number;
        column: number;
    };
    range(start: number, end: number): SourceRange;
}

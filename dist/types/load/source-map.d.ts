import type { SourceRange } from '../diagnostics.js';
/** Where one value of the document is written: its key (for mapping entries) and its value. */
export interface NodeLocation {
    key?: SourceRange;
    value: SourceRange;
}
/** Escapes one JSON pointer segment (RFC 6901). */
export declare function pointerSegment(segment: string | number): string;
export declare function joinPointer(base: string, ...segments: (string | number)[]): string;
export declare function splitPointer(pointer: string): string[];
/** Maps JSON pointers into a document to where they are written in the source text. */
export declare class SourceMap {
    #private;
    /**
     * `fill` records the locations when they are first asked for: most files are valid, and a valid file's
     * positions are never needed, so building the map eagerly would be wasted work.
     */
    constructor(fill?: (map: SourceMap) => void);
    set(pointer: string, location: NodeLocation): void;
    get(pointer: string): NodeLocation | undefined;
    get size(): number;
    /**
     * The range to show for a pointer: its key when `prefer` is 'key' and it has one, else its value.
     * A pointer that is not written (a missing field) falls back to the nearest written ancestor's key.
     */
    rangeOf(pointer: string, prefer?: 'key' | 'value'): SourceRange;
}

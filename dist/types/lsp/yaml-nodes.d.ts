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
export declare class YamlNodes {
    readonly entries: readonly YamlEntry[];
    /** The document as plain data, as far as it could be read. */
    readonly data: unknown;
    constructor(text: string);
    /** The innermost entry whose key or value contains the offset, and whether the offset is on the key. */
    at(offset: number): {
        entry: YamlEntry;
        onKey: boolean;
    } | undefined;
    /** The entry whose key starts at this offset. */
    keyStartingAt(offset: number): YamlEntry | undefined;
    /** A scalar value that starts before `offset` and runs past it: inserting a line at `offset` would change its text. */
    scalarSpanning(offset: number): YamlEntry | undefined;
    /** The keys written directly in the mapping at `pointer`. */
    keysOf(pointer: string): string[];
}

import type { Diagnostic } from '../diagnostics.js';
export type ReadResult = {
    ok: true;
    text: string;
}
/** `operational` problems (missing file, no permission) mean the command could not do its job (exit 2). */
 | {
    ok: false;
    diagnostic: Diagnostic;
    operational: boolean;
};
/**
 * The checks of `decodeSource` that still apply to text already decoded (stdin given as a string, the library's
 * `{ text }` input): the size limit, in UTF-8 bytes, and NUL characters.
 */
export declare function checkSourceText(text: string, file: string, maxBytes: number): ReadResult;
/** Turns file bytes into text, refusing binary, non-UTF-8 and oversized input with a position and a fix. */
export declare function decodeSource(bytes: Uint8Array, file: string, maxBytes: number): ReadResult;
/** Reads a file as agreement text without reading more than the size limit allows. */
export declare function readSource(file: string, maxBytes: number): Promise<ReadResult>;

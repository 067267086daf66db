import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { Diagnostic, SourceRange } from '../diagnostics.js';

export type ReadResult =
  | { ok: true; text: string }
  /** `operational` problems (missing file, no permission) mean the command could not do its job (exit 2). */
  | { ok: false; diagnostic: Diagnostic; operational: boolean };

const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function problem(file: string, code: string, message: string, operational: boolean, range = FILE_START): ReadResult {
  return { ok: false, operational, diagnostic: { code, severity: 'error', message, pointer: '', range, file } };
}

function positionOf(bytes: Uint8Array, offset: number): SourceRange {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

function tooLarge(file: string, size: number, maxBytes: number): ReadResult {
  return problem(file, 'file-too-large', `the file is ${size.toLocaleString('en')} bytes, more than the ${maxBytes.toLocaleString('en')}-byte limit for an agreement; is this the right file? (raise the limit with --max-bytes)`, false);
}

function binary(file: string, range: SourceRange): ReadResult {
  return problem(file, 'binary-file', 'the file contains NUL bytes, so it is binary, not YAML text; is this the right file?', false, range);
}

/**
 * The checks of `decodeSource` that still apply to text already decoded (stdin given as a string, the library's
 * `{ text }` input): the size limit, in UTF-8 bytes, and NUL characters.
 */
export function checkSourceText(text: string, file: string, maxBytes: number): ReadResult {
  // A UTF-8 byte is at least one UTF-16 unit and at most three, so most texts need no exact count.
  if (text.length * 3 > maxBytes) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > maxBytes) return tooLarge(file, size, maxBytes);
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const before = new TextEncoder().encode(text.slice(0, nul));
    return binary(file, positionOf(before, before.length));
  }
  return { ok: true, text };
}

/** Turns file bytes into text, refusing binary, non-UTF-8 and oversized input with a position and a fix. */
export function decodeSource(bytes: Uint8Array, file: string, maxBytes: number): ReadResult {
  // Bytes from a stream stop soon after the limit (stdin): their count is a lower bound, and the message says so.
  if (bytes.length > maxBytes) {
    return problem(file, 'file-too-large', `the input is more than the ${maxBytes.toLocaleString('en')}-byte limit for an agreement (at least ${bytes.length.toLocaleString('en')} bytes arrived); is this the right file? (raise the limit with --max-bytes)`, false);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem(file, 'not-utf8', 'the file is encoded as UTF-16; save it as UTF-8', false);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return binary(file, positionOf(bytes, nul));
  // isUtf8 is native and fast; the byte-by-byte scan runs only to say where a bad file goes wrong.
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    return problem(file, 'not-utf8', `the file is not valid UTF-8 (byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} at offset ${invalid}); save it as UTF-8`, false, positionOf(bytes, invalid));
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Reads a file as agreement text without reading more than the size limit allows. */
export async function readSource(file: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, 'r');
    const stats = await handle.stat();
    if (stats.isDirectory()) return problem(file, 'read-error', 'this is a directory, not a file', true);
    if (stats.size > maxBytes) return tooLarge(file, stats.size, maxBytes);
    const bytes = await handle.readFile();
    return decodeSource(bytes, file, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'this is a directory, not a file' : (error as Error).message;
    return problem(file, 'read-error', `cannot read the file: ${reason}`, true);
  } finally {
    await handle?.close();
  }
}

import { pipeline, Readable } from 'node:stream';
import { DateTime, FixedOffsetZone, type Interval } from 'luxon';
import { OPENED_YEARS } from '../clock/due.js';
import { rememberingZone } from '../clock/zone-offsets.js';
import type { Agreement } from '../model/agreement.js';
import { didYouMean } from '../util/did-you-mean.js';
import { resolveColumns, type TicketField } from './columns.js';
import { CLOCK_YEARS_TEXT, inClockYears, parsePauses, parseTicketTime, parseTimeList, splitList } from './times.js';
import { shown } from '../util/shown.js';

/** One ticket from the export, with its values resolved against the agreement. */
export interface Ticket {
  /** Where it is in the export: the line of a CSV file (the header is line 1), or the 1-based item of a JSON array. */
  row: number;
  id: string;
  /** A severity level id of the agreement. */
  severity: string;
  /** A request type id of the agreement; absent when the export has no request type for it. */
  requestType?: string;
  /** The tier whose targets apply: the row's own, else `--tier`, else the agreement's. */
  tier: string;
  opened: DateTime;
  firstResponse?: DateTime;
  resolved?: DateTime;
  /** Periods the ticket waited on the client; their working time does not count against targets. */
  pauses: Interval[];
  effortHours?: number;
  /** Times updates were sent; undefined when the export has no update column. */
  updates?: DateTime[];
  /** True when the export's resolution says the ticket was closed as out of scope (see `outOfScope` in the options). */
  outOfScope?: true;
}

/** Why a row of the export was not used. Every row that is not a ticket is one of these; none is dropped silently. */
export type BadRowReason =
  | 'missing-value'
  | 'unknown-severity'
  | 'unknown-request-type'
  | 'unknown-tier'
  | 'unparseable-time'
  | 'response-before-opening'
  | 'resolved-before-opening'
  | 'bad-pause'
  | 'bad-effort'
  | 'wrong-field-count'
  | 'duplicate-ticket';

export interface BadRow {
  row: number;
  ticket?: string;
  reason: BadRowReason;
  message: string;
}

export interface TicketReadOptions {
  format?: 'csv' | 'json';
  /** Field → header, from `--columns`. */
  columns?: Partial<Record<TicketField, string>>;
  /** Export value (lower case) → severity id or name, from `--severity-map`. */
  severityMap?: Map<string, string>;
  /** Export value (lower case) → request type id or name, from `--type-map`. */
  requestTypeMap?: Map<string, string>;
  /** A luxon format for times that are not ISO 8601 or SQL style. */
  timeFormat?: string;
  /** The IANA zone for times without an offset. */
  zone: string;
  /** The tier for rows that do not name one (`--tier`); the agreement's tier by default. */
  tier?: string;
  /** The most tickets an export may have (default MAX_TICKET_ROWS); a longer one is refused before it fills memory. */
  maxRows?: number;
  /**
   * Resolution values that mean a ticket was closed as out of scope (`--out-of-scope`), compared without case, spaces
   * or punctuation; OUT_OF_SCOPE_RESOLUTIONS by default.
   */
  outOfScope?: readonly string[];
}

/**
 * The resolutions help desks close a request with when it is not support the agreement covers: Jira Service
 * Management's "Won't Do" and "Declined", and the words teams give their own resolutions. "Duplicate" and "Cannot
 * Reproduce" are not among them: those requests were in scope.
 */
export const OUT_OF_SCOPE_RESOLUTIONS: readonly string[] = ["Out of scope", "Won't Do", "Won't Fix", 'Declined', 'Rejected', 'Not supported', 'Not covered', 'Change order'];

/** A resolution as compared: lower case, letters and digits only (`Won't do` and `wont-do` are the same). */
const resolutionKey = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The most rows one report reads. The export is held in memory while it is read (about 4 KB a row at its peak),
 * so a longer one is refused with this limit in the message rather than exhausting the heap.
 */
export const MAX_TICKET_ROWS = 250_000;

function tooManyRows(maxRows: number): TicketExportError {
  return new TicketExportError(`the export has more than ${maxRows.toLocaleString('en')} tickets, the most one report reads; export a shorter period (a month or a quarter) and report on each`);
}

export interface TicketReadResult {
  tickets: Ticket[];
  badRows: BadRow[];
  /** Data rows in the export (tickets + bad rows). */
  rows: number;
  /** How many times had no offset and were read in `zone`. */
  timesWithoutOffset: number;
  zone: string;
  /** The header each field was read from. */
  columns: Partial<Record<TicketField, string>>;
  /** Whether the export has an update-times column (only then is the update cadence checked). */
  hasUpdates: boolean;
  /** Whether the export has a resolution column (only then are tickets closed as out of scope counted). */
  hasResolution?: boolean;
}

/** The export could not be read as a ticket list at all (not CSV/JSON, no header, a required column missing). */
export class TicketExportError extends Error {}

interface RawRow {
  row: number;
  values: (string | undefined)[];
  fieldCount?: number;
}

/** Looks values up by id, by name and (for severities) by level, without case; the `--…-map` mapping comes first. */
class Vocabulary {
  private readonly byKey = new Map<string, string>();
  constructor(
    private readonly entries: { id: string; names: (string | number | undefined)[] }[],
    private readonly mapping = new Map<string, string>(),
  ) {
    for (const { id, names } of entries) {
      for (const name of [id, ...names]) if (name !== undefined) this.byKey.set(String(name).toLowerCase(), id);
    }
  }
  resolve(value: string): string | undefined {
    const key = value.trim().toLowerCase();
    const mapped = this.mapping.get(key);
    if (mapped !== undefined) return this.byKey.get(mapped.toLowerCase());
    return this.byKey.get(key);
  }
  hint(value: string): string {
    const ids = this.entries.map((e) => e.id);
    const suggestion = didYouMean(value, ids);
    return suggestion ? `did you mean \`${suggestion}\`?` : `known: ${ids.join(', ')}`;
  }
}

/**
 * A ticket field as text: a value, or a list of values or of `{ start, end }` pauses. Anything nested deeper is not a
 * ticket field (and `String()` of a deeply nested list overflows the stack): it is refused with the ticket and field.
 */
function jsonCell(value: unknown, row: number, key: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const scalar = (v: unknown): string => {
    if (v === null || typeof v !== 'object') return String(v);
    if (!Array.isArray(v) && 'start' in v && 'end' in v && isScalar(v.start) && isScalar(v.end)) return `${String(v.start)}/${String(v.end)}`;
    throw new TicketExportError(`ticket ${row}, field \`${key}\`: a value nested inside another; a field is text, a number, or a list of them (or of { start, end } pauses)`);
  };
  return Array.isArray(value) ? value.map(scalar).join(';') : scalar(value);
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/**
 * Decodes an export's bytes as UTF-8 (a byte-order mark is dropped). Binary data and other encodings are refused
 * with the line where they start, since read as UTF-8 they would only give confusing rows.
 */
export function decodeTicketExport(bytes: Uint8Array): string {
  const lineOf = (offset: number) => bytes.subarray(0, offset).reduce((n, b) => n + Number(b === 0x0a), 1);
  const nul = bytes.indexOf(0);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new TicketExportError('the export is encoded as UTF-16; export or save it as UTF-8 (in Excel: "CSV UTF-8")');
  }
  if (nul !== -1) throw new TicketExportError(`the export contains NUL bytes (line ${lineOf(nul)}), so it is binary, not CSV or JSON; is this the right file?`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new TicketExportError(`the export is not valid UTF-8 (first at line ${line}); export or save it as UTF-8 (in Excel: "CSV UTF-8")`);
  }
}

const stamp = (time: DateTime) => time.toISO({ suppressMilliseconds: true, suppressSeconds: true });

/** Tells a JSON export from a CSV one by its first character. */
export function detectFormat(text: string): 'csv' | 'json' {
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}


// ------------------------------------------------------------------------------------------------ streaming

/** A ticket as the report's hot loop uses it: times in epoch milliseconds, pauses as [start, end] pairs. */
export interface TicketRecord {
  row: number;
  id: string;
  severity: string;
  requestType?: string;
  tier: string;
  opened: number;
  firstResponse?: number;
  resolved?: number;
  /** As the export lists them (not merged or sorted). */
  pauses: [number, number][];
  effortHours?: number;
  /** Sorted; undefined when the export has no update column (as far as it has been read, for JSON). */
  updates?: number[];
  /** Closed as out of scope, by its resolution. */
  outOfScope?: true;
}

/** One row of the export as it is read: a ticket, or a bad row with its reason. */
export type TicketItem = { ticket: TicketRecord; bad?: undefined } | { bad: BadRow; ticket?: undefined };

/** How far the reading has got; `totalBytes` when the caller knows the size of the export (a file). */
export interface TicketProgress {
  rows: number;
  bytes: number;
  totalBytes?: number;
  done: boolean;
}

export interface TicketStreamOptions extends TicketReadOptions {
  /** Called every `progressEvery` rows (default 10,000) and once when the export has been read. */
  onProgress?: (progress: TicketProgress) => void;
  progressEvery?: number;
  /** The size of the export in bytes, passed back in progress reports. */
  totalBytes?: number;
  /** Each piece of the decoded text as it is read, e.g. to hash the export (the PDF records its SHA-256). */
  onText?: (text: string) => void;
}

/** What a stream read, known once it has been read to the end. */
export interface TicketStreamSummary {
  /** Data rows in the export (tickets + bad rows). */
  rows: number;
  tickets: number;
  badRows: number;
  timesWithoutOffset: number;
  zone: string;
  columns: Partial<Record<TicketField, string>>;
  hasUpdates: boolean;
  /** Whether the export has a resolution column, so tickets closed as out of scope can be told apart. */
  hasResolution: boolean;
  /** The earliest and latest opening among the tickets (epoch milliseconds); undefined without tickets. */
  firstOpened?: number;
  lastOpened?: number;
}

/** The export as text or bytes, whole or in chunks (a file or stdin stream: `fs.createReadStream(file)`). */
export type TicketSource = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Decodes a stream of bytes as UTF-8 with the checks of decodeTicketExport (UTF-16, NUL bytes, invalid UTF-8,
 * each with its line), counting bytes for progress reports. Strings pass through.
 */
async function* decodedChunks(source: TicketSource, counted: { bytes: number }, onText?: (text: string) => void): AsyncGenerator<string> {
  if (onText) {
    for await (const text of decodedChunks(source, counted)) {
      onText(text);
      yield text;
    }
    return;
  }
  if (typeof source === 'string') {
    counted.bytes += source.length;
    yield source;
    return;
  }
  const chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> = source instanceof Uint8Array ? [source] : source;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  let first = true;
  const lineOf = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).reduce((n, b) => n + Number(b === 0x0a), lines);
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      counted.bytes += chunk.length;
      yield chunk;
      continue;
    }
    if (chunk.length === 0) continue;
    counted.bytes += chunk.length;
    if (first && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      throw new TicketExportError('the export is encoded as UTF-16; export or save it as UTF-8 (in Excel: "CSV UTF-8")');
    }
    first = false;
    const nul = chunk.indexOf(0);
    if (nul !== -1) throw new TicketExportError(`the export contains NUL bytes (line ${lineOf(chunk, nul)}), so it is binary, not CSV or JSON; is this the right file?`);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const loose = new TextDecoder('utf-8').decode(chunk);
      const line = lines + (loose.slice(0, Math.max(0, loose.indexOf('\uFFFD'))).match(/\n/g)?.length ?? 0);
      throw new TicketExportError(`the export is not valid UTF-8 (first at line ${line}); export or save it as UTF-8 (in Excel: "CSV UTF-8")`);
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new TicketExportError(`the export is not valid UTF-8 (first at line ${lines}); export or save it as UTF-8 (in Excel: "CSV UTF-8")`);
  }
}

/** A raw row: the fields of a CSV record, or one item of a JSON export. */
type SourceRow = { row: number; values: string[]; fieldCount?: number; item?: undefined } | { row: number; item: unknown; values?: undefined };

/** Records of a CSV export through csv-parse's streaming API: the header first, then each record with its line. */
async function* csvRecords(chunks: AsyncIterator<string>, head: string): AsyncGenerator<SourceRow> {
  const { parse } = await import('csv-parse');
  // The delimiter is told from the first line: Excel in much of Europe writes `;`, a tab-separated export has tabs.
  let buffered = head;
  while (!buffered.includes('\n')) {
    const next = await chunks.next();
    if (next.done) break;
    buffered += next.value;
  }
  const firstLine = buffered.slice(0, buffered.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
  async function* text() {
    yield buffered;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  const parser = parse({ delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  pipeline(Readable.from(text(), { objectMode: false }), parser, () => {});
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // info.lines is the last line of the record; a quoted field may span lines, so count back to its first.
      let spanned = 0;
      for (const field of record) if (field.includes('\n')) spanned += field.match(/\n/g)!.length;
      yield { row: info.lines - spanned, values: record };
    }
  } catch (error) {
    if (error instanceof TicketExportError) throw error;
    throw new TicketExportError(`not a readable CSV file: ${(error as Error).message}`);
  } finally {
    parser.destroy();
  }
}

/** A JSON.parse message with its position as line and column, counted from where `text` starts in the export. */
function jsonErrorAt(message: string, text: string, line: number, column: number): string {
  const match = / (?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  // Some messages quote the text instead of a position: then the item's own place is given.
  if (!match) return `${message} (in the item at line ${line}, column ${column})`;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const at = newlines === 0 ? { line, column: column + offset } : { line: line + newlines, column: offset - before.lastIndexOf('\n') };
  return message.replace(match[0], ` at line ${at.line}, column ${at.column}`);
}

function parseJsonAt(text: string, line: number, column: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TicketExportError(`not readable JSON: ${jsonErrorAt((error as Error).message, text, line, column)}`);
  }
}

const NOT_A_LIST = 'a JSON export must be an array of tickets, or an object with a `tickets` array';

/**
 * The items of a JSON export, one at a time: JSON Lines (one object a line), an array of tickets, or an object
 * with a `tickets` array. For the two last a small scanner finds where each item starts and ends (it follows only
 * strings, escapes and brackets) and JSON.parse reads the item, so every item is checked as strictly as a whole
 * file was, and only one item is in memory at a time.
 *
 * Why not a streaming JSON library: @streamparser/json (small, no dependencies, maintained) and stream-json (with
 * stream-chain) build every value token by token in JavaScript, several times slower than JSON.parse of the
 * item, and stream-json adds object-mode streams per token; an export's structure is one list of flat objects,
 * which only needs its item boundaries found.
 */
async function* jsonItems(chunks: AsyncIterator<string>, head: string): AsyncGenerator<{ row: number; item: unknown }> {
  let buffered = head;
  // JSON Lines: the first line is a whole object (and not the `{ tickets: [...] }` object on one line).
  const start = buffered.search(/[^\s\uFEFF]/);
  if (buffered[start] === '{') {
    while (!buffered.includes('\n', start)) {
      const next = await chunks.next();
      if (next.done) break;
      buffered += next.value;
    }
    const end = buffered.indexOf('\n', start);
    let first: unknown;
    try {
      first = JSON.parse(buffered.slice(start, end === -1 ? undefined : end));
    } catch {
      first = undefined;
    }
    if (first && typeof first === 'object' && !Array.isArray(first) && !Array.isArray((first as { tickets?: unknown }).tickets)) {
      yield* jsonLines(chunks, buffered);
      return;
    }
  }
  yield* jsonListItems(chunks, buffered);
}

async function* jsonLines(chunks: AsyncIterator<string>, head: string): AsyncGenerator<{ row: number; item: unknown }> {
  let pending = head.replace(/^\uFEFF/, '');
  let line = 0;
  const emit = function* (text: string) {
    line++;
    const content = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (content.trim() === '') return;
    yield { row: line, item: parseJsonAt(content, line, 1) };
  };
  for (;;) {
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      yield* emit(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    const next = await chunks.next();
    if (next.done) break;
    pending += next.value;
  }
  if (pending !== '') yield* emit(pending);
}

async function* jsonListItems(chunks: AsyncIterator<string>, head: string): AsyncGenerator<{ row: number; item: unknown }> {
  const WS = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** The depth inside the ticket list's brackets, once found. */
  let listDepth = 0;
  let listDone = false;
  let wrapper = false;
  /** In the wrapper object at depth 1: the key just read, and whether a key is expected next. */
  let key: string | undefined;
  let keyText: string | undefined;
  let expectKey = false;
  let afterSeparator = false;
  let item: string | undefined;
  let itemStart = -1;
  let itemLine = 0;
  let itemColumn = 0;
  let row = 0;
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  let started = false;
  let text = head;
  const fail = (what: string, at: number) => new TicketExportError(`not readable JSON: ${what} at line ${line}, column ${offset + at - lineStart + 1}`);
  for (;;) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        lineStart = offset + i + 1;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) {
          inString = false;
          if (keyText !== undefined) {
            keyText += text.slice(Math.max(0, itemStart), i + 1);
            key = keyText.length <= 1000 ? (parseJsonAt(keyText, line, 1) as string) : '';
            keyText = undefined;
            itemStart = -1;
          }
        }
        continue;
      }
      const inList = listDepth > 0 && !listDone;
      if (inList && depth === listDepth && item === undefined) {
        // Between items: whitespace, a comma, the end of the list, or the start of an item.
        if (WS(c)) continue;
        if (c === 0x2c /* , */) {
          if (afterSeparator || row === 0) throw fail("Unexpected token ','", i);
          afterSeparator = true;
          continue;
        }
        if (c === 0x5d /* ] */) {
          if (afterSeparator) throw fail("Unexpected token ']'", i);
          listDone = true;
          depth--;
          continue;
        }
        if (row > 0 && !afterSeparator) throw fail(`Unexpected token '${text[i]}'`, i);
        afterSeparator = false;
        item = '';
        itemStart = i;
        itemLine = line;
        itemColumn = offset + i - lineStart + 1;
      }
      if (item !== undefined && depth === listDepth && (c === 0x2c || c === 0x5d)) {
        // The end of an item: the separator or the end of the list, outside any string or bracket.
        const itemText = (item + text.slice(itemStart, i)).trimEnd();
        item = undefined;
        itemStart = -1;
        row++;
        yield { row, item: parseJsonAt(itemText, itemLine, itemColumn) };
        i--; // the separator is read again, between items
        continue;
      }
      if (started && depth === 0) {
        if (!WS(c)) throw fail('Unexpected non-whitespace character after JSON', i);
        continue;
      }
      if (c === 0x22) {
        inString = true;
        if (wrapper && depth === 1 && expectKey) {
          keyText = '';
          itemStart = i;
          expectKey = false;
        }
        continue;
      }
      if (!started) {
        if (WS(c)) continue;
        started = true;
        if (c === 0x5b) listDepth = 1;
        else if (c === 0x7b) (wrapper = true), (expectKey = true);
        else throw new TicketExportError(NOT_A_LIST);
        depth = 1;
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        depth++;
        if (wrapper && depth === 2 && c === 0x5b && key === 'tickets' && listDepth === 0) listDepth = 2;
      } else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth < 0) throw fail(`Unexpected token '${text[i]}'`, i);
      } else if (wrapper && depth === 1 && c === 0x2c) {
        expectKey = true;
        key = undefined;
      }
    }
    if (item !== undefined) item += text.slice(itemStart);
    else if (keyText !== undefined) keyText += text.slice(Math.max(0, itemStart));
    itemStart = 0;
    offset += text.length;
    const next = await chunks.next();
    if (next.done) break;
    text = next.value;
  }
  if (!started) throw new TicketExportError('the export is empty; expected a JSON array of tickets');
  if (depth > 0 || inString) throw new TicketExportError(`not readable JSON: Unexpected end of JSON input at line ${line}, column ${offset - lineStart + 1}`);
  if (listDepth === 0) throw new TicketExportError(NOT_A_LIST);
}

/** The first characters of a stream, up to its first non-blank one, and the rest of the stream. */
async function firstNonBlank(chunks: AsyncIterator<string>): Promise<string> {
  let head = '';
  while (!/[^\s\uFEFF]/.test(head)) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  return head;
}

/** Epoch milliseconds of a time the report read, with what is needed to show it as the export wrote it. */
interface ReadTime {
  ms: number;
  /** The offset written (minutes); undefined when the time had none and was read in the zone. */
  offset?: number;
  year: number;
  /** The luxon DateTime when one was made (the slow path, or a ticket for readTickets). */
  time?: DateTime;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const two = (text: string, i: number) => {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The common ISO 8601 forms help desks export, with an offset (`2027-03-03T10:15Z`, `2027-03-03T10:15:00+01:00`),
 * read without luxon: the same instant and year luxon reads. Anything else (no offset, fractions of a second,
 * other layouts, a date that does not exist) is left to luxon, which decides.
 */
function fastIsoTime(value: string): ReadTime | undefined {
  const n = value.length;
  if (n !== 17 && n !== 20 && n !== 22 && n !== 25) return undefined;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':') return undefined;
  const century = two(value, 0);
  const yy = two(value, 2);
  const month = two(value, 5);
  const day = two(value, 8);
  const hour = two(value, 11);
  const minute = two(value, 14);
  if (century < 10 || yy < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  const year = century * 100 + yy;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1]! + Number(leap)) return undefined;
  let second = 0;
  let at = 16;
  if (n === 20 || n === 25) {
    if (value[16] !== ':') return undefined;
    second = two(value, 17);
    if (second < 0 || second > 59) return undefined;
    at = 19;
  }
  let offset = 0;
  if (n - at === 1) {
    if (value[at] !== 'Z') return undefined;
  } else {
    const sign = value[at] === '+' ? 1 : value[at] === '-' ? -1 : 0;
    const oh = two(value, at + 1);
    const om = two(value, at + 4);
    if (sign === 0 || value[at + 3] !== ':' || oh < 0 || oh > 14 || om < 0 || om > 59) return undefined;
    offset = sign * (oh * 60 + om);
  }
  return { ms: Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000, offset, year };
}

function dateTimeOf(time: ReadTime, zone: string): DateTime {
  return time.time ?? DateTime.fromMillis(time.ms, { zone: time.offset === undefined ? rememberingZone(zone) : FixedOffsetZone.instance(time.offset) });
}

/**
 * Reads an export as a stream of tickets and bad rows, in the order of the export, holding one row at a time:
 * CSV through csv-parse's streaming API, JSON Lines line by line, a JSON array (or `{ tickets: [...] }`) item by
 * item. Iterate it once; `summary()` then tells the rows, counts and columns. Throws TicketExportError (while
 * iterating) when the export as a whole cannot be read: then the rows read so far do not make a report.
 *
 * JSON items may leave out keys: the columns are the keys met so far, found again when an item brings a new one;
 * a required column still missing at the end refuses the export, as a CSV header without it does.
 */
export class TicketStream implements AsyncIterable<TicketItem> {
  private result: TicketStreamSummary | undefined;
  private used = false;
  constructor(
    private readonly source: TicketSource,
    private readonly agreement: Agreement,
    private readonly options: TicketStreamOptions,
    /** Also make the luxon Ticket of each row (readTickets). */
    private readonly withTickets = false,
    private readonly onTicket?: (ticket: Ticket) => void,
  ) {}

  private updateColumn: boolean | undefined;
  /**
   * Whether the export has an update-times column: known from a CSV header; for JSON true once an item names
   * one, undefined until then (a later item may).
   */
  get hasUpdates(): boolean | undefined {
    return this.updateColumn;
  }

  /** The counts and columns, once the stream has been read to the end. */
  summary(): TicketStreamSummary {
    if (!this.result) throw new Error('TicketStream.summary(): read the stream to its end first');
    return this.result;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TicketItem> {
    if (this.used) throw new Error('a TicketStream can be read once');
    this.used = true;
    const { agreement, options } = this;
    const maxRows = options.maxRows ?? Infinity;
    if (maxRows !== Infinity && (!Number.isInteger(maxRows) || maxRows < 1)) throw new RangeError(`readTickets: maxRows must be a positive integer, got ${String(options.maxRows)}`);
    if (options.outOfScope !== undefined && !(Array.isArray(options.outOfScope) && options.outOfScope.every((v) => typeof v === 'string'))) {
      throw new TypeError('streamTickets: outOfScope must be a list of resolution values (strings)');
    }
    const counted = { bytes: 0 };
    const chunks = decodedChunks(this.source, counted, options.onText)[Symbol.asyncIterator]();
    const head = await firstNonBlank(chunks);
    const format = options.format ?? detectFormat(head);
    const rows: AsyncIterable<SourceRow> = format === 'json' ? jsonItems(chunks, head) : csvRecords(chunks, head);

    const { zone, timeFormat } = options;
    const severities = new Vocabulary(agreement.severityLevels.map((s) => ({ id: s.id, names: [s.name, s.level] })), options.severityMap);
    const requestTypes = new Vocabulary((agreement.requestTypes ?? []).map((t) => ({ id: t.id, names: [t.name] })), options.requestTypeMap);
    const tiers = new Vocabulary(agreement.tiers.map((t) => ({ id: t.id, names: [t.name] })));
    const firstRowOf = new TicketIds();
    const defaultTier = options.tier ?? agreement.serviceTier;
    const outOfScope = new Set((options.outOfScope ?? OUT_OF_SCOPE_RESOLUTIONS).map(resolutionKey));
    const every = options.progressEvery ?? 10_000;
    let timesWithoutOffset = 0;
    let count = 0;
    let ticketCount = 0;
    let badCount = 0;
    let firstOpened = Infinity;
    let lastOpened = -Infinity;

    let headers: string[] = [];
    let indexes: Partial<Record<TicketField, number>> = {};
    let problems: string[] = [];
    const seen = new Set<string>();
    const resolve = () => {
      ({ indexes, problems } = resolveColumns(headers, options.columns));
      this.updateColumn = indexes.updates !== undefined ? true : format === 'json' ? undefined : false;
    };
    let csvWidth = -1;

    const progress = (done: boolean) => options.onProgress?.({ rows: count, bytes: counted.bytes, ...(options.totalBytes !== undefined && { totalBytes: options.totalBytes }), done });

    for await (const source of rows) {
      let raw: RawRow;
      if (source.values) {
        if (csvWidth === -1) {
          headers = source.values;
          csvWidth = headers.length;
          resolve();
          if (problems.length > 0) throw new TicketExportError(problems.join('; '));
          continue;
        }
        raw = { row: source.row, values: source.values, ...(source.values.length !== csvWidth && { fieldCount: source.values.length }) };
      } else {
        const { item, row } = source;
        const object = item && typeof item === 'object' ? (item as Record<string, unknown>) : undefined;
        if (object) {
          let added = false;
          for (const key of Object.keys(object)) if (!seen.has(key)) (seen.add(key), headers.push(key), (added = true));
          if (added) resolve();
        }
        raw = { row, values: headers.map((key) => (object ? jsonCell(object[key], row, key) : undefined)) };
      }
      count++;
      if (count > maxRows) throw tooManyRows(maxRows);
      const read = this.resolveRow(raw, headers, indexes, severities, requestTypes, tiers, firstRowOf, defaultTier, zone, timeFormat, outOfScope);
      if ('reason' in read) {
        badCount++;
        yield { bad: read };
      } else {
        ticketCount++;
        timesWithoutOffset += read.withoutOffset;
        if (read.record.opened < firstOpened) firstOpened = read.record.opened;
        if (read.record.opened > lastOpened) lastOpened = read.record.opened;
        if (read.ticket) this.onTicket?.(read.ticket);
        yield { ticket: read.record };
      }
      if (count % every === 0) progress(false);
    }
    if (csvWidth === -1 && format !== 'json') throw new TicketExportError('the export is empty; expected a header row and one row per ticket');
    if (format === 'json' && problems.length + Number(headers.length === 0) > 0) throw new TicketExportError(resolveColumns(headers, options.columns).problems.join('; '));
    progress(true);
    const columns: Partial<Record<TicketField, string>> = {};
    for (const [field, index] of Object.entries(indexes)) columns[field as TicketField] = headers[index]!;
    this.result = {
      rows: count, tickets: ticketCount, badRows: badCount, timesWithoutOffset, zone, columns, hasUpdates: indexes.updates !== undefined,
      hasResolution: indexes.resolution !== undefined,
      ...(ticketCount > 0 && { firstOpened, lastOpened }),
    };
  }

  private resolveRow(
    raw: RawRow, headers: string[], indexes: Partial<Record<TicketField, number>>, severities: Vocabulary, requestTypes: Vocabulary, tiers: Vocabulary,
    firstRowOf: TicketIds, defaultTier: string | undefined, zone: string, timeFormat: string | undefined, outOfScope: ReadonlySet<string>,
  ): BadRow | { record: TicketRecord; ticket?: Ticket; withoutOffset: number } {
    const cell = (field: TicketField): string => {
      const index = indexes[field];
      return index === undefined ? '' : (raw.values[index] ?? '').trim();
    };
    const label = (field: TicketField) => headers[indexes[field]!] ?? field;
    const id = cell('id');
    const bad = (reason: BadRowReason, message: string): BadRow => ({ row: raw.row, ...(id && { ticket: id }), reason, message });
    if (raw.fieldCount !== undefined) return bad('wrong-field-count', `${raw.fieldCount} fields where the header has ${headers.length}`);
    if (!id) return bad('missing-value', `no ticket id in \`${label('id')}\``);
    const previous = firstRowOf.firstRow(id, raw.row);
    if (previous !== undefined) return bad('duplicate-ticket', `ticket ${id} appears again (first at row ${previous})`);

    const severityText = cell('severity');
    const severity = severityText ? severities.resolve(severityText) : undefined;
    if (!severity) {
      return bad('unknown-severity', severityText ? `unknown severity \`${shown(severityText)}\`; ${severities.hint(severityText)} (map export values with --severity-map)` : `no severity in \`${label('severity')}\``);
    }
    const typeText = cell('requestType');
    const requestType = typeText ? requestTypes.resolve(typeText) : undefined;
    if (typeText && !requestType) return bad('unknown-request-type', `unknown request type \`${shown(typeText)}\`; ${requestTypes.hint(typeText)} (map export values with --type-map)`);
    const tierText = cell('tier');
    const tier = tierText ? tiers.resolve(tierText) : defaultTier;
    if (!tier) return bad('unknown-tier', `unknown tier \`${shown(tierText)}\`; ${tiers.hint(tierText)}`);
    // A severity the tier does not cover is still a ticket: the report counts it under "no target".

    let withoutOffset = 0;
    let problem: BadRow | undefined;
    const time = (field: TicketField, required: boolean): ReadTime | undefined | false => {
      const text = cell(field);
      if (!text) {
        if (required) problem = bad('missing-value', `no time in \`${label(field)}\``);
        return required ? false : undefined;
      }
      const fast = fastIsoTime(text);
      let read: ReadTime;
      if (fast) read = fast;
      else {
        const parsed = parseTicketTime(text, zone, timeFormat);
        if (!parsed) {
          problem = bad('unparseable-time', `cannot read \`${shown(text)}\` in \`${label(field)}\` as a time; use ISO 8601 (2027-03-03T10:15+01:00) or give --time-format`);
          return false;
        }
        withoutOffset += Number(!parsed.hadOffset);
        read = { ms: parsed.time.toMillis(), ...(parsed.hadOffset && { offset: parsed.time.offset }), year: parsed.time.year, time: parsed.time };
      }
      if (read.year < OPENED_YEARS.first || read.year > OPENED_YEARS.last) {
        problem = bad('unparseable-time', `\`${shown(text)}\` in \`${label(field)}\` is in the year ${read.year}; ticket times run from ${CLOCK_YEARS_TEXT}`);
        return false;
      }
      return read;
    };
    const opened = time('opened', true);
    if (opened === false || opened === undefined) return problem!;
    let firstResponse = time('firstResponse', false);
    if (firstResponse === false) return problem!;
    const waitedText = cell('firstResponseMinutes');
    if (!firstResponse && waitedText) {
      const waited = Number(waitedText.replace(',', '.'));
      if (!Number.isFinite(waited)) return bad('unparseable-time', `cannot read \`${shown(waitedText)}\` in \`${label('firstResponseMinutes')}\` as minutes`);
      const answered = dateTimeOf(opened, zone).plus({ minutes: waited });
      if (!inClockYears(answered)) return bad('unparseable-time', `\`${shown(waitedText)}\` in \`${label('firstResponseMinutes')}\` is a first response outside the years ${CLOCK_YEARS_TEXT}`);
      firstResponse = { ms: answered.toMillis(), ...(opened.offset !== undefined && { offset: opened.offset }), year: answered.year, time: answered };
    }
    const resolved = time('resolved', false);
    if (resolved === false) return problem!;
    if (firstResponse && firstResponse.ms < opened.ms) {
      return bad('response-before-opening', `first response ${stamp(dateTimeOf(firstResponse, zone))} is before the ticket was opened (${stamp(dateTimeOf(opened, zone))})`);
    }
    if (resolved && resolved.ms < opened.ms) {
      return bad('resolved-before-opening', `resolved ${stamp(dateTimeOf(resolved, zone))} is before the ticket was opened (${stamp(dateTimeOf(opened, zone))})`);
    }
    const pausesText = cell('pauses');
    // ISO times with an offset are read without luxon; anything else (and a luxon Ticket) goes through times.ts.
    const fastPauses = pausesText && !this.withTickets ? fastPauseList(pausesText) : undefined;
    const pauses = fastPauses ?? (pausesText ? parsePauses(pausesText, zone, timeFormat) : NO_PAUSES);
    if (!pauses.ok) return bad('bad-pause', pauses.reason);
    const updatesText = indexes.updates === undefined ? undefined : cell('updates');
    const fastUpdates = updatesText !== undefined && !this.withTickets ? fastTimeList(updatesText) : undefined;
    const updates = fastUpdates ?? (updatesText === undefined ? undefined : parseTimeList(updatesText, zone, timeFormat));
    if (updates && !updates.ok) return bad('unparseable-time', updates.reason);
    const effortText = cell('effortHours');
    const effortHours = effortText ? Number(effortText.replace(',', '.')) : undefined;
    if (effortHours !== undefined && !(Number.isFinite(effortHours) && effortHours >= 0)) return bad('bad-effort', `effort \`${shown(effortText)}\` is not a number of hours`);
    withoutOffset += pauses.withoutOffset + (updates?.ok ? updates.withoutOffset : 0);
    const resolution = indexes.resolution === undefined ? '' : cell('resolution');
    const closedOutOfScope = resolution !== '' && outOfScope.has(resolutionKey(resolution));
    const record: TicketRecord = {
      row: raw.row,
      id,
      severity,
      ...(requestType && { requestType }),
      tier,
      opened: opened.ms,
      ...(firstResponse && { firstResponse: firstResponse.ms }),
      ...(resolved && { resolved: resolved.ms }),
      pauses: fastPauses ? fastPauses.millis : (pauses as { values: Interval[] }).values.map((p): [number, number] => [p.start!.toMillis(), p.end!.toMillis()]),
      ...(effortHours !== undefined && { effortHours }),
      ...(updates?.ok && { updates: fastUpdates ? fastUpdates.millis : (updates as { values: DateTime[] }).values.map((u) => u.toMillis()) }),
      ...(closedOutOfScope && { outOfScope: true as const }),
    };
    if (!this.withTickets) return { record, withoutOffset };
    const ticket: Ticket = {
      row: raw.row,
      id,
      severity,
      ...(requestType && { requestType }),
      tier,
      opened: dateTimeOf(opened, zone),
      ...(firstResponse && { firstResponse: dateTimeOf(firstResponse, zone) }),
      ...(resolved && { resolved: dateTimeOf(resolved, zone) }),
      pauses: (pauses as { values: Interval[] }).values,
      ...(effortHours !== undefined && { effortHours }),
      ...(updates?.ok && { updates: (updates as { values: DateTime[] }).values }),
      ...(closedOutOfScope && { outOfScope: true as const }),
    };
    return { record, ticket, withoutOffset };
  }
}

const NO_PAUSES = { ok: true as const, values: [] as Interval[], withoutOffset: 0 };

const inYears = (time: ReadTime) => time.year >= OPENED_YEARS.first && time.year <= OPENED_YEARS.last;

/**
 * `2027-03-03T10:00Z/2027-03-03T15:30Z; ...` read without luxon when every time is an ISO time with an offset and
 * every pause is well formed; undefined otherwise, and then parsePauses reads the cell (and words what is wrong).
 */
function fastPauseList(text: string): { ok: true; withoutOffset: 0; millis: [number, number][] } | undefined {
  const millis: [number, number][] = [];
  for (const part of splitList(text)) {
    const slash = part.indexOf('/');
    if (slash === -1 || part.indexOf('/', slash + 1) !== -1) return undefined;
    const start = fastIsoTime(part.slice(0, slash).trim());
    const end = fastIsoTime(part.slice(slash + 1).trim());
    if (!start || !end || !inYears(start) || !inYears(end) || end.ms < start.ms) return undefined;
    millis.push([start.ms, end.ms]);
  }
  return { ok: true, withoutOffset: 0, millis };
}

/** The same for a list of update times: sorted epoch milliseconds, or undefined for parseTimeList to read. */
function fastTimeList(text: string): { ok: true; withoutOffset: 0; millis: number[] } | undefined {
  const millis: number[] = [];
  for (const part of splitList(text)) {
    const time = fastIsoTime(part);
    if (!time || !inYears(time)) return undefined;
    millis.push(time.ms);
  }
  return { ok: true, withoutOffset: 0, millis: millis.sort((a, b) => a - b) };
}


/**
 * The ticket ids met so far and the row each was first met on, for telling duplicates. A Map of a million short
 * strings takes about 80 MB; this keeps a 64-bit hash of each id (two 32-bit multiplicative hashes) and its row in
 * typed arrays, 12 bytes a slot at most half full: about 24 MB for a million tickets, and no objects for the
 * garbage collector. Two different ids share a 64-bit hash with a chance of about n² / 2^65 (3 in 100 million
 * for a million tickets); the second would then be reported as a duplicate of the first.
 */
class TicketIds {
  private keysA = new Uint32Array(1 << 12);
  private keysB = new Uint32Array(1 << 12);
  private rows = new Uint32Array(1 << 12);
  private size = 0;

  /** The row the id was first met on, or undefined (and then it is remembered as met on `row`). */
  firstRow(id: string, row: number): number | undefined {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a >>>= 0;
    b = (b | 1) >>> 0; // never 0: 0 marks an empty slot
    const mask = this.keysB.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (this.keysB[slot] === 0) {
        this.keysA[slot] = a;
        this.keysB[slot] = b;
        this.rows[slot] = row;
        if (++this.size * 2 > this.keysB.length) this.grow();
        return undefined;
      }
      if (this.keysA[slot] === a && this.keysB[slot] === b) return this.rows[slot];
    }
  }

  private grow(): void {
    const [keysA, keysB, rows] = [this.keysA, this.keysB, this.rows];
    this.keysA = new Uint32Array(keysA.length * 2);
    this.keysB = new Uint32Array(keysB.length * 2);
    this.rows = new Uint32Array(rows.length * 2);
    const mask = this.keysB.length - 1;
    for (let i = 0; i < keysB.length; i++) {
      if (keysB[i] === 0) continue;
      let slot = keysA[i]! & mask;
      while (this.keysB[slot] !== 0) slot = (slot + 1) & mask;
      this.keysA[slot] = keysA[i]!;
      this.keysB[slot] = keysB[i]!;
      this.rows[slot] = rows[i]!;
    }
  }
}

/** Reads an export as a stream of tickets and bad rows; see TicketStream. */
export function streamTickets(source: TicketSource, agreement: Agreement, options: TicketStreamOptions): TicketStream {
  return new TicketStream(source, agreement, options);
}

/**
 * Reads a ticket export (CSV or JSON) and resolves every row against the agreement. Rows that cannot be used come
 * back as bad rows with their row number and reason. Throws TicketExportError when the export as a whole cannot be
 * read. Holds every ticket in memory (at most `maxRows`, MAX_TICKET_ROWS by default); `streamTickets` does not.
 */
export async function readTickets(text: string, agreement: Agreement, options: TicketReadOptions): Promise<TicketReadResult> {
  const maxRows = options.maxRows ?? MAX_TICKET_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`readTickets: maxRows must be a positive integer, got ${String(options.maxRows)}`);
  const tickets: Ticket[] = [];
  const badRows: BadRow[] = [];
  const stream = new TicketStream(text, agreement, { ...options, maxRows }, true, (ticket) => tickets.push(ticket));
  for await (const item of stream) if (item.bad) badRows.push(item.bad);
  const { rows, timesWithoutOffset, zone, columns, hasUpdates, hasResolution } = stream.summary();
  return { tickets, badRows, rows, timesWithoutOffset, zone, columns, hasUpdates, hasResolution };
}

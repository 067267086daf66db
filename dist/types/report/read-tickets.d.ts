import { DateTime, type Interval } from 'luxon';
import type { Agreement } from '../model/agreement.js';
import { type TicketField } from './columns.js';
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
export type BadRowReason = 'missing-value' | 'unknown-severity' | 'unknown-request-type' | 'unknown-tier' | 'unparseable-time' | 'response-before-opening' | 'resolved-before-opening' | 'bad-pause' | 'bad-effort' | 'wrong-field-count' | 'duplicate-ticket';
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
export declare const OUT_OF_SCOPE_RESOLUTIONS: readonly string[];
/**
 * The most rows one report reads. The export is held in memory while it is read (about 4 KB a row at its peak),
 * so a longer one is refused with this limit in the message rather than exhausting the heap.
 */
export declare const MAX_TICKET_ROWS = 250000;
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
export declare class TicketExportError extends Error {
}
/**
 * Decodes an export's bytes as UTF-8 (a byte-order mark is dropped). Binary data and other encodings are refused
 * with the line where they start, since read as UTF-8 they would only give confusing rows.
 */
export declare function decodeTicketExport(bytes: Uint8Array): string;
/** Tells a JSON export from a CSV one by its first character. */
export declare function detectFormat(text: string): 'csv' | 'json';
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
export type TicketItem = {
    ticket: TicketRecord;
    bad?: undefined;
} | {
    bad: BadRow;
    ticket?: undefined;
};
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
 * Reads an export as a stream of tickets and bad rows, in the order of the export, holding one row at a time:
 * CSV through csv-parse's streaming API, JSON Lines line by line, a JSON array (or `{ tickets: [...] }`) item by
 * item. Iterate it once; `summary()` then tells the rows, counts and columns. Throws TicketExportError (while
 * iterating) when the export as a whole cannot be read: then the rows read so far do not make a report.
 *
 * JSON items may leave out keys: the columns are the keys met so far, found again when an item brings a new one;
 * a required column still missing at the end refuses the export, as a CSV header without it does.
 */
export declare class TicketStream implements AsyncIterable<TicketItem> {
    private readonly source;
    private readonly agreement;
    private readonly options;
    /** Also make the luxon Ticket of each row (readTickets). */
    private readonly withTickets;
    private readonly onTicket?;
    private result;
    private used;
    constructor(source: TicketSource, agreement: Agreement, options: TicketStreamOptions, 
    /** Also make the luxon Ticket of each row (readTickets). */
    withTickets?: boolean, onTicket?: ((ticket: Ticket) => void) | undefined);
    private updateColumn;
    /**
     * Whether the export has an update-times column: known from a CSV header; for JSON true once an item names
     * one, undefined until then (a later item may).
     */
    get hasUpdates(): boolean | undefined;
    /** The counts and columns, once the stream has been read to the end. */
    summary(): TicketStreamSummary;
    [Symbol.asyncIterator](): AsyncGenerator<TicketItem>;
    private resolveRow;
}
/** Reads an export as a stream of tickets and bad rows; see TicketStream. */
export declare function streamTickets(source: TicketSource, agreement: Agreement, options: TicketStreamOptions): TicketStream;
/**
 * Reads a ticket export (CSV or JSON) and resolves every row against the agreement. Rows that cannot be used come
 * back as bad rows with their row number and reason. Throws TicketExportError when the export as a whole cannot be
 * read. Holds every ticket in memory (at most `maxRows`, MAX_TICKET_ROWS by default); `streamTickets` does not.
 */
export declare function readTickets(text: string, agreement: Agreement, options: TicketReadOptions): Promise<TicketReadResult>;

import type { DateTime, Interval } from 'luxon';
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
}
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
/**
 * Reads a ticket export (CSV or JSON) and resolves every row against the agreement. Rows that cannot be used come
 * back as bad rows with their row number and reason. Throws TicketExportError when the export as a whole cannot be read.
 */
export declare function readTickets(text: string, agreement: Agreement, options: TicketReadOptions): Promise<TicketReadResult>;

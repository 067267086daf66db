import type { DateTime, Interval } from 'luxon';
import type { Agreement } from '../model/agreement.js';
import { didYouMean } from '../util/did-you-mean.js';
import { resolveColumns, type TicketField } from './columns.js';
import { CLOCK_YEARS_TEXT, inClockYears, parsePauses, parseTicketTime, parseTimeList } from './times.js';
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
}

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

async function csvRows(text: string, maxRows: number): Promise<{ headers: string[]; rows: RawRow[] }> {
  const { parse } = await import('csv-parse/sync');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  // Excel in much of Europe writes `;`; a tab-separated export has tabs. Neither appears in a comma header.
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Stops after one row more than the limit (the header, the rows, one to tell that there are more): memory stays bounded.
    records = parse(text, { delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, to: maxRows + 2 }) as unknown as typeof records;
  } catch (error) {
    throw new TicketExportError(`not a readable CSV file: ${(error as Error).message}`);
  }
  if (records.length > maxRows + 1) throw tooManyRows(maxRows);
  const [header, ...data] = records;
  if (!header) throw new TicketExportError('the export is empty; expected a header row and one row per ticket');
  const width = header.record.length;
  const rows = data.map(({ record, info }) => {
    // info.lines is the last line of the record; a quoted field may span lines, so count back to its first.
    const spanned = record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    return { row: info.lines - spanned, values: record, ...(record.length !== width && { fieldCount: record.length }) };
  });
  return { headers: header.record, rows };
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

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** `Unexpected token } in JSON at position 57` → `... at line 3, column 12`: editors go to lines, not offsets. */
function jsonErrorMessage(text: string, message: string): string {
  const match = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  if (!match) return message;
  const { line, column } = lineAndColumn(text, Number(match[1]));
  return message.replace(match[0], ` at line ${line}, column ${column}`);
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

function jsonRows(text: string, maxRows: number): { headers: string[]; rows: RawRow[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TicketExportError(`not readable JSON: ${jsonErrorMessage(text, (error as Error).message)}`);
  }
  const list = Array.isArray(data) ? data : (data as { tickets?: unknown })?.tickets;
  if (!Array.isArray(list)) throw new TicketExportError('a JSON export must be an array of tickets, or an object with a `tickets` array');
  if (list.length > maxRows) throw tooManyRows(maxRows);
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (item && typeof item === 'object') for (const key of Object.keys(item)) if (!seen.has(key)) (seen.add(key), headers.push(key));
  }
  const rows = list.map((item, index) => ({
    row: index + 1,
    values: headers.map((key) => (item && typeof item === 'object' ? jsonCell((item as Record<string, unknown>)[key], index + 1, key) : undefined)),
  }));
  return { headers, rows };
}

const stamp = (time: DateTime) => time.toISO({ suppressMilliseconds: true, suppressSeconds: true });

/** Tells a JSON export from a CSV one by its first character. */
export function detectFormat(text: string): 'csv' | 'json' {
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/**
 * Reads a ticket export (CSV or JSON) and resolves every row against the agreement. Rows that cannot be used come
 * back as bad rows with their row number and reason. Throws TicketExportError when the export as a whole cannot be read.
 */
export async function readTickets(text: string, agreement: Agreement, options: TicketReadOptions): Promise<TicketReadResult> {
  const format = options.format ?? detectFormat(text);
  const maxRows = options.maxRows ?? MAX_TICKET_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`readTickets: maxRows must be a positive integer, got ${String(options.maxRows)}`);
  const { headers, rows } = format === 'json' ? jsonRows(text, maxRows) : await csvRows(text, maxRows);
  const { indexes, problems } = resolveColumns(headers, options.columns);
  if (problems.length > 0) throw new TicketExportError(problems.join('; '));

  const { zone, timeFormat } = options;
  const severities = new Vocabulary(agreement.severityLevels.map((s) => ({ id: s.id, names: [s.name, s.level] })), options.severityMap);
  const requestTypes = new Vocabulary((agreement.requestTypes ?? []).map((t) => ({ id: t.id, names: [t.name] })), options.requestTypeMap);
  const tiers = new Vocabulary(agreement.tiers.map((t) => ({ id: t.id, names: [t.name] })));
  const tickets: Ticket[] = [];
  const badRows: BadRow[] = [];
  const firstRowOf = new Map<string, number>();
  const defaultTier = options.tier ?? agreement.serviceTier;
  let timesWithoutOffset = 0;

  const cell = (raw: RawRow, field: TicketField): string => {
    const index = indexes[field];
    return index === undefined ? '' : (raw.values[index] ?? '').trim();
  };
  const label = (field: TicketField) => headers[indexes[field]!] ?? field;

  for (const raw of rows) {
    const id = cell(raw, 'id');
    const bad = (reason: BadRowReason, message: string) => void badRows.push({ row: raw.row, ...(id && { ticket: id }), reason, message });
    if (raw.fieldCount !== undefined) {
      bad('wrong-field-count', `${raw.fieldCount} fields where the header has ${headers.length}`);
      continue;
    }
    if (!id) {
      bad('missing-value', `no ticket id in \`${label('id')}\``);
      continue;
    }
    const previous = firstRowOf.get(id);
    if (previous !== undefined) {
      bad('duplicate-ticket', `ticket ${id} appears again (first at row ${previous})`);
      continue;
    }
    firstRowOf.set(id, raw.row);

    const severityText = cell(raw, 'severity');
    const severity = severityText ? severities.resolve(severityText) : undefined;
    if (!severity) {
      bad('unknown-severity', severityText ? `unknown severity \`${shown(severityText)}\`; ${severities.hint(severityText)} (map export values with --severity-map)` : `no severity in \`${label('severity')}\``);
      continue;
    }
    const typeText = cell(raw, 'requestType');
    const requestType = typeText ? requestTypes.resolve(typeText) : undefined;
    if (typeText && !requestType) {
      bad('unknown-request-type', `unknown request type \`${shown(typeText)}\`; ${requestTypes.hint(typeText)} (map export values with --type-map)`);
      continue;
    }
    const tierText = cell(raw, 'tier');
    const tier = tierText ? tiers.resolve(tierText) : defaultTier;
    if (!tier) {
      bad('unknown-tier', `unknown tier \`${shown(tierText)}\`; ${tiers.hint(tierText)}`);
      continue;
    }
    // A severity the tier does not cover is still a ticket: the report counts it under "no target".

    let rowWithoutOffset = 0;
    const time = (field: TicketField, required: boolean): DateTime | undefined | false => {
      const text = cell(raw, field);
      if (!text) {
        if (required) bad('missing-value', `no time in \`${label(field)}\``);
        return required ? false : undefined;
      }
      const parsed = parseTicketTime(text, zone, timeFormat);
      if (!parsed) {
        bad('unparseable-time', `cannot read \`${shown(text)}\` in \`${label(field)}\` as a time; use ISO 8601 (2027-03-03T10:15+01:00) or give --time-format`);
        return false;
      }
      if (!inClockYears(parsed.time)) {
        bad('unparseable-time', `\`${shown(text)}\` in \`${label(field)}\` is in the year ${parsed.time.year}; ticket times run from ${CLOCK_YEARS_TEXT}`);
        return false;
      }
      rowWithoutOffset += Number(!parsed.hadOffset);
      return parsed.time;
    };
    const opened = time('opened', true);
    if (opened === false || opened === undefined) continue;
    let firstResponse = time('firstResponse', false);
    if (firstResponse === false) continue;
    const waitedText = cell(raw, 'firstResponseMinutes');
    if (!firstResponse && waitedText) {
      const waited = Number(waitedText.replace(',', '.'));
      if (!Number.isFinite(waited)) {
        bad('unparseable-time', `cannot read \`${shown(waitedText)}\` in \`${label('firstResponseMinutes')}\` as minutes`);
        continue;
      }
      firstResponse = opened.plus({ minutes: waited });
      if (!inClockYears(firstResponse)) {
        bad('unparseable-time', `\`${shown(waitedText)}\` in \`${label('firstResponseMinutes')}\` is a first response outside the years ${CLOCK_YEARS_TEXT}`);
        continue;
      }
    }
    const resolved = time('resolved', false);
    if (resolved === false) continue;
    if (firstResponse && firstResponse < opened) {
      bad('response-before-opening', `first response ${stamp(firstResponse)} is before the ticket was opened (${stamp(opened)})`);
      continue;
    }
    if (resolved && resolved < opened) {
      bad('resolved-before-opening', `resolved ${stamp(resolved)} is before the ticket was opened (${stamp(opened)})`);
      continue;
    }
    const pauses = parsePauses(cell(raw, 'pauses'), zone, timeFormat);
    if (!pauses.ok) {
      bad('bad-pause', pauses.reason);
      continue;
    }
    const updates = indexes.updates === undefined ? undefined : parseTimeList(cell(raw, 'updates'), zone, timeFormat);
    if (updates && !updates.ok) {
      bad('unparseable-time', updates.reason);
      continue;
    }
    const effortText = cell(raw, 'effortHours');
    const effortHours = effortText ? Number(effortText.replace(',', '.')) : undefined;
    if (effortHours !== undefined && !(Number.isFinite(effortHours) && effortHours >= 0)) {
      bad('bad-effort', `effort \`${shown(effortText)}\` is not a number of hours`);
      continue;
    }
    timesWithoutOffset += rowWithoutOffset + pauses.withoutOffset + (updates?.ok ? updates.withoutOffset : 0);
    tickets.push({
      row: raw.row,
      id,
      severity,
      ...(requestType && { requestType }),
      tier,
      opened,
      ...(firstResponse && { firstResponse }),
      ...(resolved && { resolved }),
      pauses: pauses.values,
      ...(effortHours !== undefined && { effortHours }),
      ...(updates?.ok && { updates: updates.values }),
    });
  }
  const columns: Partial<Record<TicketField, string>> = {};
  for (const [field, index] of Object.entries(indexes)) columns[field as TicketField] = headers[index]!;
  return { tickets, badRows, rows: rows.length, timesWithoutOffset, zone, columns, hasUpdates: indexes.updates !== undefined };
}

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/agreement.js';
import type { Agreement } from '../../src/model/agreement.js';
import {
  buildReport, buildReportFromStream, formatReportJson, readTickets, reportZone, resolvePeriod, streamTickets, TicketExportError,
  type BadRow, type ReportBuilderOptions, type TicketProgress, type TicketStreamOptions,
} from '../../src/report/index.js';

const AGREEMENT = 'examples/standard-customer-service-assistant.sla.yaml';
const EXAMPLE = 'examples/standard-customer-service-assistant.tickets.csv';
let agreement: Agreement;
let zone: string;
let options: ReportBuilderOptions;
/** 3,000 tickets from the bench generator: every severity, pauses, updates, breaches and open tickets. */
let generated: string;

beforeAll(async () => {
  agreement = (await loadAgreement(AGREEMENT)).agreement!;
  zone = reportZone(agreement);
  const now = DateTime.fromISO('2027-04-01T09:00', { zone });
  options = { now, period: resolvePeriod({ now, zone }) };
  generated = execFileSync(process.execPath, ['bench/generate-tickets.mjs', '3000'], { encoding: 'utf8', maxBuffer: 1 << 26 });
});

/** The text in pieces of `size` bytes, as a file stream gives it (pieces may split a character or a token). */
function* pieces(text: string, size: number): Generator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function inMemory(text: string, extra: Partial<ReportBuilderOptions> = {}, read: Partial<TicketStreamOptions> = {}) {
  return formatReportJson(buildReport(agreement, await readTickets(text, agreement, { zone, ...read }), { ...options, ...extra }));
}

async function streamed(source: string | Iterable<Uint8Array>, extra: Partial<ReportBuilderOptions> = {}, read: Partial<TicketStreamOptions> = {}) {
  const { report } = await buildReportFromStream(agreement, streamTickets(source, agreement, { zone, ...read }), { ...options, ...extra });
  return formatReportJson(report);
}

/** CSV without quoted fields → JSON items, empty cells left out (as help desks leave out empty fields). */
function csvToItems(csv: string): Record<string, string>[] {
  const [head, ...lines] = csv.trim().split('\n');
  const keys = head!.split(',');
  return lines.map((line) => {
    const values = line.split(',');
    return Object.fromEntries(keys.flatMap((key, i) => (values[i] ? [[key, values[i]!]] : [])));
  });
}

describe('the streamed report is the in-memory report', () => {
  it('on the shipped example export (CSV, in pieces of any size)', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const expected = await inMemory(text);
    expect(JSON.parse(expected).totals.tickets).toBe(53);
    for (const size of [1, 7, 64, 4096, 1 << 20]) expect(await streamed(pieces(text, size)), `pieces of ${size}`).toBe(expected);
    expect(await streamed(text)).toBe(expected);
  });

  it('on a generated export of 3,000 tickets, as CSV, a JSON array, a { tickets } object and JSON Lines', async () => {
    const expected = await inMemory(generated, { detailLimit: Infinity });
    const report = JSON.parse(expected);
    expect(report.breaches.length).toBeGreaterThan(100);
    expect(report.openTickets.length).toBeGreaterThan(100);
    const items = csvToItems(generated);
    const inputs: [string, string][] = [
      ['CSV', generated],
      ['JSON array', JSON.stringify(items, null, 2)],
      ['{ tickets }', JSON.stringify({ exported: '2027-04-01', count: items.length, tickets: items, more: { a: [1, { b: '"]}' }] } })],
      ['JSON Lines', `${items.map((item) => JSON.stringify(item)).join('\r\n')}\n`],
    ];
    for (const [name, text] of inputs) {
      expect(await streamed(pieces(text, 997), { detailLimit: Infinity }), name).toBe(expected);
    }
    // With the default detail limit too (1,000 of each list): the first entries in the report's order.
    expect(await streamed(pieces(generated, 65_536))).toBe(await inMemory(generated));
  });

  it('reads a JSON export whose later items bring a column the first ones leave out (update times)', async () => {
    const items = csvToItems(generated).slice(0, 400);
    const late = items.map((item, i) => (i < 200 ? Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'updates')) : item));
    expect(late.slice(0, 200).some((item) => 'updates' in item)).toBe(false);
    expect(late.slice(200).some((item) => 'updates' in item)).toBe(true);
    const text = JSON.stringify(late);
    const expected = await inMemory(text);
    expect(JSON.parse(expected).severities.some((s: { updates: unknown }) => s.updates !== null)).toBe(true);
    expect(await streamed(pieces(text, 333))).toBe(expected);
  });
});

describe('memory stays flat: what a report keeps does not grow with the export', () => {
  it('keeps at most detailLimit entries of each list, the first in the report\'s order, and counts the rest', async () => {
    const all = JSON.parse(await inMemory(generated, { detailLimit: Infinity }));
    for (const limit of [0, 1, 5, 50]) {
      const cut = JSON.parse(await streamed(generated, { detailLimit: limit }));
      expect(cut.breaches).toEqual(all.breaches.slice(0, limit));
      expect(cut.openTickets).toEqual(all.openTickets.slice(0, limit));
      expect(cut.omitted).toEqual({ breaches: all.breaches.length - limit, openTickets: all.openTickets.length - limit });
      // Every count still counts every ticket.
      expect(cut.totals).toEqual(all.totals);
      expect(cut.severities).toEqual(all.severities);
      expect(cut.requestTypes).toEqual(all.requestTypes);
      expect(cut.findings).toEqual(all.findings);
    }
  });

  it('keeps the same number of entries for 300 and for 3,000 tickets', async () => {
    const lines = generated.trim().split('\n');
    const small = JSON.parse(await streamed(`${lines.slice(0, 301).join('\n')}\n`, { detailLimit: 20 }));
    const large = JSON.parse(await streamed(generated, { detailLimit: 20 }));
    expect(large.totals.tickets).toBeGreaterThan(small.totals.tickets * 9);
    for (const list of ['breaches', 'openTickets'] as const) {
      expect(small[list]).toHaveLength(20);
      expect(large[list]).toHaveLength(20);
    }
  });

  it('reports every bad row as it is met and keeps the first ones, counting the rest', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `T-${i},urgent,incident,2027-03-0${1 + (i % 9)}T10:00Z,,` : `T-${i},high,incident,2027-03-0${1 + (i % 9)}T10:00Z,,`));
    const text = `ticket_id,severity,request_type,opened_at,first_response_at,resolved_at\n${rows.join('\n')}\n`;
    const met: BadRow[] = [];
    const { report, read } = await buildReportFromStream(agreement, streamTickets(text, agreement, { zone }), { ...options, detailLimit: 5, onBadRow: (bad) => met.push(bad) });
    expect(met).toHaveLength(20);
    expect(met.map((b) => b.row)).toEqual(Array.from({ length: 20 }, (_, i) => 2 + i * 3));
    expect(report.badRows).toEqual(met.slice(0, 5));
    expect(report.input.badRows).toBe(20);
    expect(report.omitted?.badRows).toBe(15);
    expect(read).toMatchObject({ rows: 60, tickets: 40, badRows: 20 });
  });

  it('tells duplicates among many ids (the ids are kept as hashes), naming the first row', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `ID-${i},low,question,2027-03-02T10:00Z,,`);
    rows.push('ID-12345,low,question,2027-03-02T10:00Z,,', 'id-12345,low,question,2027-03-02T10:00Z,,');
    const bad: BadRow[] = [];
    for await (const item of streamTickets(`ticket_id,severity,request_type,opened_at,first_response_at,resolved_at\n${rows.join('\n')}\n`, agreement, { zone })) if (item.bad) bad.push(item.bad);
    expect(bad).toEqual([{ row: 20_002, ticket: 'ID-12345', reason: 'duplicate-ticket', message: 'ticket ID-12345 appears again (first at row 12347)' }]);
  });
});

describe('streamTickets', () => {
  it('gives the same tickets and bad rows as readTickets, times read with or without luxon', async () => {
    const text = [
      'ticket_id,severity,request_type,opened_at,first_response_at,resolved_at,pauses,updates',
      'T-1,high,incident,2027-03-01T10:00Z,2027-03-01T11:30+01:00,,2027-03-01T11:00Z/2027-03-01T12:00Z; 2027-03-01T11:30Z/2027-03-01T13:00Z,2027-03-01T14:00Z;2027-03-01T12:00+01:00',
      'T-2,high,incident,2027-03-01T10:00Z,,,2027-03-01T12:00Z/2027-03-01T11:00Z,',
      'T-3,high,incident,2027-03-01T10:00Z,,,2027-03-01T12:00Z/2500-03-01T11:00Z,',
      'T-4,high,incident,2027-03-01T10:00Z,,,2027-03-01 12:00/2027-03-01 13:00,2027-03-02 09:00',
      'T-5,high,incident,2027-03-01T10:00Z,,,,2027-03-01T14:00Z;soon',
      'T-6,high,incident,2027-03-01T10:00Z,,,2027-03-01T12:00Z,',
      'T-7,high,incident,2027-03-01T10:00:30.5+01:00,,,,2027-03-01T10:15:00+0100',
    ].join('\n');
    const read = await readTickets(text, agreement, { zone });
    const records = [];
    const bad = [];
    for await (const item of streamTickets(text, agreement, { zone })) item.ticket ? records.push(item.ticket) : bad.push(item.bad);
    expect(bad).toEqual(read.badRows);
    expect(bad.map((b) => b.reason)).toEqual(['bad-pause', 'bad-pause', 'unparseable-time', 'bad-pause']);
    expect(records.map((r) => [r.id, r.opened, r.firstResponse, r.pauses, r.updates])).toEqual(read.tickets.map((t) => [
      t.id, t.opened.toMillis(), t.firstResponse?.toMillis(), t.pauses.map((p) => [p.start!.toMillis(), p.end!.toMillis()]), t.updates?.map((u) => u.toMillis()),
    ]));
  });

  it('reports progress every progressEvery rows, and once at the end', async () => {
    const seen: TicketProgress[] = [];
    const bytes = new TextEncoder().encode(generated).length;
    for await (const _ of streamTickets(pieces(generated, 10_000), agreement, { zone, progressEvery: 1000, totalBytes: bytes, onProgress: (p) => seen.push(p) })) void _;
    expect(seen.map((p) => [p.rows, p.done])).toEqual([[1000, false], [2000, false], [3000, false], [3000, true]]);
    expect(seen.at(-1)).toMatchObject({ bytes, totalBytes: bytes });
  });

  it('gives the decoded text to onText (the PDF hashes the export with it)', async () => {
    let text = '';
    for await (const _ of streamTickets(pieces(`\uFEFF${generated}`, 4093), agreement, { zone, onText: (t) => (text += t) })) void _;
    expect(text).toBe(generated);
  });

  it('refuses a JSON export that is not well formed, with the line and column', async () => {
    const cases: [string, RegExp][] = [
      ['[{"id": "T-1"},, {"id": "T-2"}]', /not readable JSON: Unexpected token ',' at line 1, column 16/],
      ['[{"id": "T-1"},]', /not readable JSON: Unexpected token ']' at line 1, column 16/],
      ['[{"id": "T-1"}\n {"id": "T-2"}]', /not readable JSON: .* at line 2, column 2$/],
      ['[\n  {"id": "T-1", "severity": }\n]', /not readable JSON: .*(at line 2, column 29|in the item at line 2, column 3)/s],
      ['[{"id": "T-1"}', /Unexpected end of JSON input/],
      ['[{"id": "T-1"}] x', /Unexpected non-whitespace character after JSON at line 1, column 17/],
      ['{"id": "T-1"}\n{"id": "T-2", }\n', /not readable JSON: .* at line 2, column 15/],
      ['{"exported": "2027-04-01"}', /no id column/],
      ['{"exported": "2027-04-01",\n "count": 2}', /must be an array of tickets, or an object with a `tickets` array/],
    ];
    for (const [text, message] of cases) {
      const read = async () => {
        for await (const _ of streamTickets(pieces(text, 3), agreement, { zone, format: 'json' })) void _;
      };
      await expect(read(), text).rejects.toThrow(message);
      await expect(read(), text).rejects.toBeInstanceOf(TicketExportError);
    }
  });

  it('refuses bytes that are not UTF-8 text with the line, however the export is cut', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ticket_id,severity\nT-1,high\nT-2,'), 0xff, 0x0a]);
    for (const size of [1, 5, 100]) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
      const read = async () => {
        for await (const _ of streamTickets(chunks, agreement, { zone })) void _;
      };
      await expect(read()).rejects.toThrow(/not valid UTF-8 \(first at line 3\)/);
    }
  });

  it('reads ISO times with an offset as luxon does (the fast path), to the millisecond and in the offset written', async () => {
    const header = 'ticket_id,severity,opened_at';
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: Date.UTC(1969, 0, 1), max: Date.UTC(2201, 0, 1) }), fc.integer({ min: -14 * 60, max: 14 * 60 }), fc.boolean(), fc.constantFrom('Z', 'offset'),
        async (ms, offset, seconds, form) => {
          const written = DateTime.fromMillis(Math.floor(ms / 1000) * 1000, { zone: form === 'Z' ? 'UTC' : `UTC${offset < 0 ? '-' : '+'}${Math.floor(Math.abs(offset) / 60)}:${String(Math.abs(offset) % 60).padStart(2, '0')}` });
          const text = form === 'Z' ? written.toUTC().toFormat(seconds ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm'Z'") : written.toFormat(seconds ? "yyyy-MM-dd'T'HH:mm:ssZZ" : "yyyy-MM-dd'T'HH:mmZZ");
          const luxon = DateTime.fromISO(text, { setZone: true });
          const result = await readTickets(`${header}\nT-1,high,${text}\n`, agreement, { zone });
          if (luxon.year < 1970 || luxon.year > 2199) {
            expect(result.badRows[0]?.reason).toBe('unparseable-time');
            return;
          }
          expect(result.tickets[0]!.opened.toMillis()).toBe(luxon.toMillis());
          expect(result.tickets[0]!.opened.toISO()).toBe(luxon.toISO());
        },
      ),
      { numRuns: 300 },
    );
    // Dates that do not exist are left to luxon, which refuses them.
    const result = await readTickets(`${header}\nT-1,high,2027-02-29T10:00Z\nT-2,high,2028-02-29T10:00Z\nT-3,high,2027-04-31T10:00+02:00\n`, agreement, { zone });
    expect(result.tickets.map((t) => t.id)).toEqual(['T-2']);
    expect(result.badRows.map((b) => b.reason)).toEqual(['unparseable-time', 'unparseable-time']);
  });
});

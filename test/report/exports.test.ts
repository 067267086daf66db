import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/agreement.js';
import type { Agreement } from '../../src/model/agreement.js';
import { buildReport, parseValueMap, readTickets, resolveColumns, resolvePeriod, type TicketField } from '../../src/report/index.js';
import { parseTicketTime } from '../../src/report/times.js';
import { runCli } from '../helpers/cli.js';

/*
 * The help-desk samples in examples/exports/, read with the commands examples/exports/README.md gives, against the
 * Standard tier of examples/standard-customer-service-assistant.sla.yaml (Berlin business hours 09:00–12:30 and
 * 13:30–17:30 Mon–Fri; Good Friday 26 and Easter Monday 29 March 2027 are holidays; clocks go forward at 02:00 on
 * Sunday 28 March). Report time Thu 1 April 2027 09:00 Berlin; period March 2027.
 *
 * Every sample has 57 rows: one opened in February (outside the period) and 56 in March. 48 of the March tickets are
 * opened on a working day between 09:00 and 16:45 and answered 5–45 minutes later (inside every response target,
 * 1h being the shortest), and resolved within 24 hours of opening (inside every resolution target: 8h around the
 * clock for critical, 2d or more in business time for the rest, and 24 calendar hours hold at most 450 working
 * minutes). The other nine are the same story in every tool, counted by hand:
 *   S1 critical, Sat 13 Mar 22:40, answered 23:55: due 23:40 (1h, 24x7) → response breached, 15 late.
 *   S2 high, Fri 19 Mar 15:30, answered Mon 22 10:15: due Fri 17:30 (2h business) → breached, 75 late (Mon 09:00–10:15).
 *   S3 critical, Sun 28 Mar 01:30 CET, answered 03:20 CEST: 50 real minutes across the DST change → met.
 *   S4 high, Thu 25 Mar 16:00, answered Tue 30 09:40: 90 min on Thu, Good Friday, weekend, Easter Monday, 30 min on
 *      Tue → due Tue 09:30 → breached, 10 late.
 *   S5 normal, Wed 31 Mar 10:00, not answered: 390 min on Wed + 90 on Thu → due Thu 10:30 → open, 90 minutes left.
 *   S6 low, Fri 12 Mar 10:00, answered Wed 17 10:00: due Tue 16 10:00 (2d) → breached, 150 + 240 + 60 = 450 late.
 *   S7 high, Mon 15 Mar 14:00, answered 14:20, resolved Wed 17 16:30: resolution due Wed 14:00 (2d) → missed, 150.
 *   S8 high, Tue 30 Mar 11:00, answered 11:30, not resolved: resolution due Thu 1 Apr 11:00 → open, 120 left.
 *   S9 normal, Fri 26 Feb: outside the period.
 * So every sample: 56 tickets in March; responses met 48 + S3 + S7 + S8 = 51, breached 4 (S1, S2, S4, S6), open 1
 * (S5); resolutions missed 1 (S7); open tickets 2 (S5 awaiting its response, S8 its resolution). Breaches are
 * listed by due time. No row is skipped.
 */

const AGREEMENT = 'examples/standard-customer-service-assistant.sla.yaml';
const NOW = '2027-04-01T09:00';
const zone = 'Europe/Berlin';

interface Sample {
  file: string;
  /** The options examples/exports/README.md gives, as on the command line. */
  options: string[];
  severityMap: string;
  typeMap: string;
  /** The header each field is recognised by, with no --columns. */
  columns: Partial<Record<TicketField, string>>;
  /** The export's priority column and the severity id each of its values is. */
  priorities: [string, Record<string, string>];
  /** Ticket ids of the designed tickets S1–S9. */
  ids: Record<'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8' | 'S9', string>;
  timesWithoutOffset: number;
}

const samples: Sample[] = [
  {
    file: 'examples/exports/jira-service-management.csv',
    severityMap: 'Highest=critical,Medium=normal,Lowest=low',
    typeMap: 'Report a problem=incident,Wrong or outdated answer=answer-quality,Tuning request=tuning,Ask a question=question,Reporting request=reporting,Suggest an improvement=enhancement',
    options: [],
    columns: { id: 'Issue key', severity: 'Priority', requestType: 'Custom field (Request Type)', opened: 'Created', firstResponse: 'Custom field ([CHART] Date of First Response)', resolved: 'Resolved', resolution: 'Resolution' },
    priorities: ['Priority', { Highest: 'critical', High: 'high', Medium: 'normal', Low: 'low', Lowest: 'low' }],
    ids: { S1: 'BLS-436', S2: 'BLS-453', S3: 'BLS-464', S4: 'BLS-463', S5: 'BLS-468', S6: 'BLS-433', S7: 'BLS-440', S8: 'BLS-465', S9: 'BLS-412' },
    // 57 opened, 55 answered, 56 − 2 resolved; none has an offset.
    timesWithoutOffset: 57 + 56 + 55,
  },
  {
    file: 'examples/exports/zendesk.csv',
    severityMap: 'Urgent=critical',
    typeMap: 'Problem=answer-quality,Task=tuning',
    options: [],
    columns: { id: 'Id', severity: 'Priority', requestType: 'Ticket type', opened: 'Created at', firstResponseMinutes: 'First reply time in minutes', resolved: 'Solved at' },
    priorities: ['Priority', { Urgent: 'critical', High: 'high', Normal: 'normal', Low: 'low' }],
    ids: { S1: '5140', S2: '5161', S3: '5170', S4: '5169', S5: '5176', S6: '5136', S7: '5142', S8: '5173', S9: '5120' },
    timesWithoutOffset: 0,
  },
  {
    file: 'examples/exports/freshdesk.csv',
    severityMap: 'Urgent=critical,Medium=normal',
    typeMap: 'Problem=answer-quality,Feature Request=enhancement',
    options: [],
    columns: { id: 'Ticket ID', severity: 'Priority', requestType: 'Type', opened: 'Created time', firstResponse: 'Initial response time', resolved: 'Resolved time' },
    priorities: ['Priority', { Urgent: 'critical', High: 'high', Medium: 'normal', Low: 'low' }],
    ids: { S1: '2322', S2: '2335', S3: '2349', S4: '2346', S5: '2357', S6: '2318', S7: '2325', S8: '2350', S9: '2301' },
    timesWithoutOffset: 57 + 56 + 55,
  },
  {
    file: 'examples/exports/hubspot.csv',
    severityMap: 'Urgent=critical,Medium=normal',
    typeMap: 'Product issue=incident,General inquiry=question,Feature request=enhancement',
    options: [],
    columns: { id: 'Ticket ID', severity: 'Priority', requestType: 'Category', opened: 'Create date', firstResponse: 'First agent email response date', resolved: 'Close date' },
    priorities: ['Priority', { Urgent: 'critical', High: 'high', Medium: 'normal', Low: 'low' }],
    ids: { S1: '1873450835', S2: '1873451390', S3: '1873451945', S4: '1873451871', S5: '1873452093', S6: '1873450798', S7: '1873450946', S8: '1873451982', S9: '1873450021' },
    timesWithoutOffset: 57 + 56 + 55,
  },
];
for (const sample of samples) sample.options = ['--severity-map', sample.severityMap, '--type-map', sample.typeMap];

let agreement: Agreement;
beforeAll(async () => {
  agreement = (await loadAgreement(AGREEMENT)).agreement!;
});

const utc = (time: DateTime | undefined) => time?.toUTC().toISO({ suppressMilliseconds: true });

describe.each(samples)('$file', (sample) => {
  it('is read whole with recognised columns, mapped severities and times in the right zone', async () => {
    const text = await readFile(sample.file, 'utf8');
    const read = await readTickets(text, agreement, {
      zone,
      severityMap: parseValueMap(sample.severityMap, '--severity-map'),
      requestTypeMap: parseValueMap(sample.typeMap, '--type-map'),
    });
    expect(read.badRows).toEqual([]);
    expect(read.rows).toBe(57);
    expect(read.tickets).toHaveLength(57);
    expect(read.columns).toEqual(sample.columns);
    expect(read.hasUpdates).toBe(false);
    expect(read.timesWithoutOffset).toBe(sample.timesWithoutOffset);

    // Every row's priority, as the file writes it, became the severity it stands for.
    const [column, meaning] = sample.priorities;
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    const idColumn = sample.columns.id!;
    const severityOf = new Map(read.tickets.map((t) => [t.id, t.severity]));
    for (const row of rows) expect([row[idColumn], severityOf.get(row[idColumn]!)]).toEqual([row[idColumn], meaning[row[column]!]]);
    expect(new Set(rows.map((row) => row[column]))).toEqual(new Set(Object.keys(meaning)));

    const byId = new Map(read.tickets.map((t) => [t.id, t]));
    // S3 opened at 01:30 CET and answered at 03:20 CEST, across the change to summer time: 50 minutes.
    const s3 = byId.get(sample.ids.S3)!;
    expect([utc(s3.opened), utc(s3.firstResponse), utc(s3.resolved)]).toEqual(['2027-03-28T00:30:00Z', '2027-03-28T01:20:00Z', '2027-03-28T03:00:00Z']);
    const s2 = byId.get(sample.ids.S2)!;
    expect([utc(s2.opened), utc(s2.firstResponse)]).toEqual(['2027-03-19T14:30:00Z', '2027-03-22T09:15:00Z']);
    const s5 = byId.get(sample.ids.S5)!;
    expect([utc(s5.opened), s5.firstResponse, s5.resolved]).toEqual(['2027-03-31T08:00:00Z', undefined, undefined]);
  });

  it('reports March as counted by hand', async () => {
    const text = await readFile(sample.file, 'utf8');
    const read = await readTickets(text, agreement, {
      zone,
      severityMap: parseValueMap(sample.severityMap, '--severity-map'),
      requestTypeMap: parseValueMap(sample.typeMap, '--type-map'),
    });
    const now = DateTime.fromISO(NOW, { zone });
    const report = buildReport(agreement, read, { period: resolvePeriod({ now, zone }), now });
    expect(report.input).toEqual({ rows: 57, tickets: 57, badRows: 0, outsidePeriod: 1, timesWithoutOffset: sample.timesWithoutOffset });
    expect(report.totals).toEqual({ tickets: 56, responseMet: 51, responseBreached: 4, responseOpen: 1, resolutionMissed: 1, openTickets: 2, responseNoTarget: 0 });
    const { ids } = sample;
    expect(report.breaches.map((b) => [b.ticket, b.target, b.lateMinutes])).toEqual([
      [ids.S1, 'response', 15],
      [ids.S6, 'response', 450],
      [ids.S7, 'resolution', 150],
      [ids.S2, 'response', 75],
      [ids.S4, 'response', 10],
    ]);
    expect(report.breaches.find((b) => b.ticket === ids.S4)).toMatchObject({ due: '2027-03-30T09:30:00+02:00', actual: '2027-03-30T09:40:00+02:00' });
    expect(report.openTickets.map((o) => [o.ticket, o.awaiting, o.workingMinutesLeft])).toEqual([
      [ids.S5, 'response', 90],
      [ids.S8, 'resolution', 120],
    ]);
    expect(report.noTarget).toEqual([]);
    expect(report.badRows).toEqual([]);
  });
});

describe('sla report on a help-desk sample, as examples/exports/README.md runs it', () => {
  it('Jira Service Management: no --columns and no --time-format needed', async () => {
    const jira = samples[0]!;
    const run = await runCli(['report', AGREEMENT, '--tickets', jira.file, ...jira.options, '--now', NOW, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.input).toEqual({ rows: 57, tickets: 57, badRows: 0, outsidePeriod: 1, timesWithoutOffset: 168 });
    expect(report.totals).toEqual({ tickets: 56, responseMet: 51, responseBreached: 4, responseOpen: 1, resolutionMissed: 1, openTickets: 2, responseNoTarget: 0 });
    expect(report.breaches.map((b: { ticket: string; lateMinutes: number }) => [b.ticket, b.lateMinutes])).toEqual([
      ['BLS-436', 15], ['BLS-433', 450], ['BLS-440', 150], ['BLS-453', 75], ['BLS-463', 10],
    ]);
    // Two requests for WhatsApp, a channel the agreement does not cover, were closed "Won't Do".
    expect(report.outOfScopeShare.tickets).toBe(2);
    expect(report.requestTypes.find((t: { id: string }) => t.id === 'enhancement').outOfScope).toBe(2);
  });

  it('Jira: --out-of-scope names the resolutions that mean out of scope', async () => {
    const jira = samples[0]!;
    const run = await runCli(['report', AGREEMENT, '--tickets', jira.file, '--now', NOW, '--format', 'json', '--out-of-scope', 'Declined']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).outOfScopeShare.tickets).toBe(0);
  });

  it('Zendesk has no resolution column: out-of-scope closures are unknown (null), not zero', async () => {
    const run = await runCli(['report', AGREEMENT, '--tickets', samples[1]!.file, '--now', NOW, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.outOfScopeShare).toBeNull();
    expect(report.requestTypes.every((t: { outOfScope: number | null }) => t.outOfScope === null)).toBe(true);
  });

  it('Zendesk in Markdown: the wait in minutes gives the first response', async () => {
    const zendesk = samples[1]!;
    const run = await runCli(['report', AGREEMENT, '--tickets', zendesk.file, ...zendesk.options, '--now', NOW]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('5140');
  });
});

describe('export formats without options', () => {
  it("Jira's default date-time format is read without --time-format, in the zone given", () => {
    const parsed = parseTicketTime('03/Feb/27 9:15 AM', zone)!;
    expect([utc(parsed.time), parsed.hadOffset]).toEqual(['2027-02-03T08:15:00Z', false]);
    expect(utc(parseTicketTime('28/Mar/27 3:20 AM', zone)!.time)).toBe('2027-03-28T01:20:00Z');
    // A one-digit day and a two-digit hour, as some exports and spreadsheets write them.
    expect(utc(parseTicketTime('3/Feb/27 09:15 PM', zone)!.time)).toBe('2027-02-03T20:15:00Z');
    // --time-format is still read.
    expect(utc(parseTicketTime('03.02.2027 09:15', zone, 'dd.MM.yyyy HH:mm')!.time)).toBe('2027-02-03T08:15:00Z');
  });

  it("Zendesk's SQL-style time with an offset keeps the offset", () => {
    const parsed = parseTicketTime('2027-03-28 01:30:00 +0100', 'America/New_York')!;
    expect([utc(parsed.time), parsed.hadOffset]).toEqual(['2027-03-28T00:30:00Z', true]);
  });

  it('"Updated at" is the last change to a ticket, not its list of updates', () => {
    const { indexes } = resolveColumns(['Id', 'Priority', 'Created at', 'Updated at']);
    expect(indexes.updates).toBeUndefined();
  });
});

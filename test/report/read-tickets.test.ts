import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/agreement.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseColumnSpec, parseValueMap, readTickets, TicketExportError, type TicketReadOptions } from '../../src/report/index.js';

let agreement: Agreement;
beforeAll(async () => {
  const loaded = await loadAgreement('examples/standard-customer-service-assistant.sla.yaml');
  agreement = loaded.agreement!;
});

const HEADER = 'ticket_id,severity,request_type,opened_at,first_response_at,resolved_at';
const read = (text: string, options: Partial<TicketReadOptions> = {}) => readTickets(text, agreement, { zone: 'Europe/Berlin', ...options });

describe('readTickets: bad rows are reported with their row number and reason', () => {
  const cases: [string, string, string, RegExp][] = [
    ['unknown severity', 'T-1,urgent,incident,2027-03-01T10:00+01:00,,', 'unknown-severity', /unknown severity `urgent`/],
    ['missing severity', 'T-1,,incident,2027-03-01T10:00+01:00,,', 'unknown-severity', /no severity/],
    ['unparseable opened time', 'T-1,high,incident,yesterday,,', 'unparseable-time', /cannot read `yesterday` in `opened_at`/],
    ['unparseable response time', 'T-1,high,incident,2027-03-01T10:00+01:00,2027-03-01T25:00,', 'unparseable-time', /first_response_at/],
    ['missing opened time', 'T-1,high,incident,,,', 'missing-value', /no time in `opened_at`/],
    ['response before opening', 'T-1,high,incident,2027-03-01T10:00+01:00,2027-03-01T09:59+01:00,', 'response-before-opening', /before the ticket was opened/],
    ['resolved before opening', 'T-1,high,incident,2027-03-01T10:00+01:00,,2027-02-28T10:00+01:00', 'resolved-before-opening', /resolved .* before/],
    ['unknown request type', 'T-1,high,feature,2027-03-01T10:00+01:00,,', 'unknown-request-type', /unknown request type `feature`/],
    ['missing ticket id', ',high,incident,2027-03-01T10:00+01:00,,', 'missing-value', /no ticket id/],
    ['a year the clock does not count (would take minutes)', 'T-1,high,incident,2027-03-01T10:00+01:00,9999-03-01T10:00+01:00,', 'unparseable-time', /`9999-03-01T10:00\+01:00` in `first_response_at` is in the year 9999; ticket times run from 1970 to 2199/],
    ['an opening in year 1', 'T-1,high,incident,0001-03-01T10:00,,', 'unparseable-time', /in the year 1; ticket times run from 1970 to 2199/],
    ['wrong number of fields', 'T-1,high,incident,2027-03-01T10:00+01:00', 'wrong-field-count', /4 fields where the header has 6/],
  ];
  for (const [name, row, reason, message] of cases) {
    it(name, async () => {
      const result = await read(`${HEADER}\nT-0,high,incident,2027-03-01T09:00+01:00,,\n${row}\n`);
      expect(result.rows).toBe(2);
      expect(result.tickets.map((t) => t.id)).toEqual(['T-0']);
      expect(result.badRows).toHaveLength(1);
      expect(result.badRows[0]).toMatchObject({ row: 3, reason });
      expect(result.badRows[0]!.message).toMatch(message);
    });
  }

  it('duplicate ticket ids, naming the first row', async () => {
    const result = await read(`${HEADER}\nT-1,high,incident,2027-03-01T09:00+01:00,,\n\nT-1,low,question,2027-03-02T09:00+01:00,,\n`);
    expect(result.badRows).toEqual([{ row: 4, ticket: 'T-1', reason: 'duplicate-ticket', message: 'ticket T-1 appears again (first at row 2)' }]);
  });

  it('bad pauses and effort', async () => {
    const result = await read(
      `${HEADER},pauses,effort_hours\n` +
        'T-1,high,incident,2027-03-01T09:00+01:00,,,2027-03-01T10:00/2027-03-01T09:00,\n' +
        'T-2,high,incident,2027-03-01T09:00+01:00,,,soon,\n' +
        'T-3,high,incident,2027-03-01T09:00+01:00,,,,two\n',
    );
    expect(result.badRows.map((b) => [b.row, b.reason])).toEqual([[2, 'bad-pause'], [3, 'bad-pause'], [4, 'bad-effort']]);
    const far = await read(`${HEADER},pauses\nT-1,high,incident,2027-03-01T09:00+01:00,,,2027-03-01T10:00/9999-03-01T09:00\n`);
    expect(far.badRows[0]).toMatchObject({ reason: 'bad-pause', message: expect.stringContaining('outside the years 1970 to 2199') });
  });

  it('counts the rows of a quoted field that spans lines', async () => {
    const result = await read(`${HEADER},note\n"T-1",high,incident,2027-03-01T09:00+01:00,,,"two\nlines"\nT-2,urgent,incident,2027-03-01T09:00+01:00,,,x\n`);
    expect(result.badRows[0]).toMatchObject({ row: 4, reason: 'unknown-severity' });
  });

  it('suggests the severity meant', async () => {
    const result = await read(`${HEADER}\nT-1,hight,incident,2027-03-01T09:00+01:00,,\n`);
    expect(result.badRows[0]!.message).toMatch(/did you mean `high`\?/);
  });
});

describe('readTickets: the export as a whole', () => {
  it('refuses an export without the required columns', async () => {
    await expect(read('number,priority\n1,high\n')).rejects.toThrow(/no id column.*--columns id=<header>|no opened column/);
  });
  it('refuses an unclosed quote', async () => {
    await expect(read(`${HEADER}\n"T-1,high,incident,2027-03-01T09:00+01:00,,\n`)).rejects.toBeInstanceOf(TicketExportError);
  });

  it('quotes at most the start of a huge value in a bad row\'s message, with its length', async () => {
    const result = await read(`${HEADER}\nT-1,${'x'.repeat(200_000)},incident,2027-03-01T10:00+01:00,,\n`);
    const message = result.badRows[0]!.message;
    expect(message.length).toBeLessThan(400);
    expect(message).toContain('… (200,000 characters)');
  });

  it('refuses an export over the row limit with the limit in the message, before reading it all', async () => {
    const rows = Array.from({ length: 11 }, (_, i) => `T-${i},high,incident,2027-03-01T10:00+01:00,,`).join('\n');
    await expect(read(`${HEADER}\n${rows}\n`, { maxRows: 10 })).rejects.toThrow(/more than 10 tickets, the most one report reads/);
    expect((await read(`${HEADER}\n${rows}\n`, { maxRows: 11 })).rows).toBe(11);
    await expect(read(JSON.stringify(Array.from({ length: 11 }, (_, i) => ({ id: `T-${i}` }))), { maxRows: 10 })).rejects.toThrow(/more than 10 tickets/);
  });

  it('refuses __proto__ and other object members as --columns fields', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) expect(() => parseColumnSpec(`${name}=x`)).toThrow(/unknown field/);
  });

  it('refuses a JSON export nested 5,000 deep with the ticket and field, instead of overflowing the stack', async () => {
    const deep = `[{"id": "T-1", "severity": ${'['.repeat(5000)}${']'.repeat(5000)}}]`;
    await expect(read(deep)).rejects.toThrow(/^ticket 1, field `severity`: a value nested inside another/);
  });
  it('refuses an empty export', async () => {
    await expect(read('')).rejects.toThrow(/empty/);
  });
  it('refuses a --columns header the export does not have', async () => {
    await expect(read(`${HEADER}\n`, { columns: { opened: 'Created' } })).rejects.toThrow(/no column `Created`/);
  });
});

describe('readTickets: times', () => {
  it('reads times without an offset in the given zone, and counts them', async () => {
    const result = await read(`${HEADER}\nT-1,high,incident,2027-07-01 09:00,2027-07-01T09:30:00Z,\n`);
    const [ticket] = result.tickets;
    expect(ticket!.opened.toISO()).toBe('2027-07-01T09:00:00.000+02:00');
    expect(ticket!.firstResponse!.toUTC().toISO()).toBe('2027-07-01T09:30:00.000Z');
    expect(result.timesWithoutOffset).toBe(1);
  });
  it('reads a help-desk format with --time-format', async () => {
    const result = await read(`${HEADER}\nT-1,high,incident,05/Mar/27 3:30 PM,,\n`, { timeFormat: 'dd/MMM/yy h:mm a' });
    expect(result.tickets[0]!.opened.toISO()).toBe('2027-03-05T15:30:00.000+01:00');
  });
});

describe('readTickets: help-desk layouts as they come', () => {
  it('reads a Jira-like export with --columns, --severity-map and --type-map', async () => {
    const jira = [
      'Summary,Issue key,Issue id,Issue Type,Status,Priority,Assignee,Created,Custom field (First Response Date),Resolved,Time Spent',
      '"Chat widget shows an error, all visitors",SUP-101,10101,Bug,Done,Highest,Jonas Weber,02/Mar/27 10:05 AM,02/Mar/27 10:25 AM,02/Mar/27 12:40 PM,7200',
      'Change the greeting,SUP-102,10102,Task,Done,Medium,Jonas Weber,02/Mar/27 2:10 PM,02/Mar/27 4:40 PM,04/Mar/27 11:00 AM,5400',
      'Add WhatsApp,SUP-103,10103,New Feature,Open,Low,,08/Mar/27 11:30 AM,,,',
    ].join('\n');
    const result = await read(jira, {
      columns: parseColumnSpec('id=Issue key,type=Issue Type,response=Custom field (First Response Date)'),
      severityMap: parseValueMap('Highest=critical,Medium=normal', '--severity-map'),
      requestTypeMap: parseValueMap('Bug=incident,Task=tuning,New Feature=enhancement', '--type-map'),
      timeFormat: 'dd/MMM/yy h:mm a',
    });
    expect(result.badRows).toEqual([]);
    expect(result.tickets.map((t) => [t.id, t.severity, t.requestType, t.opened.toFormat('yyyy-MM-dd HH:mm'), t.firstResponse?.toFormat('HH:mm') ?? null])).toEqual([
      ['SUP-101', 'critical', 'incident', '2027-03-02 10:05', '10:25'],
      ['SUP-102', 'normal', 'tuning', '2027-03-02 14:10', '16:40'],
      ['SUP-103', 'low', 'enhancement', '2027-03-08 11:30', null],
    ]);
    // Jira's own names for the rest are recognised without --columns.
    expect(result.columns).toMatchObject({ severity: 'Priority', opened: 'Created', resolved: 'Resolved' });
  });

  it('reads a Zendesk-like export, turning "First reply time in minutes" into a time', async () => {
    const zendesk = [
      'Id,Requester,Subject,Status,Priority,Ticket type,Created at,Solved at,First reply time in minutes,Tags',
      '4512,l.brandt@brightline.example,Bot quotes old refund terms,solved,Urgent,Incident,2027-03-06 22:40,2027-03-07 04:10,75,refunds',
      '4513,l.brandt@brightline.example,How is drift measured?,solved,Low,Question,2027-03-03 15:00,2027-03-05 11:00,1140,',
      '4514,l.brandt@brightline.example,Bot down,open,Urgent,Problem,2027-03-31 15:00,,,',
    ].join('\n');
    const result = await read(zendesk, {
      severityMap: parseValueMap('Urgent=critical', '--severity-map'),
      requestTypeMap: parseValueMap('Incident=answer-quality,Problem=incident', '--type-map'),
    });
    expect(result.badRows).toEqual([]);
    expect(result.columns).toMatchObject({ id: 'Id', severity: 'Priority', requestType: 'Ticket type', opened: 'Created at', resolved: 'Solved at', firstResponseMinutes: 'First reply time in minutes' });
    expect(result.tickets.map((t) => [t.id, t.severity, t.requestType, t.firstResponse?.toISO() ?? null])).toEqual([
      ['4512', 'critical', 'answer-quality', '2027-03-06T23:55:00.000+01:00'],
      ['4513', 'low', 'question', '2027-03-04T10:00:00.000+01:00'],
      ['4514', 'critical', 'incident', null],
    ]);
  });

  it('reads a JSON export (array or { tickets }), with pauses as objects', async () => {
    const tickets = [
      { id: 'J-1', severity: 'High', type: 'Bug or failure', opened: '2027-03-10T10:00+01:00', firstResponse: '2027-03-10T14:30+01:00', pauses: [{ start: '2027-03-10T10:30+01:00', end: '2027-03-10T13:45+01:00' }] },
      { id: 'J-2', severity: 5, opened: '2027-03-10T10:00+01:00' },
    ];
    for (const text of [JSON.stringify(tickets), JSON.stringify({ tickets })]) {
      const result = await read(text);
      expect(result.tickets).toHaveLength(1);
      expect(result.tickets[0]).toMatchObject({ id: 'J-1', severity: 'high', requestType: 'incident' });
      expect(result.tickets[0]!.pauses).toHaveLength(1);
      expect(result.badRows).toMatchObject([{ row: 2, ticket: 'J-2', reason: 'unknown-severity' }]);
    }
  });

  it('reads semicolon-separated exports from European spreadsheets', async () => {
    const result = await read('ticket_id;severity;opened_at\nT-1;2;2027-03-01T10:00+01:00\n');
    expect(result.tickets[0]).toMatchObject({ id: 'T-1', severity: 'high' });
  });
});

describe('--columns and value mappings', () => {
  it('parses quoted headers with commas', () => {
    expect(parseColumnSpec('id="Key, external",opened=Created')).toEqual({ id: 'Key, external', opened: 'Created' });
  });
  it('names the unknown field', () => {
    expect(() => parseColumnSpec('openedd=Created')).toThrow(/unknown field `openedd`/);
  });
  it('refuses text that is not pairs', () => {
    expect(() => parseValueMap('P1', '--severity-map')).toThrow(/key=value/);
  });
});

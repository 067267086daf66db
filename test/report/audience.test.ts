import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildReport, formatReportMarkdown, resolvePeriod, type Ticket, type TicketReadResult } from '../../src/report/index.js';
import { agreementWith, STANDARD_LOW } from '../clock/agreement-fixtures.js';
import { runCli } from '../helpers/cli.js';
import { dehyphenate, readPdf } from '../pdf/read-pdf.js';

/*
 * Issue 19: the client PDF carried command-line hints ("map export values with --severity-map") and advice meant for
 * the provider ("bill the excess"). `--audience client` writes facts tied to the agreement, names rather than ids,
 * and unreadable rows as one count; `--audience internal` writes everything, with how to fix the rows.
 */
const AGREEMENT = 'examples/standard-customer-service-assistant.sla.yaml';
const TICKETS = 'examples/standard-customer-service-assistant.tickets.csv';
const example = ['report', AGREEMENT, '--tickets', TICKETS, '--now', '2027-04-01T09:00'];

/** Unmapped severities (P1, P2, a typo), an unknown request type, an unreadable time and effort, a short row, a repeat. */
const BAD_EXPORT = `ticket_id,severity,request_type,opened_at,first_response_at,resolved_at,effort_hours
X-1,P1,incident,2027-03-02T10:00+01:00,2027-03-02T10:20+01:00,2027-03-02T12:00+01:00,1
X-2,P2,incident,2027-03-03T10:00+01:00,,,1
X-3,Hihg,incident,2027-03-03T11:00+01:00,,,1
X-4,high,Feature,2027-03-04T10:00+01:00,,,1
X-5,high,incident,03/04/2027 10:00,,,1
X-6,high,incident,2027-03-05T10:00+01:00,,,lots
X-7,high,incident,2027-03-05T10:00+01:00
X-8,normal,question,2027-03-08T10:00+01:00,2027-03-08T10:30+01:00,,0.5
X-9,low,question,2027-03-09T10:00,2027-03-09T11:00,,0.5
X-8,normal,question,2027-03-08T10:00+01:00,2027-03-08T10:30+01:00,,0.5
`;
const bad = ['report', AGREEMENT, '--tickets', '-', '--input-format', 'csv', '--now', '2027-04-01T09:00'];

/** What a client report never contains: options, commands, ids, export columns, advice to the provider. */
function expectClientReport(text: string): void {
  expect(text).not.toMatch(/(^|[\s(`'"])--[a-z]/m);
  expect(text).not.toMatch(/\bsla [a-z]/);
  expect(text).not.toMatch(/berlin-business|always-on|brightline-service-assistant/);
  expect(text).not.toMatch(/\bbill|reprice|quote them|staffing|to review|realistic|run the report again|correct the export|whether it is needed/i);
  expect(text).not.toMatch(/opened_at|ticket_id|severity_map|UTC offset|time-format|luxon/i);
  expect(text).not.toMatch(/Rows not used|unknown severity|How to fix/);
  // Severities by name in the tables and findings, not by id.
  expect(text).not.toMatch(/\| (critical|high|normal|low) \|/);
  expect(text).not.toMatch(/^- (critical|high|normal|low):/m);
}

describe('sla report --audience client', () => {
  it('the shipped example: facts and names only, unreadable rows as one count', async () => {
    const run = await runCli([...example, '--audience', 'client']);
    expect(run.code).toBe(0);
    expectClientReport(run.stdout);
    expect(run.stdout).toContain('- **Tickets:** 53 opened in the period; 4 rows of the export could not be read and are not counted.');
    expect(run.stdout).toContain('- **Agreement:** version 1.1, tier Standard');
    expect(run.stdout).toContain('| High | 14 | 2h on Berlin business hours (commitment) | 9 | 5 | 0 | 1 h 15 min | 2 h 50 min |');
    expect(run.stdout).toContain('| BL-1017 | Critical | response 1h on Around the clock (commitment) |');
    expect(run.stdout).toContain('| BL-1056 | High | Wed 31 Mar 15:00 | response | Wed 31 Mar 17:00 | overdue by 30 min |');
    expect(run.stdout).toContain('| Enhancement | change order | 2 | 4% | 5 h |');
    const findings = run.stdout.slice(run.stdout.indexOf('## Findings'), run.stdout.indexOf('## First response'));
    expect(findings.trim().split('\n').slice(2)).toEqual([
      '- Critical: 1 of 4 first responses came later than the agreed response target.',
      '- Critical: 1 of 4 resolutions came later than the agreed resolution target.',
      '- Critical: the update cadence, 2h on Around the clock (commitment), was not kept on 1 of 4 tickets.',
      '- High: 5 of 14 first responses came later than the agreed response target.',
      '- High: the update cadence, 4h on Berlin business hours (commitment), was not kept on 1 of 13 tickets.',
      '- 2 of 53 requests (4%) were change-order work raised as support tickets (BL-1016, BL-1053); under the agreement such requests are change orders, not support.',
      "- 1 support ticket took more than the agreement's 6-hour change-order threshold (BL-1030).",
      '- Prompt and workflow tuning: 13.5 h used of the 8 h the agreement allows for the period (8 h a month).',
    ]);
    // The rows are still listed on stderr, for whoever runs the command.
    expect(run.stderr.trim().split('\n')).toHaveLength(4);
  });

  it('an export with bad rows and unmapped severities: one count sentence, no hints', async () => {
    const run = await runCli([...bad, '--audience', 'client'], { stdin: BAD_EXPORT });
    expect(run.code).toBe(0);
    expectClientReport(run.stdout);
    expect(run.stdout).toContain('- **Tickets:** 2 opened in the period; 8 rows of the export could not be read and are not counted.');
    expect(run.stdout).toContain('- Critical: no tickets this period.');
    expect(run.stdout.match(/could not be read/g)).toHaveLength(1);
  });

  it('one unreadable row is one row', async () => {
    const run = await runCli([...bad, '--audience', 'client'], { stdin: BAD_EXPORT.split('\n').filter((line) => !/^X-[1-7],/.test(line)).join('\n') });
    expect(run.stdout).toContain('; 1 row of the export could not be read and is not counted.');
  });
});

describe('sla report --audience internal (the default for Markdown)', () => {
  it('the shipped example: everything as before, and how to fix the rows', async () => {
    const [internal, byDefault] = [await runCli([...example, '--audience', 'internal']), await runCli(example)];
    expect(internal.stdout).toBe(byDefault.stdout);
    const md = internal.stdout;
    expect(md).toContain('- **Agreement:** brightline-service-assistant, version 1.1, tier Standard');
    expect(md).toContain('- **Tickets:** 53 opened in the period; 4 rows of the export could not be used');
    expect(md).toContain('| High | 14 | 2h on berlin-business (commitment) | 9 | 5 | 0 | 1 h 15 min | 2 h 50 min |');
    expect(md).toContain('- Prompt and workflow tuning: 13.5 h used of the 8 h allowed (8 h a month) — bill the excess or review the allowance.');
    expect(md).toContain('Times in the export without a UTC offset (6) were read as Europe/Berlin time.');
    expect(md).toContain('| 34 | BL-1032 | unknown severity `urgent`; known: critical, high, normal, low (map export values with --severity-map) |');
    expect(md).toContain('How to fix them, then run the report again:');
    expect(md).toContain('- **Unknown severity** (row 34): map the export\'s values to severity ids with `--severity-map urgent=critical`');
    expect(md).toContain('- **Unreadable time** (row 50): a time (column `opened_at`) cannot be read. Give the export\'s time format in luxon tokens with `--time-format`');
    expect(md).toContain('- **Ticket id repeated** (row 47): the first row with the id is counted');
    expect(md).toContain('- **First response before opening** (row 58): correct the first response or the opening time in the export; if the wrong column was read as the first response, name the right one with `--columns response=<header>`.');
  });

  it('an export with bad rows: a fix per reason, with the flag, the column and example values', async () => {
    const run = await runCli(bad, { stdin: BAD_EXPORT });
    expect(run.code).toBe(0);
    const fixes = run.stdout.slice(run.stdout.indexOf('How to fix them')).split('\n').filter((line) => line.startsWith('- '));
    expect(fixes.map((line) => /^- \*\*([^*]+)\*\* \(([^)]+)\)/.exec(line)?.slice(1).join(': '))).toEqual([
      'Unknown severity: rows 2, 3 and 4',
      'Unknown request type: row 5',
      'Unreadable time: row 6',
      'Unreadable effort: row 7',
      'Wrong number of fields: row 8',
      'Ticket id repeated: row 11',
    ]);
    // P1 and P2 are numbered like the agreement's levels; a value that is not gets an example id to replace.
    expect(fixes[0]).toContain('`--severity-map P1=critical,P2=high,Hihg=critical`');
    expect(fixes[0]).toContain("(the agreement's severity ids: `critical`, `high`, `normal`, `low`)");
    expect(fixes[1]).toContain('`--type-map Feature=incident`');
    expect(fixes[2]).toContain('(column `opened_at`)');
    expect(fixes[3]).toContain('`--columns effort=<header>`');
  });
});

describe('sla report: which audience by default, and JSON', () => {
  it('a PDF is for the client unless --audience internal says otherwise', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sla-report-audience-'));
    const client = await runCli([...example, '--format', 'pdf', '--output', path.join(dir, 'client.pdf')]);
    expect(client.code).toBe(0);
    const pdf = await readPdf(await readFile(path.join(dir, 'client.pdf')));
    expectClientReport(pdf.text);
    // The sentence may wrap with "counted" hyphenated (en-GB patterns: "coun-ted").
    expect(dehyphenate(pdf.text)).toContain('4 rows of the export could not be read and are not counted');
    expect(pdf.text).toContain('Berlin business hours');
    expect(String(pdf.info.Subject)).not.toContain('brightline-service-assistant');

    const internal = await runCli([...example, '--format', 'pdf', '--audience', 'internal', '--output', path.join(dir, 'internal.pdf')]);
    expect(internal.code).toBe(0);
    const text = (await readPdf(await readFile(path.join(dir, 'internal.pdf')))).text;
    expect(text).toContain('--severity-map');
    expect(text).toContain('bill the excess');
  });

  it('JSON is the same data for both audiences', async () => {
    const json = await runCli([...example, '--format', 'json']);
    expect((await runCli([...example, '--format', 'json', '--audience', 'client'])).stdout).toBe(json.stdout);
    expect((await runCli([...example, '--format', 'json', '--audience', 'internal'])).stdout).toBe(json.stdout);
  });

  it('refuses another audience, and --help says the defaults', async () => {
    const run = await runCli([...example, '--audience', 'public']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--audience.*`public` is not an audience\. Choose `client` or `internal`/);
    const help = (await runCli(['report', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--audience <audience> who the report is for: client .* Default: client for pdf, internal for md; json is data/);
  });
});

describe('formatReportMarkdown: the audience option', () => {
  const zone = 'Europe/Berlin';
  const at = (text: string) => DateTime.fromISO(text, { zone });
  const period = resolvePeriod({ from: '2027-01-01', to: '2027-01-31', now: at('2027-02-01T09:00'), zone });
  const read = (tickets: Ticket[]): TicketReadResult => ({ tickets, badRows: [], rows: tickets.length, timesWithoutOffset: 0, zone, columns: {}, hasUpdates: false });
  const agreement = agreementWith('response: { within: 2h, calendar: berlin-business }', '', [[STANDARD_LOW, '      low: not-offered\n']]);
  const report = buildReport(agreement, read([{ row: 2, id: 'T-1', severity: 'low', tier: 'standard', opened: at('2027-01-05T10:00'), pauses: [] }]), { period, now: at('2027-02-01T09:00') });

  it('is internal unless told, and checks its value', () => {
    expect(formatReportMarkdown(report)).toBe(formatReportMarkdown(report, { audience: 'internal' }));
    expect(() => formatReportMarkdown(report, { audience: 'public' as never })).toThrow(new TypeError("audience must be one of 'client', 'internal', not 'public'"));
    expect(() => formatReportMarkdown(report, { audience: 1 as never })).toThrow(TypeError);
  });

  it('tickets without a target: why in the client\'s words, tiers and severities by name', () => {
    const internal = formatReportMarkdown(report, { audience: 'internal', agreement });
    expect(internal).toContain('| T-1 | low | standard | response | tier `standard` does not offer severity `low` (`not-offered`) |');
    expect(internal).toContain('agree a target or route them elsewhere');
    const client = formatReportMarkdown(report, { audience: 'client', agreement });
    expect(client).toContain('| T-1 | Low | Standard | response | the agreement does not offer this response target for the tier |');
    expect(client).toContain('- 1 ticket had a target the agreement does not offer or state (T-1); it is counted, but not checked against a target.');
    // No id or field name in a code span (the chart's legend is the only code in the report).
    expect(client).not.toMatch(/`[\w-]+`/);
    expect(client).not.toMatch(/agree a target|route them/);
  });

  it('no findings with targets missed says so rather than "every target was met"', () => {
    // A late response too rare to call out (here: no share is), and no other finding.
    const built = buildReport(agreement, read([{ row: 2, id: 'T-2', severity: 'high', tier: 'standard', opened: at('2027-01-05T10:00'), pauses: [] }]), { period, now: at('2027-02-01T09:00'), missedShareToFlag: 2 });
    const late = { ...built, findings: [] };
    expect(late.breaches).toHaveLength(1);
    for (const audience of ['client', 'internal'] as const) {
      const markdown = formatReportMarkdown(late, { audience, agreement });
      expect(markdown).not.toContain('every target was met');
      expect(markdown).toContain('No findings beyond the targets missed listed below');
    }
  });

  it('without the agreement, a client report still names severities and the report\'s own tier', () => {
    const client = formatReportMarkdown(report, { audience: 'client' });
    expect(client).toContain('| T-1 | Low | Standard | response |');
  });
});

describe('a client report on the published support policy', () => {
  // Business tier: sev-2 answers within 2h on follow-the-sun, the next business day when raised outside its hours;
  // follow-the-sun closes on the provider's holidays, which the policy does not list (a warning).
  const POLICY_EXPORT = `id,severity,tier,opened,first response,resolved
P-1,sev-2,business,2027-03-02T10:00+00:00,2027-03-02T13:00+00:00,2027-03-03T10:00+00:00
P-2,sev-4,starter,2027-03-03T10:00+00:00,,
P-3,sev-1,business,2027-03-06T22:00+00:00,2027-03-06T22:30+00:00,2027-03-07T02:00+00:00
`;
  const args = ['report', 'examples/published-support-policy.sla.yaml', '--tickets', '-', '--input-format', 'csv', '--now', '2027-04-01T09:00', '--tier', 'business'];

  it('names calendars in outside-hours targets and warnings, tiers and severities by name', async () => {
    const client = await runCli([...args, '--audience', 'client'], { stdin: POLICY_EXPORT });
    expect(client.code).toBe(0);
    expect(client.stdout).not.toMatch(/follow-the-sun|london-business|always-on|holidaysOf|`[\w-]+`|sev-\d|\| (starter|business) \|/);
    expect(client.stdout).toContain('| Severity 2 (major) | 1 | 2h on Follow-the-sun business hours (commitment); outside Follow-the-sun business hours: next business day on Follow-the-sun business hours |');
    expect(client.stdout).toContain("- **Note:** Due times on Follow-the-sun business hours count the holidays of the provider's location as working days: the agreement does not list them.");
    expect(client.stdout).toContain('| P-2 | Severity 4 (question) | Starter | resolution | the agreement does not offer this resolution target for the tier |');
    const internal = await runCli(args, { stdin: POLICY_EXPORT });
    expect(internal.stdout).toContain('calendar `follow-the-sun` closes on the holidays of the provider\'s location (`holidaysOf: provider-location`)');
    expect(internal.stdout).toContain('2h on follow-the-sun (commitment); outside follow-the-sun hours: next business day on follow-the-sun');
  });
});

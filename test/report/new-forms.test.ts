/**
 * `sla report` on the forms real policies write: severities a tier does not offer and targets it does not state
 * (counted, listed as "no target"), ranges and named deadlines (checked against the due time the clock computes),
 * outside-hours targets, resolutions counted from the response, firmness in the target text, and policies.
 * Hand-computed on the Berlin calendar of the example: Mon–Fri 09:00–12:30 and 13:30–17:30.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime, Interval } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import type { Agreement } from '../../src/model/agreement.js';
import { buildReport, formatReportMarkdown, resolvePeriod, type Ticket, type TicketReadResult } from '../../src/report/index.js';
import { agreementTextWith, agreementWith, STANDARD_LOW } from '../clock/agreement-fixtures.js';
import { runCli } from '../helpers/cli.js';

const zone = 'Europe/Berlin';
const at = (text: string) => DateTime.fromISO(text, { zone });
const january = resolvePeriod({ from: '2027-01-01', to: '2027-01-31', now: at('2027-02-01T09:00'), zone });
const exportOf = (tickets: Ticket[]): TicketReadResult => ({ tickets, badRows: [], rows: tickets.length, timesWithoutOffset: 0, zone, columns: {}, hasUpdates: false });
const ticket = (id: string, severity: string, opened: string, rest: Partial<Ticket> = {}): Ticket => ({
  row: 2, id, severity, tier: 'standard', opened: at(opened), pauses: [], ...rest,
});
const report = (agreement: Agreement, tickets: Ticket[], now = '2027-02-01T09:00') => buildReport(agreement, exportOf(tickets), { period: january, now: at(now) });
const high = (report: ReturnType<typeof buildReport>) => report.severities.find((s) => s.id === 'high')!;

describe('tickets without a target are counted and listed', () => {
  it('a severity the tier does not offer', () => {
    const agreement = agreementWith('response: { within: 2h, calendar: berlin-business }', '', [[STANDARD_LOW, '      low: not-offered\n']]);
    const result = report(agreement, [ticket('T-1', 'low', '2027-01-05T10:00'), ticket('T-2', 'low', '2027-01-06T10:00', { firstResponse: at('2027-01-06T11:00'), resolved: at('2027-01-07T10:00') })]);
    const low = result.severities.find((s) => s.id === 'low')!;
    expect(low.tickets).toBe(2);
    expect(low.targets.response).toBe('not offered');
    expect(low.response).toMatchObject({ met: 0, breached: 0, open: 0, noTarget: 2 });
    expect(result.totals).toMatchObject({ tickets: 2, responseNoTarget: 2 });
    expect(result.noTarget).toEqual([
      { ticket: 'T-1', severity: 'low', tier: 'standard', target: 'response', reason: 'not-offered', message: 'tier `standard` does not offer severity `low` (`not-offered`)' },
      { ticket: 'T-2', severity: 'low', tier: 'standard', target: 'response', reason: 'not-offered', message: 'tier `standard` does not offer severity `low` (`not-offered`)' },
    ]);
    // The open one is still open, with no due time.
    expect(result.openTickets).toEqual([{ ticket: 'T-1', severity: 'low', opened: '2027-01-05T10:00:00+01:00', awaiting: 'response', due: null, workingMinutesLeft: null }]);
    expect(result.findings.find((f) => f.id === 'no-target')?.tickets).toEqual(['T-1', 'T-2']);
    const markdown = formatReportMarkdown(result);
    expect(markdown).toContain('## Tickets without a target');
    expect(markdown).toContain('| T-1 | low | standard | response | tier `standard` does not offer severity `low` (`not-offered`) |');
  });

  it('a response the agreement does not state; the resolution is still checked', () => {
    const agreement = agreementWith('response: unstated\nresolution: { within: 1d, calendar: berlin-business, firmness: objective }');
    const result = report(agreement, [ticket('T-1', 'high', '2027-01-05T10:00', { firstResponse: at('2027-01-05T11:00'), resolved: at('2027-01-06T11:00') })]);
    expect(high(result).targets).toEqual({ response: 'not stated', update: null, resolution: '1d on berlin-business (objective)' });
    expect(high(result).response.noTarget).toBe(1);
    expect(high(result).resolution).toMatchObject({ met: 0, missed: 1, open: 0, noTarget: 0 });
    expect(result.breaches).toEqual([expect.objectContaining({ ticket: 'T-1', target: 'resolution', targetText: '1d on berlin-business (objective)', due: '2027-01-06T10:00:00+01:00', lateMinutes: 60 })]);
    expect(result.noTarget.map((n) => [n.ticket, n.target, n.reason])).toEqual([['T-1', 'response', 'unstated']]);
  });

  it('a target on hours the agreement does not state', () => {
    const agreement = agreementWith('response: { within: 2h, calendar: other }', '- { id: other, name: Other, timezone: Europe/Paris, hours: unstated }');
    const result = report(agreement, [ticket('T-1', 'high', '2027-01-05T10:00')]);
    expect(result.noTarget).toEqual([expect.objectContaining({ reason: 'calendar-unstated', message: expect.stringContaining('(`hours: unstated`)') })]);
  });
});

describe('ranges and named deadlines are checked against the due time the clock computes', () => {
  it('a range is due at its longer end', () => {
    const agreement = agreementWith('response: { between: [1d, 2d], calendar: berlin-business }');
    // Tue 5 Jan 10:00: due Thu 7 Jan 10:00; answered Thu 11:00 is an hour late, Wed 16:00 is on time.
    const result = report(agreement, [
      ticket('T-1', 'high', '2027-01-05T10:00', { firstResponse: at('2027-01-07T11:00') }),
      ticket('T-2', 'high', '2027-01-05T10:00', { firstResponse: at('2027-01-06T16:00') }),
    ]);
    expect(high(result).targets.response).toBe('1d–2d on berlin-business');
    expect(result.breaches).toEqual([expect.objectContaining({ ticket: 'T-1', due: '2027-01-07T10:00:00+01:00', lateMinutes: 60, targetText: '1d–2d on berlin-business' })]);
    expect(high(result).response).toMatchObject({ met: 1, breached: 1 });
  });

  it('next business day: the close of the next working day, and pauses extend it', () => {
    const agreement = agreementWith('response: { by: next-business-day, calendar: berlin-business, firmness: commitment }');
    const result = report(agreement, [
      // Tue 10:00 → due Wed 17:30; answered Thu 10:00: late by Thursday's first hour.
      ticket('T-1', 'high', '2027-01-05T10:00', { firstResponse: at('2027-01-07T10:00') }),
      // The same, waiting on the client Wed 09:00–11:00: two working hours more, Thu 11:00; answered 10:00 is on time.
      ticket('T-2', 'high', '2027-01-05T10:00', { firstResponse: at('2027-01-07T10:00'), pauses: [Interval.fromDateTimes(at('2027-01-06T09:00'), at('2027-01-06T11:00'))] }),
    ]);
    expect(result.breaches).toEqual([expect.objectContaining({ ticket: 'T-1', due: '2027-01-06T17:30:00+01:00', lateMinutes: 60, targetText: 'next business day on berlin-business (commitment)' })]);
    expect(high(result).response).toMatchObject({ met: 1, breached: 1 });
  });

  it('the outside-hours target applies to a ticket raised while support hours are closed', () => {
    const agreement = agreementWith(`
response:
  within: 2h
  calendar: berlin-business
  outsideHours: { hours: berlin-business, by: next-business-day, calendar: berlin-business }`);
    const result = report(agreement, [
      // Fri 8 Jan 18:00: due Mon 11 Jan 17:30; answered Tue 09:30 is 30 minutes late.
      ticket('T-1', 'high', '2027-01-08T18:00', { firstResponse: at('2027-01-12T09:30') }),
      // Mon 11 Jan 10:00, in hours: 2h, due 12:00.
      ticket('T-2', 'high', '2027-01-11T10:00', { firstResponse: at('2027-01-11T12:30') }),
    ]);
    expect(high(result).targets.response).toBe('2h on berlin-business; outside berlin-business hours: next business day on berlin-business');
    expect(result.breaches.map((b) => [b.ticket, b.due, b.lateMinutes, b.targetText])).toEqual([
      ['T-2', '2027-01-11T12:00:00+01:00', 30, '2h on berlin-business'],
      ['T-1', '2027-01-11T17:30:00+01:00', 30, 'next business day on berlin-business, raised outside hours'],
    ]);
  });
});

describe('a resolution counted from the response', () => {
  const agreement = agreementWith(`
response: { within: 2h, calendar: berlin-business }
resolution: { within: 4h, calendar: berlin-business, from: response }`);

  it('starts at the actual first response when the export has one', () => {
    // Responded Tue 15:00 (late); 4h from there: 2h30m to 17:30, then Wed 09:00 + 1h30m = 10:30. Resolved 10:00: met.
    const result = report(agreement, [ticket('T-1', 'high', '2027-01-05T10:00', { firstResponse: at('2027-01-05T15:00'), resolved: at('2027-01-06T10:00') })]);
    expect(high(result).resolution).toMatchObject({ met: 1, missed: 0 });
  });

  it('else at the response due time', () => {
    // Not answered; due 12:00; resolution due 4h later: 30m to 12:30, 3h30m from 13:30 = 17:00. At now Wed 09:30
    // both are overdue (by 300 and 60 working minutes) and the response is awaited.
    const result = report(agreement, [ticket('T-1', 'high', '2027-01-05T10:00')], '2027-01-06T09:30');
    expect(result.breaches.map((b) => [b.target, b.due, b.lateMinutes])).toEqual([
      ['response', '2027-01-05T12:00:00+01:00', 300],
      ['resolution', '2027-01-05T17:00:00+01:00', 60],
    ]);
    expect(result.openTickets).toEqual([expect.objectContaining({ awaiting: 'response', due: '2027-01-05T12:00:00+01:00' })]);
    const resolved = report(agreement, [ticket('T-2', 'high', '2027-01-05T10:00', { resolved: at('2027-01-05T17:30') })]);
    // Resolved without a recorded response: answered at resolution (late), the resolution counted from 12:00, due 17:00.
    expect(resolved.breaches.map((b) => [b.target, b.due, b.lateMinutes])).toEqual([
      ['response', '2027-01-05T12:00:00+01:00', 270],
      ['resolution', '2027-01-05T17:00:00+01:00', 30],
    ]);
  });
});

describe('policies and the published-policy example', () => {
  const POLICY = 'examples/published-support-policy.sla.yaml';
  const policy = loadAgreementText(readFileSync(POLICY, 'utf8'), POLICY).agreement!;

  it('sla report on a policy with several tiers needs --tier (exit 2, the tiers listed)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sla-report-'));
    const tickets = path.join(dir, 'tickets.csv');
    writeFileSync(tickets, 'id,severity,opened,first response\nN-1,sev-2,2027-01-05T10:00Z,2027-01-05T11:00Z\nN-2,sev-4,2027-01-05T10:00Z,\n');
    const without = await runCli(['report', POLICY, '--tickets', tickets, '--now', '2027-02-01T09:00']);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('choose the one the tickets are under with `--tier`: `starter`, `business`, `enterprise`');
    const run = await runCli(['report', POLICY, '--tickets', tickets, '--now', '2027-02-01T09:00', '--tier', 'business', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.agreement.client).toBeNull();
    expect(json.totals.tickets).toBe(2);
    // The follow-the-sun calendar takes the holidays of the teams' cities, which the policy does not list.
    expect(json.warnings).toEqual([expect.stringContaining('`holidaysOf: provider-location`')]);
    expect(run.stderr).toContain('sla: warning: calendar `follow-the-sun`');
  });

  it('met + breached + open + no target = tickets, on every tier and severity (property)', () => {
    const severities = policy.severityLevels.map((s) => s.id);
    const tiers = policy.tiers.map((t) => t.id);
    const spec = fc.record({
      severity: fc.constantFrom(...severities), tier: fc.constantFrom(...tiers),
      opened: fc.integer({ min: 0, max: 31 * 24 * 60 - 1 }),
      response: fc.option(fc.integer({ min: 0, max: 4 * 24 * 60 }), { nil: undefined }),
      resolution: fc.option(fc.integer({ min: 0, max: 12 * 24 * 60 }), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(spec, { maxLength: 20 }), (specs) => {
      const start = DateTime.fromISO('2027-01-01T00:00', { zone: 'Europe/London' });
      const tickets = specs.map((s, i): Ticket => {
        const opened = start.plus({ minutes: s.opened });
        return {
          row: i + 2, id: `N-${i}`, severity: s.severity, tier: s.tier, opened, pauses: [],
          ...(s.response !== undefined && { firstResponse: opened.plus({ minutes: s.response }) }),
          ...(s.resolution !== undefined && { resolved: opened.plus({ minutes: s.resolution }) }),
        };
      });
      const period = resolvePeriod({ from: '2027-01-01', to: '2027-01-31', now: start.plus({ months: 1 }), zone: 'Europe/London' });
      const result = buildReport(policy, { ...exportOf(tickets), zone: 'Europe/London' }, { period, now: start.plus({ months: 1 }), tier: 'business' });
      for (const s of result.severities) {
        expect(s.response.met + s.response.breached + s.response.open + s.response.noTarget).toBe(s.tickets);
      }
      expect(result.noTarget.filter((n) => n.target === 'response')).toHaveLength(result.totals.responseNoTarget);
      expect(result.breaches).toHaveLength(result.totals.responseBreached + result.totals.resolutionMissed);
      expect(result.openTickets).toHaveLength(tickets.filter((t) => !t.resolved).length);
      for (const b of result.breaches) expect(b.lateMinutes).toBeGreaterThan(0);
    }), { numRuns: 40 });
  });
});

describe('sla report reads holiday files and takes --timezone for client-local calendars', () => {
  it('a client-local response calendar: unchecked without --timezone, checked with it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sla-report-'));
    const agreement = path.join(dir, 'client.sla.yaml');
    writeFileSync(agreement, agreementTextWith('response: { within: 2h, calendar: client }', '- { id: client, name: Client hours, timezone: client-local, hours: [{ days: [mon, tue, wed, thu, fri], open: ["08:00-17:00"] }] }'));
    const tickets = path.join(dir, 'tickets.csv');
    writeFileSync(tickets, 'id,severity,opened,first response\nC-1,high,2027-01-05T10:00-06:00,2027-01-05T13:00-06:00\n');
    const without = JSON.parse((await runCli(['report', agreement, '--tickets', tickets, '--now', '2027-02-01T09:00', '--format', 'json'])).stdout);
    expect(without.noTarget).toEqual([expect.objectContaining({ ticket: 'C-1', reason: 'calendar-unstated', message: expect.stringContaining('--timezone') })]);
    const chicago = JSON.parse((await runCli(['report', agreement, '--tickets', tickets, '--now', '2027-02-01T09:00', '--timezone', 'America/Chicago', '--format', 'json'])).stdout);
    expect(chicago.noTarget).toEqual([]);
    expect(chicago.breaches).toEqual([expect.objectContaining({ ticket: 'C-1', lateMinutes: 60 })]);
  });
});

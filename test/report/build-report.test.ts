import fc from 'fast-check';
import { DateTime, Interval } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/agreement.js';
import type { Agreement } from '../../src/model/agreement.js';
import { buildReport, defaultClock, dueExcludingPauses, median, percentile, readTickets, resolveNow, resolvePeriod, type Ticket, type TicketReadResult } from '../../src/report/index.js';

let agreement: Agreement;
beforeAll(async () => {
  agreement = (await loadAgreement('examples/standard-customer-service-assistant.sla.yaml')).agreement!;
});

const zone = 'Europe/Berlin';
const at = (text: string) => DateTime.fromISO(text, { zone });
const march = resolvePeriod({ now: at('2027-04-01T09:00'), zone });
const exportOf = (tickets: Ticket[], hasUpdates = false): TicketReadResult => ({
  tickets, badRows: [], rows: tickets.length, timesWithoutOffset: 0, zone, columns: {}, hasUpdates,
});
const ticket = (id: string, severity: string, opened: string, rest: Partial<Ticket> = {}): Ticket => ({
  row: 2, id, severity, tier: 'standard', opened: at(opened), pauses: [], ...rest,
});

describe('buildReport', () => {
  it('met + breached + open = tickets, for every severity and export (property)', () => {
    const severities = ['critical', 'high', 'normal', 'low'];
    const minute = fc.integer({ min: 0, max: 31 * 24 * 60 - 1 });
    const arbitraryTicket = fc.record({
      severity: fc.constantFrom(...severities),
      opened: minute,
      response: fc.option(fc.integer({ min: 0, max: 5 * 24 * 60 }), { nil: undefined }),
      resolution: fc.option(fc.integer({ min: 0, max: 15 * 24 * 60 }), { nil: undefined }),
      pause: fc.option(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryTicket, { maxLength: 25 }), (specs) => {
        const start = at('2027-03-01T00:00');
        const tickets = specs.map((s, i) => {
          const opened = start.plus({ minutes: s.opened });
          return ticket(`T-${i}`, s.severity, opened.toISO()!, {
            ...(s.response !== undefined && { firstResponse: opened.plus({ minutes: s.response }) }),
            ...(s.resolution !== undefined && { resolved: opened.plus({ minutes: s.resolution }) }),
            pauses: s.pause ? [Interval.fromDateTimes(opened.plus({ minutes: s.pause[0] }), opened.plus({ minutes: s.pause[0] + s.pause[1] }))] : [],
          });
        });
        const report = buildReport(agreement, exportOf(tickets, true), { period: march, now: at('2027-04-01T09:00') });
        for (const s of report.severities) {
          expect(s.response.met + s.response.breached + s.response.open).toBe(s.tickets);
          if (s.resolution) expect(s.resolution.met + s.resolution.missed + s.resolution.open).toBe(s.tickets);
        }
        expect(report.totals.responseMet + report.totals.responseBreached + report.totals.responseOpen).toBe(report.totals.tickets);
        expect(report.breaches).toHaveLength(report.totals.responseBreached + report.totals.resolutionMissed);
        expect(report.openTickets).toHaveLength(tickets.filter((t) => !t.resolved && t.opened < march.end).length);
        expect(report.requestTypes.reduce((n, t) => n + t.tickets, 0)).toBe(report.totals.tickets);
        for (const b of report.breaches) expect(b.lateMinutes).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('adds back working time spent waiting on the client, including pauses the extension reaches', () => {
    // high: 2h on berlin-business. Opened Wed 10:00; pauses 10:30–11:00 (30 min) and 12:00–12:30 (30 min).
    // Without pauses due 12:00; + the first pause → 12:30, which reaches the second → 13:30 + 30 = 14:00.
    const pauses = [Interval.fromDateTimes(at('2027-03-10T10:30'), at('2027-03-10T11:00')), Interval.fromDateTimes(at('2027-03-10T12:00'), at('2027-03-10T12:30'))];
    const late = ticket('P-1', 'high', '2027-03-10T10:00', { firstResponse: at('2027-03-10T14:01'), pauses });
    const report = buildReport(agreement, exportOf([late]), { period: march, now: at('2027-04-01T09:00') });
    expect(report.breaches[0]).toMatchObject({ ticket: 'P-1', due: '2027-03-10T14:00:00+01:00', lateMinutes: 1 });
    // 10:00–14:01 is 271 working minutes less 60 paused and the lunch hour.
    expect(report.severities[1]!.response.medianMinutes).toBe(121);
  });

  it('resumes the time left after a long pause ends', () => {
    // normal: 8h. Opened Mon 09:00; waiting on the client from 10:00 Mon to 10:00 Thu: 1 h used before the pause,
    // 7 h left from Thu 10:00 → 10:00–12:30 (2h30) + 13:30–17:30 (4h) + Fri 09:00–09:30.
    const pauses = [Interval.fromDateTimes(at('2027-03-08T10:00'), at('2027-03-11T10:00'))];
    const calendar = agreement.calendars.find((c) => c.id === 'berlin-business')!;
    const due = dueExcludingPauses(defaultClock, at('2027-03-08T09:00'), { text: '8h', days: 0, minutes: 480 }, calendar, pauses);
    expect(due.toISO()).toBe('2027-03-12T09:30:00.000+01:00');
  });

  it('a minute target always allows exactly that much unpaused working time (property)', () => {
    const calendar = agreement.calendars.find((c) => c.id === 'berlin-business')!;
    const start = at('2027-03-01T00:00');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 3000 }),
        fc.array(fc.tuple(fc.integer({ min: -2000, max: 40_000 }), fc.integer({ min: 0, max: 5000 })), { maxLength: 4 }),
        (opened, minutes, spans) => {
          const openedAt = start.plus({ minutes: opened });
          const pauses = spans.map(([s, length]) => Interval.fromDateTimes(openedAt.plus({ minutes: s }), openedAt.plus({ minutes: s + length })));
          const due = dueExcludingPauses(defaultClock, openedAt, { text: `${minutes}m`, days: 0, minutes }, calendar, pauses);
          expect(defaultClock.workingTimeBetween(openedAt, due, calendar, pauses)).toBe(minutes);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts a ticket resolved without a recorded response as answered when resolved', () => {
    const solved = ticket('S-1', 'high', '2027-03-10T10:00', { resolved: at('2027-03-10T11:00') });
    const report = buildReport(agreement, exportOf([solved]), { period: march, now: at('2027-04-01T09:00') });
    expect(report.severities[1]!.response).toMatchObject({ met: 1, breached: 0, medianMinutes: 60 });
    expect(report.openTickets).toEqual([]);
  });

  it('uses the tier given for tickets without one', () => {
    // essential: high response 2h business as well, but critical is 2h on business hours rather than 1h 24x7.
    const saturday = ticket('E-1', 'critical', '2027-03-06T10:00', { firstResponse: at('2027-03-08T10:00'), tier: 'essential' });
    const report = buildReport(agreement, exportOf([saturday]), { period: march, now: at('2027-04-01T09:00'), tier: 'essential' });
    expect(report.agreement.tier).toBe('essential');
    expect(report.severities[0]!.response).toMatchObject({ met: 1, breached: 0, medianMinutes: 60 });
  });

  it('names severities never used and scales caps to the period', () => {
    const only = ticket('Q-1', 'low', '2027-03-02T10:00', { firstResponse: at('2027-03-02T10:30'), resolved: at('2027-03-02T11:00'), requestType: 'tuning', effortHours: 12 });
    const quarter = resolvePeriod({ from: '2027-01-01', to: '2027-03-31', now: at('2027-04-01T09:00'), zone });
    const report = buildReport(agreement, exportOf([only]), { period: quarter, now: at('2027-04-01T09:00') });
    expect(report.findings.filter((f) => f.id === 'severity-unused').map((f) => f.severity)).toEqual(['critical', 'high', 'normal']);
    expect(report.caps[0]).toMatchObject({ allowedHours: 24, usedHours: 12, exceeded: false });
  });

  it('reads the example agreement and an export end to end without the CLI', async () => {
    const read = await readTickets('id,severity,opened\nA,high,2027-03-01T09:00\n', agreement, { zone });
    const report = buildReport(agreement, read, { period: march, now: at('2027-04-01T09:00') });
    expect(report.totals).toMatchObject({ tickets: 1, responseBreached: 1, openTickets: 1 });
  });
});

describe('period and statistics', () => {
  it('defaults to the last full month in the agreement zone', () => {
    const period = resolvePeriod({ now: DateTime.fromISO('2027-04-01T00:30+02:00'), zone });
    expect([period.start.toISO(), period.end.toISO()]).toEqual(['2027-03-01T00:00:00.000+01:00', '2027-04-01T00:00:00.000+02:00']);
    // 22:30 UTC on 31 March is already 1 April in Berlin.
    expect(resolvePeriod({ now: DateTime.fromISO('2027-03-31T22:30Z'), zone }).start.toISODate()).toBe('2027-03-01');
  });
  it('takes --to as an inclusive day and refuses an empty period', () => {
    const period = resolvePeriod({ from: '2027-03-10', to: '2027-03-10', now: at('2027-04-01T09:00'), zone });
    expect(period.end.toISO()).toBe('2027-03-11T00:00:00.000+01:00');
    expect(() => resolvePeriod({ from: '2027-03-11', to: '2027-03-10', now: at('2027-04-01'), zone })).toThrow(/empty/);
    expect(() => resolvePeriod({ from: 'March', now: at('2027-04-01'), zone })).toThrow(/YYYY-MM-DD/);
  });
  it('takes now from --now, then SOURCE_DATE_EPOCH, then the clock', () => {
    const clock = () => { throw new Error('the clock must not be read'); };
    expect(resolveNow({ now: '2027-04-01T09:00', clock, zone }).toISO()).toBe('2027-04-01T09:00:00.000+02:00');
    expect(resolveNow({ sourceDateEpoch: '1806562800', clock, zone }).toUTC().toISO()).toBe('2027-04-01T07:00:00.000Z');
  });
  it('reads SOURCE_DATE_EPOCH as sla render does: whole seconds, no sign, hex or spaces, before the year 10000', () => {
    const clock = () => DateTime.now();
    for (const value of ['-1', '0x10', ' 1', '1.5', '99999999999999']) {
      expect(() => resolveNow({ sourceDateEpoch: value, clock, zone }), value).toThrow(/^SOURCE_DATE_EPOCH must be whole seconds since 1970/);
    }
  });
  it('refuses a --now with an offset no place uses (luxon reads even +25:00)', () => {
    const clock = () => DateTime.now();
    expect(() => resolveNow({ now: '2027-04-01T09:00+25:00', clock, zone })).toThrow(/has the UTC offset \+25:00, which no place uses/);
    expect(resolveNow({ now: '2027-04-01T09:00+14:00', clock, zone }).toUTC().toISO()).toBe('2027-03-31T19:00:00.000Z');
  });
  it('median and nearest-rank 90th percentile', () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 90)).toBe(5);
    expect(median([])).toBeUndefined();
  });
});

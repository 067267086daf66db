import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { addWorkingTime, AgreementGapError, ClockError, dueTimes, worstCaseResponseWait } from '../../src/clock/index.js';
import type { Agreement, Calendar, Duration } from '../../src/model/agreement.js';
import { agreementWith } from './agreement-fixtures.js';
import { calendar, WEEKDAYS } from './helpers.js';

const EXAMPLE = 'examples/standard-customer-service-assistant.sla.yaml';
let example: Agreement;
beforeAll(() => {
  example = loadAgreementText(readFileSync(EXAMPLE, 'utf8'), EXAMPLE).agreement!;
});

/** The example agreement with one tier whose critical response runs on `cal`. */
function withCalendar(cal: Calendar, within = '1h', effectiveDate = '2020-01-01'): Agreement {
  const [days, minutes] = within.endsWith('d') ? [Number(within.slice(0, -1)), 0] : [0, Number(within.slice(0, -1)) * 60];
  return {
    ...example,
    effectiveDate,
    calendars: [cal],
    serviceTier: 'only',
    tiers: [{ id: 'only', name: 'Only', notOffered: [], targets: { critical: { response: { within: { text: within, days, minutes }, calendar: cal.id }, gaps: {} } } }],
  };
}

describe('worstCaseResponseWait', () => {
  it('finds the issue’s example: Thursday 24 Dec 2020 17:01, due Monday 28 Dec 10:00, 88 hours 59 minutes', () => {
    // Mon–Fri 09:00–17:00 with only Christmas Day off: Thursday evening before a Friday holiday is the worst moment.
    const cal = calendar('Europe/Berlin', [[WEEKDAYS, ['09:00-17:00']]], [['2020-12-25']]);
    const wait = worstCaseResponseWait(withCalendar(cal), 'critical');
    expect(wait).toEqual({
      severity: 'critical',
      tier: 'only',
      calendar: 'test',
      raisedAt: '2020-12-24T17:01:00+01:00',
      dueAt: '2020-12-28T10:00:00+01:00',
      wallMinutes: 88 * 60 + 59,
      explanation: 'an incident raised Thursday 24 Dec at 17:01 is due an answer on Monday 28 Dec at 10:00 — 88 hours 59 minutes later, when 25 Dec (Holiday 2020-12-25) is a holiday in its calendar',
    });
  });

  it('without holidays, the worst moment is the Friday evening before the clocks go back: 64h59m + 1h', () => {
    // Fri 29 Oct 2021 17:01 CEST → Mon 1 Nov 10:00 CET: 64h59m on the calendar plus the repeated hour.
    const cal = calendar('Europe/Berlin', [[WEEKDAYS, ['09:00-17:00']]]);
    const wait = worstCaseResponseWait(withCalendar(cal, '1h', '2021-01-01'), 'critical');
    expect(wait.wallMinutes).toBe(65 * 60 + 59);
    expect(wait.raisedAt).toBe('2021-10-29T17:01:00+02:00');
    expect(wait.explanation).not.toContain('holiday');
  });

  it('on the example agreement, Easter is the worst time for a business-hours response (standard tier, high: 2h)', () => {
    // Thu 25 Mar 2027 17:31 → Good Friday, weekend, Easter Monday → Tue 30 Mar 09:00 + 2h = 11:00 CEST.
    // Wall clock: 4 days 17h29m = 113h29m, less the hour lost when clocks spring forward on 28 Mar.
    const wait = worstCaseResponseWait(example, 'high');
    expect(wait).toMatchObject({ tier: 'standard', calendar: 'berlin-business', raisedAt: '2027-03-25T17:31:00+01:00', dueAt: '2027-03-30T11:00:00+02:00', wallMinutes: 112 * 60 + 29 });
    expect(wait.explanation).toBe('an incident raised Thursday 25 Mar at 17:31 is due an answer on Tuesday 30 Mar at 11:00 — 112 hours 29 minutes later, when 26 Mar (Good Friday) and 29 Mar (Easter Monday) are holidays in its calendar');
  });

  it('a 24x7 response waits exactly its target', () => {
    expect(worstCaseResponseWait(example, 'critical', 'standard').wallMinutes).toBe(60);
  });

  it('searches the year asked for, and crosses into the next year when the worst moment is at year end', () => {
    const cal = calendar('Europe/Berlin', [[WEEKDAYS, ['09:00-17:00']]], [['2027-12-24'], ['2027-12-27'], ['2027-12-28']]);
    const wait = worstCaseResponseWait(withCalendar(cal, '1h', '2020-01-01'), 'critical', undefined, { year: 2027 });
    // Thu 23 Dec 17:01 → 24 off, weekend, 27 and 28 off → Wed 29 Dec 10:00.
    expect(wait.raisedAt).toBe('2027-12-23T17:01:00+01:00');
    expect(wait.dueAt).toBe('2027-12-29T10:00:00+01:00');
  });

  it('counts working days too: essential tier, normal (1d) waits from a Tuesday evening over Easter', () => {
    // Wed 24 Mar 17:31: the clock starts Thu 25 at 09:00; one working day later skips Good Friday, the weekend
    // and Easter Monday, so the same clock time on Tue 30 Mar, 09:00.
    const wait = worstCaseResponseWait(example, 'normal', 'essential');
    expect(wait.raisedAt).toBe('2027-03-24T17:31:00+01:00');
    expect(wait.dueAt).toBe('2027-03-30T09:00:00+02:00');
  });

  it('names what is missing', () => {
    expect(() => worstCaseResponseWait(example, 'critical', 'gold')).toThrow(ClockError);
    expect(() => worstCaseResponseWait(example, 'critical', 'gold')).toThrow(/unknown tier `gold`.*`essential`, `standard`/);
    expect(() => worstCaseResponseWait(example, 'urgent')).toThrow(/no targets for severity `urgent`/);
  });

  it('is fast enough for lint to run on a thousand files: under 20 ms per severity on a freshly loaded agreement', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    worstCaseResponseWait(loadAgreementText(text).agreement!, 'low'); // warm up luxon and the zone
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const fresh = loadAgreementText(text).agreement!;
      for (const tier of ['essential', 'standard']) {
        for (const severity of ['critical', 'high', 'normal', 'low']) {
          const started = performance.now();
          worstCaseResponseWait(fresh, severity, tier);
          times.push(performance.now() - started);
        }
      }
    }
    times.sort((a, b) => a - b);
    // The median, not the worst: the test machine is shared, and a single slow call says little.
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(20);
  });
});

describe('worstCaseResponseWait finds the maximum a brute-force scan finds', () => {
  // Every half hour, and one minute after it, of the months with Easter, both clock changes and Christmas. The
  // search reports a raise one minute after a close, so a scan that includes the close itself may beat it by a minute.
  const MONTHS = [3, 4, 10, 11, 12];
  function bruteForceMax(cal: Calendar, within: Duration): number {
    let best = 0;
    for (const month of MONTHS) {
      const from = DateTime.fromObject({ year: 2027, month, day: 1 }, { zone: cal.timezone });
      const to = from.plus({ months: 1 }).toMillis();
      for (let t = from.toMillis(); t < to; t += 30 * 60_000) {
        for (const raised of [t, t + 60_000]) {
          const start = DateTime.fromMillis(raised, { zone: cal.timezone });
          best = Math.max(best, addWorkingTime(start, within, cal).toMillis() - raised);
        }
      }
    }
    return best / 60_000;
  }

  for (const [tier, severity] of [['standard', 'high'], ['standard', 'normal'], ['essential', 'normal'], ['essential', 'low']] as const) {
    it(`${tier} / ${severity}`, () => {
      const target = example.tiers.find((t) => t.id === tier)!.targets[severity]!.response!;
      const found = worstCaseResponseWait(example, severity, tier);
      const cal = example.calendars.find((c) => c.id === target.calendar)!;
      expect(found.wallMinutes + 1).toBeGreaterThanOrEqual(bruteForceMax(cal, target.within!));
    });
  }

  it('on a night-shift calendar in New York with a split Saturday, for hours and days', () => {
    const cal = calendar('America/New_York', [[['mon', 'tue', 'wed', 'thu'], ['20:00-04:00']], [['sat'], ['10:00-12:00', '14:00-16:30']]], [['2027-07-05'], ['2027-11-25', ['20:00-22:00']]]);
    for (const within of ['3h', '1d']) {
      const agreement = withCalendar(cal, within, '2027-01-01');
      const target = agreement.tiers[0]!.targets.critical!.response!;
      expect(worstCaseResponseWait(agreement, 'critical').wallMinutes + 1, within).toBeGreaterThanOrEqual(bruteForceMax(cal, target.within!));
    }
  });
});

describe('worstCaseResponseWait on named deadlines, ranges, outside-hours targets and several zones', () => {
  const POLICY = 'examples/published-support-policy.sla.yaml';
  let policy: Agreement;
  beforeAll(() => {
    policy = loadAgreementText(readFileSync(POLICY, 'utf8'), POLICY).agreement!;
  });

  /** The longest wait over a scan of months, each raise counted by `dueTimes` (the target that applies to it). */
  function bruteForceMax(agreement: Agreement, severity: string, tier: string, zone: string, months: number[], stepMinutes = 30): number {
    let best = 0;
    for (const month of months) {
      const from = DateTime.fromObject({ year: 2027, month, day: 1 }, { zone });
      const to = from.plus({ months: 1 }).toMillis();
      for (let t = from.toMillis(); t < to; t += stepMinutes * 60_000) {
        for (const raised of [t, t + 60_000]) {
          const due = dueTimes(agreement, severity, DateTime.fromMillis(raised, { zone }), { tierId: tier }).response!.due;
          best = Math.max(best, due.toMillis() - raised);
        }
      }
    }
    return best / 60_000;
  }

  it('next business day, hand-computed: raised the first moment of the Thursday before Easter', () => {
    // The next working day after Thu 25 Mar 2027 is Tue 30 Mar (Good Friday, the weekend, Easter Monday): its close
    // is 17:30 CEST, 5 days 17 hours 30 minutes later less the hour the clocks spring forward.
    const agreement = agreementWith('response: { by: next-business-day, calendar: berlin-business }');
    const wait = worstCaseResponseWait(agreement, 'high', 'standard');
    expect(wait).toMatchObject({ raisedAt: '2027-03-25T00:00:00+01:00', dueAt: '2027-03-30T17:30:00+02:00', wallMinutes: 136 * 60 + 30 });
  });

  it('same business day, hand-computed: raised at the close of the Thursday before Easter', () => {
    const agreement = agreementWith('response: { by: same-business-day, calendar: berlin-business }');
    const wait = worstCaseResponseWait(agreement, 'high', 'standard');
    expect(wait).toMatchObject({ raisedAt: '2027-03-25T17:30:00+01:00', dueAt: '2027-03-30T17:30:00+02:00' });
  });

  for (const [tier, severity, months] of [
    ['starter', 'sev-3', [3, 12]], // a range on London hours with a set and an .ics-less calendar
    ['starter', 'sev-4', [3, 12]], // next business day
    ['business', 'sev-2', [3, 11, 12]], // 2h in follow-the-sun hours, next business day outside them
    ['business', 'sev-4', [3, 11]], // 1d on three zones
    ['enterprise', 'sev-3', [11, 12]], // 4h on three zones
  ] as const) {
    it(`${tier} / ${severity} of the published-policy example`, () => {
      const found = worstCaseResponseWait(policy, severity, tier, { year: 2027 });
      const zone = DateTime.fromISO(found.raisedAt, { setZone: true }).zoneName!;
      expect(found.wallMinutes + 1).toBeGreaterThanOrEqual(bruteForceMax(policy, severity, tier, zone, [...months]));
    });
  }

  it('says when the outside-hours target made the wait', () => {
    const found = worstCaseResponseWait(policy, 'sev-2', 'business', { year: 2027 });
    expect(found.explanation).toContain('under the target for incidents raised outside support hours');
  });

  it('a response the agreement does not give is skipped with a reason (an AgreementGapError)', () => {
    const agreement = agreementWith('response: unstated');
    expect(() => worstCaseResponseWait(agreement, 'high', 'standard')).toThrow(AgreementGapError);
    expect(() => worstCaseResponseWait(agreementWith('response: { within: 2h, calendar: unstated }'), 'high', 'standard')).toThrow('(`calendar: unstated`)');
  });
});

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { runCli } from '../helpers/cli.js';
import { agreementTextWith, STANDARD_LOW } from './agreement-fixtures.js';

const EXAMPLE = 'examples/standard-customer-service-assistant.sla.yaml';
const json = async (...args: string[]) => {
  const run = await runCli(['due', EXAMPLE, '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('sla due', () => {
  it('answers for every example agreement and every severity, in text and JSON', async () => {
    const examples = readdirSync('examples').filter((f) => f.endsWith('.sla.yaml')).map((f) => `examples/${f}`);
    expect(examples.length).toBeGreaterThan(0);
    for (const file of examples) {
      const agreement = loadAgreementText(readFileSync(file, 'utf8'), file).agreement!;
      // A published policy names no client's tier: every tier is asked for.
      const tiers = agreement.isPolicy ? agreement.tiers.map((t) => ['--tier', t.id]) : [[]];
      for (const tier of tiers) {
        for (const severity of agreement.severityLevels) {
          for (const format of ['text', 'json']) {
            const run = await runCli(['due', file, '--severity', severity.id, ...tier, '--opened', '2027-03-25T17:45+01:00', '--format', format]);
            const tierTargets = agreement.tiers.find((t) => t.id === (tier[1] ?? agreement.serviceTier))!.targets;
            if (!tierTargets[severity.id]) {
              // A level the tier does not cover has no due times: the reason, and exit 1.
              expect(run.stderr, `${file} ${tier.join(' ')} ${severity.id}`).toMatch(/^sla: (tier `.*` does not offer|severity `.*` applies only to)/);
              expect(run.code).toBe(1);
              continue;
            }
            // Warnings (holidays the agreement does not list) are allowed; nothing else.
            expect(run.stderr.split('\n').filter((line) => line && !line.startsWith('sla: warning: ')), `${file} ${tier.join(' ')} ${severity.id}`).toEqual([]);
            expect(run.code).toBe(0);
          }
        }
      }
    }
  });

  it('prints the JSON shape of the issue, with ISO times with offsets, and null for what the agreement does not say', async () => {
    // Standard tier, low: no update cadence.
    const result = await json('--severity', 'low', '--opened', '2027-01-08T16:00+01:00');
    // How firm each target is appears only when the agreement says; the example's wording may change, so it is
    // checked against the agreement rather than spelled out here.
    const low = loadAgreementText(readFileSync(EXAMPLE, 'utf8'), EXAMPLE).agreement!.tiers.find((t) => t.id === 'standard')!.targets.low!;
    expect(result.response.firmness).toBe(low.response!.firmness);
    expect(result.resolution.firmness).toBe(low.resolution!.firmness);
    delete result.response.firmness;
    delete result.resolution.firmness;
    expect(result).toEqual({
      severity: 'low',
      tier: 'standard',
      opened: '2027-01-08T16:00:00+01:00',
      // Fri 16:00 + 2 working days: the same clock time on Tuesday.
      response: { target: '2d', calendar: 'berlin-business', due: '2027-01-12T16:00:00+01:00', dueUtc: '2027-01-12T15:00:00Z' },
      update: null,
      // Fri 16:00 + 10 working days = Fri 22 Jan 16:00.
      resolution: { target: '10d', calendar: 'berlin-business', due: '2027-01-22T16:00:00+01:00', dueUtc: '2027-01-22T15:00:00Z', kind: 'objective' },
    });
  });

  it('uses another tier when asked: essential critical runs on business hours', async () => {
    // Thu 25 Mar 17:45: closed; Good Friday, weekend, Easter Monday; Tue 30 Mar 09:00 + 2h = 11:00 CEST.
    const result = await json('--severity', 'critical', '--tier', 'essential', '--opened', '2027-03-25T17:45+01:00');
    expect(result.tier).toBe('essential');
    expect(result.response.due).toBe('2027-03-30T11:00:00+02:00');
    // First update 4 working hours after the clock starts: 09:00–12:30 is 3h30m, lunch, then 30m more → 14:00.
    expect(result.update).toEqual({ every: '4h', calendar: 'berlin-business', next: '2027-03-30T14:00:00+02:00', nextUtc: '2027-03-30T12:00:00Z' });
  });

  it('reads a time without an offset in the calendar’s zone, and says so', async () => {
    const result = await json('--severity', 'high', '--opened', '2027-07-01 10:00');
    expect(result.opened).toBe('2027-07-01T10:00:00+02:00');
    expect(result.openedReadIn).toBe('Europe/Berlin');
    const text = await runCli(['due', EXAMPLE, '--severity', 'high', '--opened', '2027-07-01T10:00']);
    expect(text.stdout).toContain('the time had no offset, so it was read in Europe/Berlin');
  });

  it('says when a local time does not exist (spring forward) and reads it past the change', async () => {
    const text = await runCli(['due', EXAMPLE, '--severity', 'critical', '--opened', '2027-03-28T02:30']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('02:30 does not exist there that day');
  });

  it('reads a local time that happens twice (clocks go back) as the first, and says so', async () => {
    const result = await json('--severity', 'critical', '--opened', '2027-10-31T02:30');
    expect(result.opened).toBe('2027-10-31T02:30:00+02:00');
    const text = await runCli(['due', EXAMPLE, '--severity', 'critical', '--opened', '2027-10-31T02:30']);
    expect(text.stdout).toContain('it happens twice that day (clocks go back), read as the first, 02:30 +02:00, not 02:30 +01:00');
  });

  it('shows the working time left, and how overdue a target is, when the ticket was opened in the past', async () => {
    // Opened Tue 5 Jan 09:00, high: response 2h due 11:00; at 10:15, 45 working minutes are left.
    const result = await json('--severity', 'high', '--opened', '2027-01-05T09:00+01:00', '--now', '2027-01-05T10:15+01:00');
    expect(result.now).toBe('2027-01-05T10:15:00+01:00');
    expect(result.response.workingMinutesLeft).toBe(45);
    // Resolution 2d: Thu 7 Jan 09:00; from Tue 10:15: 6h15m Tue + 7h30m Wed = 825 minutes.
    expect(result.resolution.workingMinutesLeft).toBe(825);
    // Updates every 4h from opening: 3h30m to lunch, 30m after it, 14:00, after now.
    expect(result.update.next).toBe('2027-01-05T14:00:00+01:00');
    const late = await runCli(['due', EXAMPLE, '--severity', 'high', '--opened', '2027-01-05T09:00+01:00', '--now', '2027-01-05T14:00+01:00']);
    expect(late.stdout).toContain('overdue by 2 hours of working time');
  });

  it('an unknown severity lists the valid ones (exit 2)', async () => {
    const run = await runCli(['due', EXAMPLE, '--severity', 'crtical']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown severity `crtical` (did you mean `critical`?); use one of: critical, high, normal, low');
  });

  it('a missing severity lists the valid ones (exit 2)', async () => {
    const run = await runCli(['due', EXAMPLE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give the ticket\'s severity with --severity; this agreement\'s severities are: critical, high, normal, low');
  });

  it('an unknown tier lists the valid ones (exit 2)', async () => {
    const run = await runCli(['due', EXAMPLE, '--severity', 'high', '--tier', 'gold']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown tier `gold`');
    expect(run.stderr).toContain('`essential`, `standard`');
  });

  it('an unparseable time is exit 2 with an example of the expected form', async () => {
    const run = await runCli(['due', EXAMPLE, '--severity', 'high', '--opened', '25/03/2027 17:45']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--opened: `25\/03\/2027 17:45` is not a time; write ISO 8601, e\.g\. 2027-01-07T10:00/);
  });

  it('a year the clock does not count (a typo such as 0027 or 20277) is exit 2, quickly', async () => {
    for (const opened of ['0001-01-01T00:00', '2270-01-01T10:00']) {
      const run = await runCli(['due', EXAMPLE, '--severity', 'high', '--opened', opened]);
      expect(run.code, opened).toBe(2);
      expect(run.stderr, opened).toMatch(/^sla: --opened: `.*` is in the year \d+; the clock counts tickets from 1970 to 2199\n$/);
    }
  });

  it('an offset no place uses (luxon reads even +99:99) is exit 2; -12:00 to +14:00 are read', async () => {
    for (const opened of ['2027-03-25T10:00+25:00', '2027-03-25T10:00+05:60', '2027-03-25T10:00-1300']) {
      const run = await runCli(['due', EXAMPLE, '--severity', 'high', '--opened', opened]);
      expect(run.code, opened).toBe(2);
      expect(run.stderr, opened).toMatch(/^sla: --opened: `.*` has the UTC offset [+-]\d{2}:?\d{2}, which no place uses; offsets run from -12:00 to \+14:00\n$/);
    }
    const now = await runCli(['due', EXAMPLE, '--severity', 'high', '--opened', '2027-03-25T10:00Z', '--now', '2027-03-26T10:00+99:99']);
    expect(now.stderr).toMatch(/^sla: --now: .* has the UTC offset \+99:99/);
    expect((await json('--severity', 'high', '--opened', '2027-03-25T10:00+14:00')).opened).toBe('2027-03-24T21:00:00+01:00');
    expect((await json('--severity', 'high', '--opened', '2027-03-25T10:00-12:00')).opened).toBe('2027-03-25T23:00:00+01:00');
  });

  it('an agreement with errors is exit 1 with its diagnostics; a missing file is exit 2', async () => {
    const bad = await runCli(['due', 'test/clock/fixtures/invalid.sla.yaml', '--severity', 'high']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/invalid\.sla\.yaml:\d+:\d+/);
    const missing = await runCli(['due', 'no-such.sla.yaml', '--severity', 'high']);
    expect(missing.code).toBe(2);
  });

  it('has help with examples', async () => {
    const run = await runCli(['due', '--help']);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('--opened');
  });

  describe('the three worked examples of docs/clock.md and the issue’s closing note', () => {
    it('high, opened Fri 8 Jan 16:45: 45m Friday, then Monday', async () => {
      const result = await json('--severity', 'high', '--opened', '2027-01-08T16:45');
      // Response 2h: Fri 16:45–17:30 is 45m; Mon 09:00 + 1h15m = 10:15.
      expect(result.response.due).toBe('2027-01-11T10:15:00+01:00');
      // Update 4h: 45m Friday, Mon 09:00 + 3h15m = 12:15 (before lunch at 12:30).
      expect(result.update.next).toBe('2027-01-11T12:15:00+01:00');
      // Resolution 2d: the same clock time two working days after Friday, Tue 12 Jan 16:45.
      expect(result.resolution.due).toBe('2027-01-12T16:45:00+01:00');
    });
    it('normal, opened Thu 23 Dec 15:00, seen Fri 24 Dec 11:00: the half day and the Christmas weekend', async () => {
      const result = await json('--severity', 'normal', '--opened', '2027-12-23T15:00+01:00', '--now', '2027-12-24T11:00+01:00');
      // Response 8h: Thu 15:00–17:30 2h30m, Fri 24 09:00–12:00 3h, Sat 25 and Sun 26 closed, Mon 27 09:00 + 2h30m = 11:30.
      // Left at Fri 11:00: 1h Friday + 2h30m Monday = 210 minutes.
      expect(result.response).toMatchObject({ due: '2027-12-27T11:30:00+01:00', workingMinutesLeft: 210 });
      // Updates every 2d: Fri 24 is the first working day, Mon 27 the second, 15:00.
      expect(result.update.next).toBe('2027-12-27T15:00:00+01:00');
      // Resolution 5d: Fri 24, Mon 27, Tue 28, Wed 29, Thu 30 at 15:00. Left: 1h Fri + 3 × 7h30m + Thu 09:00–15:00 less lunch 5h = 28h30m.
      expect(result.resolution).toMatchObject({ due: '2027-12-30T15:00:00+01:00', workingMinutesLeft: 1710 });
    });
    it('critical, opened Sat 27 Mar 23:30 on the 24x7 calendar, the night the clocks spring forward', async () => {
      const result = await json('--severity', 'critical', '--opened', '2027-03-27T23:30', '--now', '2027-03-28T01:00+01:00');
      // Response 1h of elapsed time: Sun 00:30 CET. At 01:00 it is 30 minutes overdue.
      expect(result.response).toMatchObject({ due: '2027-03-28T00:30:00+01:00', workingMinutesLeft: -30 });
      // Resolution 8h: 22:30 UTC + 8h = 06:30 UTC = 08:30 CEST (the clock face moved 9 hours).
      expect(result.resolution).toMatchObject({ due: '2027-03-28T08:30:00+02:00', workingMinutesLeft: 390 });
    });
  });
});

describe('sla due on the forms real policies write', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sla-due-'));
  let count = 0;
  /** Writes a fixture agreement (see agreement-fixtures.ts) and runs `sla due` on it. */
  const due = async (text: string, ...args: string[]) => {
    const file = path.join(dir, `fixture-${++count}.sla.yaml`);
    writeFileSync(file, text);
    return runCli(['due', file, ...args]);
  };

  it('shows both ends of a range, and the firmness', async () => {
    const run = await due(agreementTextWith('response: { between: [1d, 2d], calendar: berlin-business, firmness: objective }'), '--severity', 'high', '--opened', '2027-01-05T15:00');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Response    between 1 working day and 2 working days on Berlin business hours [berlin-business] (objective)');
    expect(run.stdout).toContain('due from Wed 6 Jan 2027, 15:00 Europe/Berlin');
    expect(run.stdout).toContain('at the latest Thu 7 Jan 2027, 15:00 Europe/Berlin');
    const json = JSON.parse((await due(agreementTextWith('response: { between: [1d, 2d], calendar: berlin-business }'), '--severity', 'high', '--opened', '2027-01-05T15:00', '--format', 'json')).stdout);
    expect(json.response).toEqual({
      target: '1d–2d', between: ['1d', '2d'], calendar: 'berlin-business',
      earliest: '2027-01-06T15:00:00+01:00', earliestUtc: '2027-01-06T14:00:00Z', due: '2027-01-07T15:00:00+01:00', dueUtc: '2027-01-07T14:00:00Z',
    });
  });

  it('says when the outside-hours target applies, and names the deadline', async () => {
    const text = agreementTextWith(`
response:
  within: 2h
  calendar: berlin-business
  outsideHours: { hours: berlin-business, by: next-business-day, calendar: berlin-business }`);
    const run = await due(text, '--severity', 'high', '--opened', '2027-01-08T18:00');
    expect(run.stdout).toContain('Response    by the next business day on Berlin business hours [berlin-business] — raised outside support hours');
    expect(run.stdout).toContain('due Mon 11 Jan 2027, 17:30 Europe/Berlin');
  });

  it('lists a target the agreement does not state or offer, and still answers for the others (exit 0)', async () => {
    const run = await due(agreementTextWith('response: { within: 2h, calendar: berlin-business }\nupdate: not-offered\nresolution: unstated'), '--severity', 'high', '--opened', '2027-01-05T10:00');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Updates {5}not offered in this tier/);
    expect(run.stdout).toMatch(/Resolution {2}not stated in the agreement/);
  });

  it('a response the agreement does not state is said, with the rest, and exit 1', async () => {
    const run = await due(agreementTextWith('response: unstated\nresolution: { within: 2d, calendar: berlin-business }'), '--severity', 'high', '--opened', '2027-01-05T10:00', '--format', 'json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.response).toBeNull();
    expect(json.missing.response.reason).toBe('unstated');
    expect(json.resolution.due).toBe('2027-01-07T10:00:00+01:00');
    expect(run.stderr).toBe('sla: the agreement does not state a response target for severity `high` (`response: unstated`)\n');
  });

  it('a severity the tier does not offer is exit 1 with the reason', async () => {
    const run = await due(agreementTextWith('response: { within: 2h, calendar: berlin-business }', '', [[STANDARD_LOW, '      low: not-offered\n']]), '--severity', 'low', '--opened', '2027-01-05T10:00');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('sla: tier `standard` does not offer severity `low` (`not-offered`), so no target applies\n');
  });

  it('hours or a zone the agreement does not state: exit 1 naming the field', async () => {
    const run = await due(agreementTextWith('response: { within: 2h, calendar: other }', '- { id: other, name: Other, timezone: Europe/Paris, hours: unstated }'), '--severity', 'high', '--opened', '2027-01-05T10:00');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('calendar `other` does not state its hours (`hours: unstated`)');
    expect(run.stderr).toContain('(`hours: unstated`)');
  });

  it('a client-local calendar needs --timezone (exit 2 without it), which must be an IANA zone', async () => {
    const text = agreementTextWith('response: { within: 2h, calendar: client }', '- { id: client, name: Client hours, timezone: client-local, hours: [{ days: [mon, tue, wed, thu, fri], open: ["08:00-17:00"] }] }');
    const without = await due(text, '--severity', 'high', '--opened', '2027-01-05T10:00-06:00');
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('runs in the client\'s local time (`timezone: client-local`); give the zone, e.g. `--timezone America/Chicago`');
    const chicago = await due(text, '--severity', 'high', '--opened', '2027-01-05T10:00', '--timezone', 'America/Chicago', '--format', 'json');
    expect(chicago.code).toBe(0);
    expect(JSON.parse(chicago.stdout).response.due).toBe('2027-01-05T12:00:00-06:00');
    const abbreviation = await due(text, '--severity', 'high', '--timezone', 'CST');
    expect(abbreviation.code).toBe(2);
    expect(abbreviation.stderr).toContain('--timezone: `CST` is a time-zone abbreviation');
  });

  it('holidays of a location the agreement does not list: a warning on stderr, exit 0', async () => {
    const text = agreementTextWith('response: { within: 2h, calendar: berlin-business }', '', [
      ['    holidays:\n      - { date: 2027-01-01', '    holidaysOf: provider-location\n    holidays:\n      - { date: 2027-01-01'],
    ]);
    const run = await due(text, '--severity', 'high', '--opened', '2027-01-05T10:00');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^sla: warning: calendar `berlin-business` closes on the holidays of the provider's location/);
  });

  it('a policy with several tiers needs --tier, and the message lists them (exit 2)', async () => {
    const run = await runCli(['due', 'examples/published-support-policy.sla.yaml', '--severity', 'sev-2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sla: this support policy offers 3 tiers and names no client\'s tier; choose one with `--tier`: `starter`, `business`, `enterprise`\n');
  });

  it('a calendar of several zones lists them, and a resolution from the response says where it starts', async () => {
    const run = await runCli(['due', 'examples/published-support-policy.sla.yaml', '--tier', 'business', '--severity', 'sev-1', '--opened', '2027-01-05T10:00Z']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("counted from the response's due time, Tue 5 Jan 2027, 11:00 Europe/London");
    const multi = await runCli(['due', 'examples/published-support-policy.sla.yaml', '--tier', 'business', '--severity', 'sev-3', '--opened', '2027-01-05T10:00Z']);
    expect(multi.stdout).toContain('[follow-the-sun] (America/New_York, Europe/London, Australia/Sydney)');
  });
});

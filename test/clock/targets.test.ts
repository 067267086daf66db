/**
 * `dueTimes` on the forms a real policy writes: ranges, named deadlines, outside-hours targets, resolutions counted
 * from the response, targets marked unstated or not offered, calendars the clock cannot run, and policies.
 * Hand-computed on the Berlin calendar: Mon–Fri 09:00–12:30 and 13:30–17:30, Good Friday 26 Mar and Easter Monday
 * 29 Mar 2027 off, Christmas Eve 09:00–12:00.
 */
import { describe, expect, it } from 'vitest';
import { AgreementGapError, ClockError, dueTimes, namedDeadline, withClientTimezone } from '../../src/clock/index.js';
import { agreementWith, STANDARD_LOW } from './agreement-fixtures.js';
import { at, iso } from './helpers.js';

const BERLIN = 'Europe/Berlin';
const berlin = (local: string) => at(local, BERLIN);

describe('ranges', () => {
  it('count to the longer end, and give the shorter end as the earliest due time', () => {
    const agreement = agreementWith('response: { between: [1d, 2d], calendar: berlin-business, firmness: objective }');
    // Tue 5 Jan 2027 15:00: one working day is Wed 15:00, two are Thu 15:00.
    const result = dueTimes(agreement, 'high', berlin('2027-01-05T15:00'));
    expect(iso(result.response!.due)).toBe('2027-01-07T15:00:00+01:00');
    expect(iso(result.response!.earliest!)).toBe('2027-01-06T15:00:00+01:00');
    expect(result.response).toMatchObject({ within: { text: '2d' }, between: [{ text: '1d' }, { text: '2d' }], firmness: 'objective', outsideHours: false });
  });
});

describe('named deadlines', () => {
  const sameDay = agreementWith('response: { by: same-business-day, calendar: berlin-business }');
  const nextDay = agreementWith('response: { by: next-business-day, calendar: berlin-business }');
  const due = (agreement: typeof sameDay, opened: string) => iso(dueTimes(agreement, 'high', berlin(opened)).response!.due);

  it('same business day: the close of the working day the request arrives in, or of the next after its close', () => {
    expect(due(sameDay, '2027-01-05T10:00')).toBe('2027-01-05T17:30:00+01:00'); // Tue morning
    expect(due(sameDay, '2027-01-05T07:00')).toBe('2027-01-05T17:30:00+01:00'); // before Tue opens
    expect(due(sameDay, '2027-01-05T12:45')).toBe('2027-01-05T17:30:00+01:00'); // over lunch
    expect(due(sameDay, '2027-01-05T17:29')).toBe('2027-01-05T17:30:00+01:00');
    expect(due(sameDay, '2027-01-05T17:30')).toBe('2027-01-06T17:30:00+01:00'); // at the close: Wednesday's
    expect(due(sameDay, '2027-01-09T10:00')).toBe('2027-01-11T17:30:00+01:00'); // Saturday: Monday's
    expect(due(sameDay, '2027-03-25T18:00')).toBe('2027-03-30T17:30:00+02:00'); // Thu before Easter: Tuesday's
    expect(due(sameDay, '2027-12-24T11:00')).toBe('2027-12-24T12:00:00+01:00'); // Christmas Eve closes at noon
  });

  it('next business day: the close of the first working day after the date the request arrives', () => {
    expect(due(nextDay, '2027-01-05T10:00')).toBe('2027-01-06T17:30:00+01:00');
    expect(due(nextDay, '2027-01-05T07:00')).toBe('2027-01-06T17:30:00+01:00');
    expect(due(nextDay, '2027-01-05T18:00')).toBe('2027-01-06T17:30:00+01:00');
    expect(due(nextDay, '2027-01-08T10:00')).toBe('2027-01-11T17:30:00+01:00'); // Friday: Monday
    expect(due(nextDay, '2027-01-09T10:00')).toBe('2027-01-11T17:30:00+01:00'); // Saturday: Monday
    expect(due(nextDay, '2027-03-25T10:00')).toBe('2027-03-30T17:30:00+02:00'); // Thursday before Easter: Tuesday
    expect(due(nextDay, '2027-12-23T10:00')).toBe('2027-12-24T12:00:00+01:00');
  });

  it('on a 24x7 calendar a business day is a date: the deadline is a midnight', () => {
    const calendar = agreementWith(STANDARD).calendars.find((c) => c.id === 'always-on')!;
    expect(iso(namedDeadline(berlin('2027-01-05T10:00'), 'same-business-day', calendar))).toBe('2027-01-06T00:00:00+01:00');
    expect(iso(namedDeadline(berlin('2027-01-05T10:00'), 'next-business-day', calendar))).toBe('2027-01-07T00:00:00+01:00');
  });
});

const STANDARD = 'response: { within: 2h, calendar: berlin-business }';

describe('outside-hours targets', () => {
  const agreement = agreementWith(`
response:
  within: 2h
  calendar: berlin-business
  outsideHours: { hours: berlin-business, by: next-business-day, calendar: berlin-business }
resolution:
  within: 1d
  calendar: berlin-business
  outsideHours: { hours: berlin-business, within: 8h, calendar: always-on }`);

  it('apply to a request raised while the hours calendar is closed', () => {
    const evening = dueTimes(agreement, 'high', berlin('2027-01-05T18:00'));
    expect(evening.response).toMatchObject({ outsideHours: true, by: 'next-business-day' });
    expect(iso(evening.response!.due)).toBe('2027-01-06T17:30:00+01:00');
    expect(evening.resolution).toMatchObject({ outsideHours: true, calendar: { id: 'always-on' } });
    expect(iso(evening.resolution!.due)).toBe('2027-01-06T02:00:00+01:00');
  });

  it('do not apply while it is open (lunch is closed, so it counts as outside hours)', () => {
    const morning = dueTimes(agreement, 'high', berlin('2027-01-05T10:00'));
    expect(morning.response).toMatchObject({ outsideHours: false, within: { text: '2h' } });
    expect(iso(morning.response!.due)).toBe('2027-01-05T12:00:00+01:00');
    expect(dueTimes(agreement, 'high', berlin('2027-01-05T13:00')).response!.outsideHours).toBe(true);
  });
});

describe('resolution counted from the response', () => {
  it('starts at the response due time', () => {
    const agreement = agreementWith(`
response: { within: 2h, calendar: berlin-business }
resolution: { within: 4h, calendar: berlin-business, from: response }`);
    // Tue 11:00 + 2h: 12:30 is 1h30m, lunch, 14:00. The resolution starts there: 3h30m to 17:30, 30m Wednesday.
    const result = dueTimes(agreement, 'high', berlin('2027-01-05T11:00'));
    expect(iso(result.response!.due)).toBe('2027-01-05T14:00:00+01:00');
    expect(iso(result.resolution!.start)).toBe('2027-01-05T14:00:00+01:00');
    expect(iso(result.resolution!.due)).toBe('2027-01-06T09:30:00+01:00');
    expect(result.resolution!.from).toBe('response');
  });

  it('has no due time when the response has none', () => {
    const agreement = agreementWith(`
response: unstated
resolution: { within: 4h, calendar: berlin-business, from: response }`);
    const result = dueTimes(agreement, 'high', berlin('2027-01-05T11:00'));
    expect(result.response).toBeUndefined();
    expect(result.missing.response?.reason).toBe('unstated');
    expect(result.missing.resolution).toMatchObject({ reason: 'no-start', message: expect.stringContaining('from: response') });
  });
});

describe('targets the agreement does not give', () => {
  it('unstated and not-offered targets are listed per target; the others are computed', () => {
    const agreement = agreementWith(`
response: { within: 2h, calendar: berlin-business }
update: not-offered
resolution: unstated`);
    const result = dueTimes(agreement, 'high', berlin('2027-01-05T10:00'));
    expect(iso(result.response!.due)).toBe('2027-01-05T12:00:00+01:00');
    expect(result.update).toBeUndefined();
    expect(result.resolution).toBeUndefined();
    expect(result.missing).toEqual({
      update: { reason: 'not-offered', message: 'the update target for severity `high` is not offered in this tier' },
      resolution: { reason: 'unstated', message: 'the agreement does not state a resolution target for severity `high` (`resolution: unstated`)' },
    });
  });

  it('a target on `calendar: unstated` has no due time, and says which field', () => {
    const result = dueTimes(agreementWith('response: { within: 2h, calendar: unstated }'), 'high', berlin('2027-01-05T10:00'));
    expect(result.missing.response).toEqual({ reason: 'calendar-unstated', message: expect.stringContaining('(`calendar: unstated`)') });
  });

  it('a severity the tier does not offer, or leaves out, is an AgreementGapError', () => {
    const notOffered = agreementWith(STANDARD, '', [[STANDARD_LOW, '      low: not-offered\n']]);
    expect(() => dueTimes(notOffered, 'low', berlin('2027-01-05T10:00'))).toThrow(AgreementGapError);
    expect(() => dueTimes(notOffered, 'low', berlin('2027-01-05T10:00'))).toThrow('tier `standard` does not offer severity `low` (`not-offered`)');
  });
});

describe('calendars the clock cannot run', () => {
  const on = (calendar: string) => agreementWith('response: { within: 2h, calendar: other }', calendar);

  it('hours unstated', () => {
    const result = dueTimes(on('- { id: other, name: Other, timezone: Europe/Paris, hours: unstated }'), 'high', berlin('2027-01-05T10:00'));
    expect(result.missing.response).toEqual({ reason: 'calendar-unstated', message: expect.stringContaining('calendar `other` does not state its hours (`hours: unstated`)') });
  });

  it('time zone unstated', () => {
    const result = dueTimes(on('- { id: other, name: Other, timezone: unstated, hours: [{ days: [mon], open: ["09:00-17:00"] }] }'), 'high', berlin('2027-01-05T10:00'));
    expect(result.missing.response?.message).toContain('calendar `other` does not state its time zone (`timezone: unstated`)');
  });

  it('a client-local zone needs the client’s zone: a ClockError until it is given', () => {
    const agreement = on('- { id: other, name: Other, timezone: client-local, hours: [{ days: [mon, tue, wed, thu, fri], open: ["09:00-17:00"] }] }');
    expect(() => dueTimes(agreement, 'high', berlin('2027-01-05T10:00'))).toThrow(/`timezone: client-local`.*--timezone/);
    const chicago = withClientTimezone(agreement, 'America/Chicago');
    expect(chicago.calendars).toEqual(['other']);
    // 10:00 Berlin is 03:00 in Chicago: the clock starts at 09:00 there.
    expect(iso(dueTimes(chicago.agreement, 'high', berlin('2027-01-05T10:00')).response!.due)).toBe('2027-01-05T11:00:00-06:00');
    expect(() => withClientTimezone(agreement, 'CST')).toThrow(ClockError);
  });

  it('a 24x7 calendar without a zone counts hours (elapsed time), shown in UTC, but not days', () => {
    const agreement = agreementWith(`
response: { within: 2h, calendar: other }
resolution: { within: 1d, calendar: other }`, '- { id: other, name: Other, timezone: unstated, hours: 24x7 }');
    const result = dueTimes(agreement, 'high', berlin('2027-01-05T10:00'));
    expect(iso(result.response!.due)).toBe('2027-01-05T11:00:00+00:00');
    expect(result.missing.resolution?.message).toContain('gives no time zone');
    expect(result.warnings).toEqual([expect.stringContaining('is 24x7 but gives no time zone')]);
  });

  it('holidays of a location the agreement does not list: a warning, and the days count as working days', () => {
    const agreement = agreementWith('response: { within: 2h, calendar: berlin-business }', '', [
      ['    holidays:\n      - { date: 2027-01-01', '    holidaysOf: provider-location\n    holidays:\n      - { date: 2027-01-01'],
    ]);
    const result = dueTimes(agreement, 'high', berlin('2027-01-05T10:00'));
    expect(result.warnings).toEqual([expect.stringContaining('closes on the holidays of the provider\'s location (`holidaysOf: provider-location`)')]);
  });
});

describe('policies', () => {
  it('need a tier when they offer several and name no client', () => {
    const policy = { ...agreementWith(STANDARD), isPolicy: true };
    expect(() => dueTimes(policy, 'high', berlin('2027-01-05T10:00'))).toThrow('this support policy offers 2 tiers and names no client\'s tier; choose one with `--tier`: `essential`, `standard`');
    expect(dueTimes(policy, 'high', berlin('2027-01-05T10:00'), { tierId: 'essential' }).tier).toBe('essential');
  });
});

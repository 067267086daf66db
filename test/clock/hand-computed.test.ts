/**
 * Due times worked out by hand. Each case says how the answer was reached, so a failure can be argued about.
 * DST dates used: Europe/Berlin springs forward on Sun 28 Mar 2027 (02:00 → 03:00) and falls back on
 * Sun 31 Oct 2027 (03:00 → 02:00); America/New_York on Sun 14 Mar 2027 (02:00 → 03:00) and Sun 7 Nov 2027 (02:00 → 01:00).
 */
import { DateTime, Interval } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addWorkingTime, isWorkingInstant, nextWorkingInstant, workingTimeBetween } from '../../src/clock/index.js';
import { at, calendar, duration, iso, WEEKDAYS } from './helpers.js';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

// The example agreement's hours: a split day with lunch 12:30–13:30.
const berlinSplit = calendar(BERLIN, [[WEEKDAYS, ['09:00-12:30', '13:30-17:30']]], [
  ['2027-12-24', ['09:00-12:00']], // Christmas Eve, a Friday: mornings only
  ['2027-12-25'], // Saturday: a holiday on a weekend changes nothing
  ['2027-12-31', ['09:00-12:00']],
]);
const due = (start: string, within: string, cal = berlinSplit) => iso(addWorkingTime(at(start, cal.timezone), duration(within), cal));

describe('a split working day (Berlin, 09:00–12:30 and 13:30–17:30)', () => {
  it('skips lunch: Tue 11:00 + 2h = 1h30 before lunch + 30m after = 14:00', () => {
    expect(due('2027-01-05T11:00', '2h')).toBe('2027-01-05T14:00:00+01:00');
  });
  it('starts a clock raised over lunch at 13:30: 12:45 + 30m = 14:00', () => {
    expect(due('2027-01-05T12:45', '30m')).toBe('2027-01-05T14:00:00+01:00');
  });
  it('is due at the close, not the next opening, when the last minute is used at 12:30: 09:00 + 3h30m = 12:30', () => {
    expect(due('2027-01-05T09:00', '3h30m')).toBe('2027-01-05T12:30:00+01:00');
  });
  it('treats the closing minute as closed: raised at 17:30, 1m is due at 09:01 next morning', () => {
    expect(due('2027-01-05T17:30', '1m')).toBe('2027-01-06T09:01:00+01:00');
  });
  it('runs a Friday-evening incident over the weekend: Fri 18:00 + 1h = Mon 10:00', () => {
    expect(due('2027-01-08T18:00', '1h')).toBe('2027-01-11T10:00:00+01:00');
  });
  it('with zero duration, is due at the next opening: Sat 20:00 → Mon 09:00', () => {
    expect(due('2027-01-09T20:00', '0m')).toBe('2027-01-11T09:00:00+01:00');
    expect(iso(nextWorkingInstant(at('2027-01-09T20:00', BERLIN), berlinSplit))).toBe('2027-01-11T09:00:00+01:00');
  });
  it('counts a working day as 7h30m: Tue 09:00 → Tue 17:30', () => {
    expect(workingTimeBetween(at('2027-01-05T09:00', BERLIN), at('2027-01-05T17:30', BERLIN), berlinSplit)).toBe(450);
  });
  it('leaves out pauses, and pauses over lunch only take their working part', () => {
    const day = [at('2027-01-05T09:00', BERLIN), at('2027-01-05T17:30', BERLIN)] as const;
    const pause = (from: string, to: string) => Interval.fromDateTimes(at(from, BERLIN), at(to, BERLIN));
    // 450 − 60 (10:00–11:00)
    expect(workingTimeBetween(...day, berlinSplit, [pause('2027-01-05T10:00', '2027-01-05T11:00')])).toBe(390);
    // 12:00–14:00 holds 30m before lunch and 30m after it: 450 − 60
    expect(workingTimeBetween(...day, berlinSplit, [pause('2027-01-05T12:00', '2027-01-05T14:00')])).toBe(390);
    // overlapping pauses are counted once: 10:00–11:30 ∪ 11:00–12:00 = 10:00–12:00, 450 − 120
    expect(workingTimeBetween(...day, berlinSplit, [pause('2027-01-05T10:00', '2027-01-05T11:30'), pause('2027-01-05T11:00', '2027-01-05T12:00')])).toBe(330);
  });
  it('reads backwards as negative: from 17:30 back to 09:00 is −450', () => {
    expect(workingTimeBetween(at('2027-01-05T17:30', BERLIN), at('2027-01-05T09:00', BERLIN), berlinSplit)).toBe(-450);
  });
});

describe('holidays', () => {
  it('the issue’s example: Mon–Fri 09:00–17:00 with 25 Dec 2020 off, Thu 24 Dec 17:01 + 1h = Mon 28 Dec 10:00', () => {
    // Thu closed at 17:00; Fri 25 is a holiday; Sat, Sun closed; Mon opens 09:00, one hour later is 10:00.
    const cal = calendar(BERLIN, [[WEEKDAYS, ['09:00-17:00']]], [['2020-12-25']]);
    expect(due('2020-12-24T17:01', '1h', cal)).toBe('2020-12-28T10:00:00+01:00');
  });
  it('a partial holiday gives only its reduced hours: Thu 23 Dec 17:00 + 4h = 30m Thu, 3h Fri 24 (09–12), 30m Mon 27 = 09:30', () => {
    expect(due('2027-12-23T17:00', '4h')).toBe('2027-12-27T09:30:00+01:00');
  });
  it('a holiday on a weekend changes nothing: Fri 24 Dec 11:00 + 2h = 1h Fri, 1h Mon = Mon 27 Dec 10:00', () => {
    expect(due('2027-12-24T11:00', '2h')).toBe('2027-12-27T10:00:00+01:00');
  });
  it('a year end with a half day: Fri 31 Dec 2027 11:30 + 1h = 30m Fri, 30m Mon 3 Jan 2028 = 09:30', () => {
    expect(due('2027-12-31T11:30', '1h')).toBe('2028-01-03T09:30:00+01:00');
  });
  it('a 24x7 calendar ignores holidays: Fri 24 Dec 23:00 + 2h = Sat 25 Dec 01:00', () => {
    const cal = calendar(BERLIN, '24x7', [['2027-12-25']]);
    expect(due('2027-12-24T23:00', '2h', cal)).toBe('2027-12-25T01:00:00+01:00');
  });
  it('a leap day is an ordinary working day: Mon 28 Feb 2028 17:00 + 1h = Tue 29 Feb 10:00', () => {
    const cal = calendar(BERLIN, [[WEEKDAYS, ['09:00-17:00']]]);
    expect(due('2028-02-28T17:00', '1h', cal)).toBe('2028-02-29T10:00:00+01:00');
  });
});

describe('overnight windows (a window belongs to the day it starts on)', () => {
  // Saturday night cover only: Sat 22:00 – Sun 06:00.
  const saturdayNight = calendar(BERLIN, [[['sat'], ['22:00-06:00']]], [['2027-01-10']]);
  it('runs past midnight: Sat 21:00 + 3h = opens 22:00, due Sun 01:00', () => {
    expect(due('2027-01-09T21:00', '3h', saturdayNight)).toBe('2027-01-10T01:00:00+01:00');
  });
  it('keeps running into a holiday, because the window started on Saturday: Sun 10 Jan is a holiday, still 8h of work', () => {
    expect(workingTimeBetween(at('2027-01-09T00:00', BERLIN), at('2027-01-11T00:00', BERLIN), saturdayNight)).toBe(480);
  });
  it('is working at Sun 05:59 and not at Sun 06:00', () => {
    expect(isWorkingInstant(at('2027-01-10T05:59', BERLIN), saturdayNight)).toBe(true);
    expect(isWorkingInstant(at('2027-01-10T06:00', BERLIN), saturdayNight)).toBe(false);
  });
  it('a holiday on the Saturday cancels the whole night: Sat 16 Jan off, so 21:00 + 1h waits a week, to Sat 23 Jan 23:00', () => {
    const cal = calendar(BERLIN, [[['sat'], ['22:00-06:00']]], [['2027-01-16']]);
    expect(due('2027-01-16T21:00', '1h', cal)).toBe('2027-01-23T23:00:00+01:00');
  });
});

describe('daylight saving in Europe/Berlin', () => {
  const saturdayNight = calendar(BERLIN, [[['sat'], ['22:00-06:00']]]);
  it('spring forward: 02:00–03:00 on Sun 28 Mar does not exist, so the 8-hour night holds 7 hours', () => {
    expect(workingTimeBetween(at('2027-03-27T21:00', BERLIN), at('2027-03-28T07:00', BERLIN), saturdayNight)).toBe(420);
  });
  it('spring forward: Sat 27 Mar 22:00 + 5h = 22, 23, 00, 01 then 03 (02 is skipped) → 04:00 CEST', () => {
    expect(due('2027-03-27T22:00', '5h', saturdayNight)).toBe('2027-03-28T04:00:00+02:00');
  });
  it('fall back: 02:00–03:00 on Sun 31 Oct happens twice and both passes are working time, so the night holds 9 hours', () => {
    expect(workingTimeBetween(at('2027-10-30T21:00', BERLIN), at('2027-10-31T07:00', BERLIN), saturdayNight)).toBe(540);
  });
  it('fall back: 22:00 + 6h = wall hours 22, 23, 00, 01, 02 CEST, 02 CET → 03:00 CET, six real hours later', () => {
    expect(due('2027-10-30T22:00', '6h', saturdayNight)).toBe('2027-10-31T03:00:00+01:00');
  });
  it('fall back: a ticket raised in the second pass (02:30 CET) is raised in working time: + 30m = 03:00 CET', () => {
    const start = DateTime.fromISO('2027-10-31T02:30:00+01:00', { setZone: true }).setZone(BERLIN);
    expect(iso(addWorkingTime(start, duration('30m'), saturdayNight))).toBe('2027-10-31T03:00:00+01:00');
    expect(isWorkingInstant(start, saturdayNight)).toBe(true);
  });
  it('fall back: a window that ends in the repeated hour ends at its first occurrence (00:00–02:30 holds 2.5 hours)', () => {
    const early = calendar(BERLIN, [[['sun'], ['00:00-02:30']]]);
    expect(workingTimeBetween(at('2027-10-30T23:00', BERLIN), at('2027-10-31T07:00', BERLIN), early)).toBe(150);
    expect(isWorkingInstant(DateTime.fromISO('2027-10-31T02:15:00+01:00', { setZone: true }), early)).toBe(false);
  });
  it('business hours over the spring weekend: Fri 26 Mar 17:00 + 1h = Mon 29 Mar 10:00 CEST, 65 − 1 = 64 wall-clock hours later', () => {
    const cal = calendar(BERLIN, [[WEEKDAYS, ['09:00-17:00']]]);
    const start = at('2027-03-26T17:00', BERLIN);
    const end = addWorkingTime(start, duration('1h'), cal);
    expect(iso(end)).toBe('2027-03-29T10:00:00+02:00');
    expect(end.diff(start, 'hours').hours).toBe(64);
  });
  it('24x7 counts elapsed time: Sat 27 Mar 23:00 CET + 3h = Sun 03:00 CEST', () => {
    expect(due('2027-03-27T23:00', '3h', calendar(BERLIN, '24x7'))).toBe('2027-03-28T03:00:00+02:00');
  });
  it('a working day on 24x7 is the same clock time next day: Sat 27 Mar 12:00 + 1d = Sun 12:00, 23 hours later', () => {
    expect(due('2027-03-27T12:00', '1d', calendar(BERLIN, '24x7'))).toBe('2027-03-28T12:00:00+02:00');
  });
});

describe('daylight saving in America/New_York', () => {
  const saturdayNight = calendar(NEW_YORK, [[['sat'], ['20:00-04:00']]]);
  const business = calendar(NEW_YORK, [[WEEKDAYS, ['08:00-18:00']]]);
  it('spring forward: Sat 13 Mar 20:00 – Sun 04:00 loses 02:00–03:00, 7 hours', () => {
    expect(workingTimeBetween(at('2027-03-13T19:00', NEW_YORK), at('2027-03-14T05:00', NEW_YORK), saturdayNight)).toBe(420);
  });
  it('fall back: Sat 6 Nov 20:00 – Sun 04:00 repeats 01:00–02:00, both passes worked, 9 hours', () => {
    expect(workingTimeBetween(at('2027-11-06T19:00', NEW_YORK), at('2027-11-07T05:00', NEW_YORK), saturdayNight)).toBe(540);
  });
  it('fall back: Sat 20:00 + 6h = 20, 21, 22, 23, 00, 01 (first pass) → due as the clocks go back, 01:00 EST', () => {
    // The first 01:00–02:00 (EDT) uses up the sixth hour; it ends at the instant 02:00 EDT = 01:00 EST.
    expect(due('2027-11-06T20:00', '6h', saturdayNight)).toBe('2027-11-07T01:00:00-05:00');
  });
  it('fall back: Sat 20:00 + 7h = the seventh hour is the second pass, 01:00–02:00 EST', () => {
    expect(due('2027-11-06T20:00', '7h', saturdayNight)).toBe('2027-11-07T02:00:00-05:00');
  });
  it('Friday evening across spring forward: Fri 12 Mar 17:00 EST + 2h = 1h Fri, 1h Mon → Mon 15 Mar 09:00 EDT', () => {
    expect(due('2027-03-12T17:00', '2h', business)).toBe('2027-03-15T09:00:00-04:00');
  });
  it('Friday evening across fall back: Fri 5 Nov 17:30 EDT + 1h = Mon 8 Nov 08:30 EST, 63 + 1 = 64 wall-clock hours later', () => {
    const start = at('2027-11-05T17:30', NEW_YORK);
    const end = addWorkingTime(start, duration('1h'), business);
    expect(iso(end)).toBe('2027-11-08T08:30:00-05:00');
    expect(end.diff(start, 'hours').hours).toBe(64);
  });
});

describe('working days: the same clock time, that many working days later', () => {
  it('Tue 15:00 + 1d = Wed 15:00; + 2d = Thu 15:00', () => {
    expect(due('2027-01-05T15:00', '1d')).toBe('2027-01-06T15:00:00+01:00');
    expect(due('2027-01-05T15:00', '2d')).toBe('2027-01-07T15:00:00+01:00');
  });
  it('a clock started over lunch starts at 13:30, so 12:45 + 1d = Wed 13:30', () => {
    expect(due('2027-01-05T12:45', '1d')).toBe('2027-01-06T13:30:00+01:00');
  });
  it('a clock started after hours starts next morning: Fri 17:45 → Mon 09:00, + 1d = Tue 09:00', () => {
    expect(due('2027-01-08T17:45', '1d')).toBe('2027-01-12T09:00:00+01:00');
  });
  it('skips weekends and holidays: Thu 23 Dec 10:00 + 2d = Fri 24 (half day), then Mon 27 at 10:00', () => {
    expect(due('2027-12-23T10:00', '2d')).toBe('2027-12-27T10:00:00+01:00');
  });
  it('ends at the close of a shorter day: Thu 23 Dec 15:00 + 1d = Fri 24 Dec closes at 12:00', () => {
    expect(due('2027-12-23T15:00', '1d')).toBe('2027-12-24T12:00:00+01:00');
  });
  it('adds the hours after the days: Thu 23 Dec 15:00 + 1d1h = Fri 12:00 (close), then 1h from Mon 09:00 = 10:00', () => {
    expect(due('2027-12-23T15:00', '1d1h')).toBe('2027-12-27T10:00:00+01:00');
  });
  it('counts an overnight window’s small hours on the day it started: on Fri and Sat nights, Fri 23:00 + 1d = Sat 23:00, and Sat 02:00 (Friday’s night) + 1d = Sun 02:00', () => {
    const nights = calendar(BERLIN, [[['fri', 'sat'], ['22:00-06:00']]]);
    expect(due('2027-01-08T23:00', '1d', nights)).toBe('2027-01-09T23:00:00+01:00');
    // Sat 02:00 belongs to Friday's night; one working day later is Saturday's night at the same clock time, Sun 02:00.
    expect(due('2027-01-09T02:00', '1d', nights)).toBe('2027-01-10T02:00:00+01:00');
  });
});

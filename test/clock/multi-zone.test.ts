/**
 * Calendars of several time zones: the weekly hours apply in each zone, and the clock runs whenever any zone is open.
 * Working days are the first zone's dates (docs/clock.md, "Several time zones").
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addWorkingTime, isWorkingInstant, nextWorkingInstant, workingTimeBetween } from '../../src/clock/index.js';
import type { Calendar, Duration } from '../../src/model/agreement.js';
import { normaliseCalendar } from '../../src/model/normalise.js';
import { at, duration, iso } from './helpers.js';

type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

function zones(timezones: string[], hours: Array<[Day[], string[]]>, holidays: object[] = []): Calendar {
  return normaliseCalendar({
    id: 'follow', name: 'Follow the sun', timezones,
    hours: hours.map(([days, open]) => ({ days, open })),
    holidays,
  } as Parameters<typeof normaliseCalendar>[0]);
}

const WEEK: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
// January: London 09:00–17:00 is 09–17 UTC, New York 09:00–17:00 is 14–22 UTC: open 09:00–22:00 London time.
const londonNewYork = zones(['Europe/London', 'America/New_York'], [[WEEK, ['09:00-17:00']]]);

describe('a calendar of two zones, hand-computed', () => {
  it('is open when either zone is', () => {
    expect(isWorkingInstant(at('2027-01-04T08:59', 'Europe/London'), londonNewYork)).toBe(false);
    expect(isWorkingInstant(at('2027-01-04T09:00', 'Europe/London'), londonNewYork)).toBe(true);
    expect(isWorkingInstant(at('2027-01-04T21:59', 'Europe/London'), londonNewYork)).toBe(true);
    expect(isWorkingInstant(at('2027-01-04T22:00', 'Europe/London'), londonNewYork)).toBe(false);
    expect(iso(nextWorkingInstant(at('2027-01-08T22:30', 'Europe/London'), londonNewYork))).toBe('2027-01-11T09:00:00+00:00');
  });

  it('counts 13 working hours a weekday, and shows times in the first zone', () => {
    // Mon 20:00 + 4h: 2h to 22:00, then Tuesday 09:00 + 2h.
    expect(iso(addWorkingTime(at('2027-01-04T20:00', 'Europe/London'), duration('4h'), londonNewYork))).toBe('2027-01-05T11:00:00+00:00');
    expect(workingTimeBetween(at('2027-01-04T00:00', 'Europe/London'), at('2027-01-05T00:00', 'Europe/London'), londonNewYork)).toBe(13 * 60);
  });

  it('follows each zone’s own clock changes: between the US and EU changes New York opens an hour earlier', () => {
    // Mon 15 Mar 2027: New York is on EDT (UTC-4), London still on GMT: open 09:00–21:00 London time.
    expect(iso(addWorkingTime(at('2027-03-15T20:30', 'Europe/London'), duration('1h'), londonNewYork))).toBe('2027-03-16T09:30:00+00:00');
  });

  it('counts working days on the first zone’s dates, at the same clock time', () => {
    // Fri 8 Jan 21:00 London (New York is open): one working day later is Monday 21:00 London.
    expect(iso(addWorkingTime(at('2027-01-08T21:00', 'Europe/London'), duration('1d'), londonNewYork))).toBe('2027-01-11T21:00:00+00:00');
    // Started on a Saturday, the clock starts Monday 09:00: one working day later is Tuesday 09:00.
    expect(iso(addWorkingTime(at('2027-01-09T12:00', 'Europe/London'), duration('1d'), londonNewYork))).toBe('2027-01-12T09:00:00+00:00');
  });

  it('a holiday applies to each zone’s own date', () => {
    // Thanksgiving (4th Thursday of November) closes both offices on their 25 Nov 2027.
    const withThanksgiving = zones(['Europe/London', 'America/New_York'], [[WEEK, ['09:00-17:00']]], [{ name: 'Thanksgiving', month: 11, weekday: 'thu', week: 4 }]);
    expect(workingTimeBetween(at('2027-11-25T00:00', 'Europe/London'), at('2027-11-26T00:00', 'Europe/London'), withThanksgiving)).toBe(0);
  });

  it('with a first zone across the date line, its Monday holds the other zone’s Sunday evening hours', () => {
    // Sydney (AEDT, UTC+11) and Los Angeles (PST, UTC-8): LA Monday 09–17 is Tuesday 04–12 in Sydney, so Sydney's
    // Monday has its own 8 hours and its Tuesday 04:00–17:00.
    const sydneyLa = zones(['Australia/Sydney', 'America/Los_Angeles'], [[WEEK, ['09:00-17:00']]]);
    expect(workingTimeBetween(at('2027-01-11T00:00', 'Australia/Sydney'), at('2027-01-12T00:00', 'Australia/Sydney'), sydneyLa)).toBe(8 * 60);
    expect(workingTimeBetween(at('2027-01-12T00:00', 'Australia/Sydney'), at('2027-01-13T00:00', 'Australia/Sydney'), sydneyLa)).toBe(13 * 60);
    // Friday 17:00 Sydney: LA's Friday opens Saturday 04:00 Sydney time.
    expect(iso(nextWorkingInstant(at('2027-01-15T17:00', 'Australia/Sydney'), sydneyLa))).toBe('2027-01-16T04:00:00+11:00');
  });
});

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe'];
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2028, 0, 1);
const window = fc.record({ start: fc.integer({ min: 0, max: 47 }), length: fc.integer({ min: 1, max: 40 }) })
  .map(({ start, length }) => `${clock(start * 30)}-${clock((start * 30 + length * 30) % 1440)}`)
  .filter((text) => text.slice(0, 5) !== text.slice(6));
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
const calendars = fc.record({
  zones: fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 2, maxLength: 3 }),
  days: fc.uniqueArray(fc.constantFrom<Day>('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), { minLength: 1, maxLength: 5 }),
  open: fc.array(window, { minLength: 1, maxLength: 2 }),
}).map(({ zones: names, days, open }) => ({
  multi: zones(names, [[days, open]]),
  singles: names.map((name) => zones([name], [[days, open]])),
}));
const instant = fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((m) => DateTime.fromMillis(m * 60_000, { zone: 'UTC' }));
const minutes = (m: number): Duration => ({ text: `${m}m`, days: 0, minutes: m });
const runs = { numRuns: Number(process.env.CLOCK_RUNS ?? 150) };

describe('a calendar of several zones, properties', () => {
  it('is open exactly when one of its zones is', () => {
    fc.assert(fc.property(calendars, instant, ({ multi, singles }, t) => {
      expect(isWorkingInstant(t, multi)).toBe(singles.some((single) => isWorkingInstant(t, single)));
    }), runs);
  });

  it('working time lies between the largest single zone’s and the sum of them', () => {
    fc.assert(fc.property(calendars, instant, fc.integer({ min: 0, max: 20_000 }), ({ multi, singles }, a, length) => {
      const b = a.plus({ minutes: length });
      const each = singles.map((single) => workingTimeBetween(a, b, single));
      const total = workingTimeBetween(a, b, multi);
      expect(total).toBeGreaterThanOrEqual(Math.max(...each));
      expect(total).toBeLessThanOrEqual(each.reduce((x, y) => x + y, 0));
    }), runs);
  });

  it('workingTimeBetween(s, addWorkingTime(s, d)) == d, and due times are monotone', () => {
    fc.assert(fc.property(calendars, instant, instant, fc.integer({ min: 0, max: 4000 }), ({ multi }, a, b, m) => {
      const due = addWorkingTime(a, minutes(m), multi);
      expect(workingTimeBetween(a, due, multi)).toBe(m);
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(addWorkingTime(early, minutes(m), multi).toMillis()).toBeLessThanOrEqual(addWorkingTime(late, minutes(m), multi).toMillis());
    }), runs);
  });

  it('working days: the due time is after the start, and never earlier for a later start or more days', () => {
    fc.assert(fc.property(calendars, instant, instant, fc.integer({ min: 1, max: 5 }), ({ multi }, a, b, days) => {
      const d = { text: `${days}d`, days, minutes: 0 };
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(addWorkingTime(early, d, multi).toMillis()).toBeLessThanOrEqual(addWorkingTime(late, d, multi).toMillis());
      expect(addWorkingTime(a, d, multi).toMillis()).toBeLessThanOrEqual(addWorkingTime(a, { ...d, days: days + 1 }, multi).toMillis());
      expect(addWorkingTime(a, d, multi) > a).toBe(true);
    }), runs);
  });
});

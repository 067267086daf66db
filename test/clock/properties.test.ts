/**
 * Properties of the clock over random calendars (zones with DST of an hour, of half an hour and without,
 * split and overnight windows, full and partial holidays) and random start times around three year ends.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addWorkingTime, workingTimeBetween } from '../../src/clock/index.js';
import type { Calendar, Duration, WorkingWindow } from '../../src/model/agreement.js';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/Santiago'];
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2029, 0, 1);

const window: fc.Arbitrary<WorkingWindow> = fc
  .record({ start: fc.integer({ min: 0, max: 95 }), length: fc.integer({ min: 1, max: 96 }) })
  .map(({ start, length }) => ({ start: start * 15, end: start * 15 + length * 15 }))
  .filter((w) => w.end - w.start < 1440);

const windows = fc.array(window, { maxLength: 3 }).map((list) => list.sort((a, b) => a.start - b.start));

const holiday = fc.record({
  day: fc.integer({ min: 0, max: Math.floor((TO - FROM) / 86_400_000) }),
  open: fc.oneof(fc.constant([] as WorkingWindow[]), windows),
});

const workingCalendar: fc.Arbitrary<Calendar> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    week: fc.array(windows, { minLength: 7, maxLength: 7 }),
    holidays: fc.array(holiday, { maxLength: 40 }),
  })
  .filter(({ week }) => week.some((day) => day.length > 0))
  .map(({ timezone, week, holidays }) => ({
    id: 'generated', name: 'Generated', timezone, timezones: [timezone], alwaysOpen: false, hoursUnstated: false,
    recurringHolidays: [], holidaySets: [], holidayFiles: [],
    weekly: [[], ...week],
    holidays: new Map(holidays.map(({ day, open }) => {
      const date = new Date(FROM + day * 86_400_000).toISOString().slice(0, 10);
      return [date, { date, name: 'Holiday', open }] as const;
    })),
  }));

const alwaysOpenCalendar: fc.Arbitrary<Calendar> = fc.constantFrom(...ZONES).map((timezone) => ({
  id: 'always', name: 'Always', timezone, timezones: [timezone], alwaysOpen: true, hoursUnstated: false,
  weekly: Array.from({ length: 8 }, () => []), holidays: new Map(), recurringHolidays: [], holidaySets: [], holidayFiles: [],
}));

/** Whole minutes, so working minutes come out whole. */
const instant = fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((minutes) => DateTime.fromMillis(minutes * 60_000, { zone: 'UTC' }));
const minutes = fc.integer({ min: 0, max: 6000 });
const minutesDuration = (m: number): Duration => ({ text: `${m}m`, days: 0, minutes: m });
const anyDuration = fc.record({ days: fc.integer({ min: 0, max: 12 }), minutes: fc.integer({ min: 0, max: 900 }) })
  .map(({ days, minutes: m }): Duration => ({ text: `${days}d${m}m`, days, minutes: m }));

const runs = { numRuns: Number(process.env.CLOCK_RUNS ?? 300) };

describe('clock properties', () => {
  it('workingTimeBetween(s, addWorkingTime(s, d)) == d for durations in minutes', () => {
    fc.assert(fc.property(workingCalendar, instant, minutes, (calendar, start, m) => {
      const due = addWorkingTime(start, minutesDuration(m), calendar);
      expect(workingTimeBetween(start, due, calendar)).toBe(m);
    }), runs);
  });

  it('due times are monotone in the start, for minutes and working days', () => {
    fc.assert(fc.property(workingCalendar, instant, instant, anyDuration, (calendar, a, b, d) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(addWorkingTime(early, d, calendar).toMillis()).toBeLessThanOrEqual(addWorkingTime(late, d, calendar).toMillis());
    }), runs);
  });

  it('due times are monotone in the duration: more days, or more minutes, is never earlier', () => {
    // Days and minutes are not comparable on their own (a working day may be 15 minutes long), so grow each part.
    const more = fc.record({ days: fc.integer({ min: 0, max: 3 }), minutes: fc.integer({ min: 0, max: 600 }) });
    fc.assert(fc.property(workingCalendar, instant, anyDuration, more, (calendar, start, short, extra) => {
      const long = { text: 'longer', days: short.days + extra.days, minutes: short.minutes + extra.minutes };
      expect(addWorkingTime(start, short, calendar).toMillis()).toBeLessThanOrEqual(addWorkingTime(start, long, calendar).toMillis());
    }), runs);
  });

  it('working time adds up: between(a, b) + between(b, c) == between(a, c)', () => {
    fc.assert(fc.property(workingCalendar, instant, instant, instant, (calendar, ...times) => {
      const [a, b, c] = times.sort((x, y) => x.toMillis() - y.toMillis()) as [DateTime, DateTime, DateTime];
      expect(workingTimeBetween(a, b, calendar) + workingTimeBetween(b, c, calendar)).toBe(workingTimeBetween(a, c, calendar));
    }), runs);
  });

  it('a due time is a moment the clock runs up to: just before it, working time is still left', () => {
    fc.assert(fc.property(workingCalendar, instant, fc.integer({ min: 1, max: 6000 }), (calendar, start, m) => {
      const due = addWorkingTime(start, minutesDuration(m), calendar);
      expect(workingTimeBetween(start, due.minus({ minutes: 1 }), calendar)).toBeLessThan(m);
    }), runs);
  });

  it('a 24x7 calendar is plain elapsed time', () => {
    fc.assert(fc.property(alwaysOpenCalendar, instant, minutes, instant, (calendar, start, m, other) => {
      expect(addWorkingTime(start, minutesDuration(m), calendar).toMillis() - start.toMillis()).toBe(m * 60_000);
      expect(workingTimeBetween(start, other, calendar)).toBe((other.toMillis() - start.toMillis()) / 60_000);
    }), runs);
  });

  it('a working day never counts more than one day of working time, and a day later is at least one working day on', () => {
    fc.assert(fc.property(workingCalendar, instant, (calendar, start) => {
      const oneDay = addWorkingTime(start, { text: '1d', days: 1, minutes: 0 }, calendar);
      expect(oneDay.toMillis()).toBeGreaterThan(start.toMillis());
    }), runs);
  });
});

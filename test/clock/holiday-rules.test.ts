/**
 * Holidays by rule: recurring holidays, regional sets, and how the clock sees them. The regional sets must give
 * exactly the dates and names `sla init` writes for 2026–2028 (src/init/holidays.ts, checked by hand against the
 * published lists); test/init/holidays.test.ts also checks them against an independent derivation for two centuries.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addWorkingTime, nextWorkingInstant, workingTimeBetween } from '../../src/clock/index.js';
import { easterSunday, HOLIDAY_SET_IDS, HOLIDAY_SETS, holidaysInYear, type HolidayRule, type Observance } from '../../src/clock/holiday-rules.js';
import { holidayOn, holidaysBetween } from '../../src/clock/holidays.js';
import { allHolidays, HOLIDAY_REGIONS, HOLIDAY_YEARS } from '../../src/init/holidays.js';
import type { Calendar } from '../../src/model/agreement.js';
import { normaliseCalendar } from '../../src/model/normalise.js';
import { at, duration, iso } from './helpers.js';

const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function businessCalendar(extra: Record<string, unknown>, timezone = 'Europe/Berlin'): Calendar {
  return normaliseCalendar({
    id: 'office', name: 'Office', timezone,
    hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: ['09:00-17:00'] }],
    ...extra,
  } as Parameters<typeof normaliseCalendar>[0]);
}

describe('regional holiday sets agree with the tables `sla init` writes', () => {
  it('knows the same regions', () => {
    expect([...HOLIDAY_SET_IDS].sort()).toEqual(HOLIDAY_REGIONS.map((r) => r.id).sort());
  });

  for (const region of HOLIDAY_SET_IDS) {
    for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
      it(`${region} ${year}: same dates and names`, () => {
        const table = allHolidays(region).filter((h) => h.date.startsWith(`${year}-`));
        const rules = holidaysInYear(HOLIDAY_SETS[region], year).map(({ date, name }) => ({ date, name }));
        expect(rules).toEqual(table);
      });
    }
  }
});

describe('holiday rules, hand-computed', () => {
  it('Easter Sunday', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2038, 2285].map((y) => isoOfDay(easterSunday(y)))).toEqual([
      '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2038-04-25', '2285-03-22',
    ]);
  });

  it('the nth and the last weekday of a month', () => {
    const rules: HolidayRule[] = [
      { name: 'Thanksgiving', month: 11, weekday: 4, week: 4 },
      { name: 'Memorial Day', month: 5, weekday: 1, week: 'last' },
      { name: 'First Monday of March', month: 3, weekday: 1, week: 1 },
    ];
    expect(holidaysInYear(rules, 2030).map((h) => h.date)).toEqual(['2030-03-04', '2030-05-27', '2030-11-28']);
  });

  it('weekend observance moves the day off; the weekend day itself is not a holiday', () => {
    // 4 July 2026 is a Saturday, 4 July 2027 a Sunday.
    const nearest: HolidayRule[] = [{ name: 'Independence Day', month: 7, day: 4, observed: 'nearest-weekday' }];
    expect(holidaysInYear(nearest, 2026)).toEqual([{ date: '2026-07-03', name: 'Independence Day (observed)', open: [] }]);
    expect(holidaysInYear(nearest, 2027).map((h) => h.date)).toEqual(['2027-07-05']);
    const next: HolidayRule[] = [{ name: 'Independence Day', month: 7, day: 4, observed: 'next-weekday' }];
    expect(holidaysInYear(next, 2026).map((h) => h.date)).toEqual(['2026-07-06']);
    const none: HolidayRule[] = [{ name: 'Independence Day', month: 7, day: 4, observed: 'none' }];
    expect(holidaysInYear(none, 2026).map((h) => h.date)).toEqual(['2026-07-04']);
  });

  it('a substitute day moves on past a day that is already a holiday (Christmas on Sunday, 2033)', () => {
    // Christmas Sun 25 Dec; Boxing Day Mon 26 stays; Christmas moves to Tue 27.
    expect(holidaysInYear(HOLIDAY_SETS['gb-eng'], 2033).filter((h) => h.date >= '2033-12-01')).toEqual([
      { date: '2033-12-26', name: 'Boxing Day', open: [] },
      { date: '2033-12-27', name: 'Christmas Day (substitute day)', open: [] },
    ]);
  });

  it('a holiday observed across a year end belongs to the year it falls in', () => {
    // 1 January 2028 is a Saturday: the US day off is Friday 31 December 2027.
    expect(holidaysInYear(HOLIDAY_SETS.us, 2027).at(-1)).toMatchObject({ date: '2027-12-31', name: "New Year's Day (observed)" });
    expect(holidaysInYear(HOLIDAY_SETS.us, 2028).some((h) => h.date.endsWith('-01-01'))).toBe(false);
  });

  it('29 February is a holiday only in leap years', () => {
    const leap: HolidayRule[] = [{ name: 'Leap day', month: 2, day: 29, observed: 'none' }];
    expect(holidaysInYear(leap, 2027)).toEqual([]);
    expect(holidaysInYear(leap, 2028).map((h) => h.date)).toEqual(['2028-02-29']);
  });
});

describe('holiday rules, properties', () => {
  const rule: fc.Arbitrary<HolidayRule> = fc.oneof(
    fc.record({ name: fc.constant('fixed'), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), observed: fc.constantFrom<Observance[]>('none', 'nearest-weekday', 'next-weekday', 'saturday-if-sunday') }),
    fc.record({ name: fc.constant('nth'), month: fc.integer({ min: 1, max: 12 }), weekday: fc.integer({ min: 1, max: 7 }), week: fc.constantFrom<(1 | 2 | 3 | 4 | 'last')[]>(1, 2, 3, 4, 'last') }),
    fc.record({ name: fc.constant('easter'), easter: fc.integer({ min: -50, max: 60 }) }),
  );
  const year = fc.integer({ min: 1971, max: 2198 });

  it('every holiday of a year is a real date in that year, once, in order', () => {
    fc.assert(fc.property(fc.array(rule, { maxLength: 12 }), year, (rules, y) => {
      const dates = holidaysInYear(rules, y).map((h) => h.date);
      expect(dates).toEqual([...new Set(dates)].sort());
      for (const date of dates) {
        expect(date.startsWith(`${y}-`)).toBe(true);
        expect(DateTime.fromISO(date).isValid).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('a moved holiday is a weekday, and a holiday that did not move keeps its date', () => {
    fc.assert(fc.property(rule, year, (r, y) => {
      for (const holiday of holidaysInYear([r], y)) {
        const date = DateTime.fromISO(holiday.date);
        if ('day' in r && r.observed !== 'none' && r.observed !== 'saturday-if-sunday' && holiday.name !== r.name) expect(date.weekday).toBeLessThanOrEqual(5);
        if ('day' in r && r.observed === 'none') expect([date.month, date.day]).toEqual([r.month, r.day]);
        if ('weekday' in r) expect(date.weekday).toBe(r.weekday);
      }
    }), { numRuns: 500 });
  });

  it('the nth weekday is in its week of the month; `last` is in the last seven days', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom<(1 | 2 | 3 | 4 | 'last')[]>(1, 2, 3, 4, 'last'), year, (month, weekday, week, y) => {
      const [holiday] = holidaysInYear([{ name: 'x', month, weekday, week }], y);
      const date = DateTime.fromISO(holiday!.date);
      if (week === 'last') expect(date.plus({ days: 7 }).month).not.toBe(month);
      else expect(Math.ceil(date.day / 7)).toBe(week);
    }), { numRuns: 300 });
  });
});

describe('the clock counts recurring holidays and regional sets in every year', () => {
  it('a regional set closes the calendar in a year `sla init` has no table for (Good Friday 2035 in Germany)', () => {
    const office = businessCalendar({ holidaySets: ['de'] });
    // Thu 22 Mar 2035 16:00 + 2h: 1h on Thursday; Good Friday (23rd), the weekend and Easter Monday (26th) are closed.
    expect(iso(addWorkingTime(at('2035-03-22T16:00', 'Europe/Berlin'), duration('2h'), office))).toBe('2035-03-27T10:00:00+02:00');
    expect(holidayOn(office, '2035-03-23')?.name).toBe('Karfreitag (Good Friday)');
  });

  it('a recurring rule with weekend observance closes the observed day', () => {
    const office = businessCalendar({ holidays: [{ name: 'Independence Day', month: 7, day: 4, observed: 'nearest-weekday' }] }, 'America/New_York');
    // Sat 4 Jul 2037 → observed Fri 3 Jul.
    expect(iso(nextWorkingInstant(at('2037-07-02T17:30', 'America/New_York'), office))).toBe('2037-07-06T09:00:00-04:00');
  });

  it('the nth weekday rule: Thanksgiving, every year', () => {
    const office = businessCalendar({ holidays: [{ name: 'Thanksgiving', month: 11, weekday: 'thu', week: 4 }] }, 'America/New_York');
    for (const [year, date] of [[2031, '2031-11-27'], [2032, '2032-11-25'], [2099, '2099-11-26']] as const) {
      expect(holidaysBetween(office, `${year}-11-01`, `${year}-11-30`).map((h) => h.date)).toEqual([date]);
    }
  });

  it('a dated holiday wins over a rule on the same date (a partial day stays partial)', () => {
    const office = businessCalendar({
      holidaySets: ['gb-eng'],
      holidays: [{ date: '2031-12-25', name: 'Christmas Day (office open in the morning)', open: ['09:00-12:00'] }],
    }, 'Europe/London');
    expect(holidayOn(office, '2031-12-25')).toMatchObject({ name: 'Christmas Day (office open in the morning)' });
    expect(iso(addWorkingTime(at('2031-12-25T08:00', 'Europe/London'), duration('3h'), office))).toBe('2031-12-25T12:00:00+00:00');
    // Boxing Day (Fri 26th) comes from the set: 1h more runs to Monday.
    expect(iso(addWorkingTime(at('2031-12-25T08:00', 'Europe/London'), duration('4h'), office))).toBe('2031-12-29T10:00:00+00:00');
  });

  it('the calendar’s own rules come before its sets, and sets in the order listed', () => {
    const office = businessCalendar({ holidaySets: ['fr', 'de'], holidays: [{ name: 'Company day', month: 5, day: 1, observed: 'none' }] });
    expect(holidayOn(office, '2031-05-01')?.name).toBe('Company day');
    expect(holidayOn(office, '2031-01-01')?.name).toBe("Jour de l'an (New Year's Day)");
    expect(holidayOn(office, '2031-10-03')?.name).toBe('Tag der Deutschen Einheit (German Unity Day)');
  });
});

describe('the clock treats holidays from rules exactly as the same days written as dates (property)', () => {
  it('due times and working time agree, for every region, on random starts and durations', () => {
    const FROM = Date.UTC(2030, 0, 1);
    const TO = Date.UTC(2034, 0, 1);
    fc.assert(fc.property(
      fc.constantFrom(...HOLIDAY_SET_IDS),
      fc.integer({ min: FROM / 60_000, max: TO / 60_000 }),
      fc.record({ days: fc.integer({ min: 0, max: 8 }), minutes: fc.integer({ min: 0, max: 2000 }) }),
      (region, minute, parts) => {
        const byRule = businessCalendar({ holidaySets: [region] });
        const dated = holidaysOfYears(region, 2029, 2035);
        const byDate = businessCalendar({ holidays: dated.map((h) => ({ date: h.date, name: h.name })) });
        const start = DateTime.fromMillis(minute * 60_000, { zone: 'UTC' });
        const d = { text: 'generated', ...parts };
        expect(addWorkingTime(start, d, byRule).toMillis()).toBe(addWorkingTime(start, d, byDate).toMillis());
        const later = start.plus({ days: 9 });
        expect(workingTimeBetween(start, later, byRule)).toBe(workingTimeBetween(start, later, byDate));
      },
    ), { numRuns: 200 });
  });
});

function holidaysOfYears(region: (typeof HOLIDAY_SET_IDS)[number], first: number, last: number) {
  const all = [];
  for (let year = first; year <= last; year++) all.push(...holidaysInYear(HOLIDAY_SETS[region], year));
  return all;
}

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_SETS, holidaysInYear } from '../../src/clock/holiday-rules.js';
import { allHolidays, HOLIDAY_REGIONS, HOLIDAY_YEARS, holidaysBetween, regionForTimezone, type HolidayRegion } from '../../src/init/holidays.js';

// The shipped data was checked by hand against the published lists; these rules re-derive it independently,
// so a typo in a date cannot pass unnoticed.

type Day = DateTime;
const day = (year: number, month: number, date: number): Day => DateTime.utc(year, month, date);

/** Gregorian Easter Sunday (the anonymous algorithm, as in Meeus). */
function easter(year: number): Day {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), date = ((h + l - 7 * m + 114) % 31) + 1;
  return day(year, month, date);
}
/** The n-th given weekday (1 = Monday) of a month. */
function nth(year: number, month: number, weekday: number, n: number): Day {
  const first = day(year, month, 1);
  return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
}
function lastWeekday(year: number, month: number, weekday: number): Day {
  const last = day(year, month, 1).endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
}
/** US federal rule: Saturday → Friday before, Sunday → Monday after. */
function usObserved(date: Day): Day {
  return date.weekday === 6 ? date.minus({ days: 1 }) : date.weekday === 7 ? date.plus({ days: 1 }) : date;
}

function expectedDates(region: HolidayRegion, year: number): string[] {
  const e = easter(year);
  const dates: Day[] = [];
  switch (region) {
    case 'us': {
      const newYear = usObserved(day(year, 1, 1));
      if (newYear.year === year) dates.push(newYear);
      dates.push(nth(year, 1, 1, 3), nth(year, 2, 1, 3), lastWeekday(year, 5, 1), usObserved(day(year, 6, 19)), usObserved(day(year, 7, 4)),
        nth(year, 9, 1, 1), nth(year, 10, 1, 2), usObserved(day(year, 11, 11)), nth(year, 11, 4, 4), usObserved(day(year, 12, 25)));
      const nextNewYear = usObserved(day(year + 1, 1, 1));
      if (nextNewYear.year === year) dates.push(nextNewYear);
      break;
    }
    case 'gb-eng': {
      const newYear = day(year, 1, 1);
      dates.push(newYear.weekday >= 6 ? newYear.plus({ days: 8 - newYear.weekday }) : newYear);
      dates.push(e.minus({ days: 2 }), e.plus({ days: 1 }), nth(year, 5, 1, 1), lastWeekday(year, 5, 1), lastWeekday(year, 8, 1));
      // Christmas and Boxing Day move to the next weekdays not already taken.
      const christmas = day(year, 12, 25);
      const boxing = day(year, 12, 26);
      if (christmas.weekday <= 5 && boxing.weekday <= 5) dates.push(christmas, boxing);
      else if (christmas.weekday === 5) dates.push(christmas, day(year, 12, 28));
      else if (christmas.weekday === 6) dates.push(day(year, 12, 27), day(year, 12, 28));
      else dates.push(day(year, 12, 27), boxing); // Christmas on Sunday: Boxing Day Monday, Christmas substitute Tuesday
      break;
    }
    case 'de':
      dates.push(day(year, 1, 1), e.minus({ days: 2 }), e.plus({ days: 1 }), day(year, 5, 1), e.plus({ days: 39 }), e.plus({ days: 50 }), day(year, 10, 3), day(year, 12, 25), day(year, 12, 26));
      break;
    case 'fr':
      dates.push(day(year, 1, 1), e.plus({ days: 1 }), day(year, 5, 1), day(year, 5, 8), e.plus({ days: 39 }), e.plus({ days: 50 }), day(year, 7, 14), day(year, 8, 15), day(year, 11, 1), day(year, 11, 11), day(year, 12, 25));
      break;
    case 'nl': {
      const kingsDay = day(year, 4, 27);
      dates.push(day(year, 1, 1), e, e.plus({ days: 1 }), kingsDay.weekday === 7 ? kingsDay.minus({ days: 1 }) : kingsDay, e.plus({ days: 39 }), e.plus({ days: 49 }), e.plus({ days: 50 }), day(year, 12, 25), day(year, 12, 26));
      break;
    }
  }
  return dates.map((d) => d.toISODate()!).sort();
}

describe('holiday data', () => {
  it('knows Easter for the years it covers', () => {
    expect([2026, 2027, 2028].map((year) => easter(year).toISODate())).toEqual(['2026-04-05', '2027-03-28', '2028-04-16']);
  });

  for (const { id } of HOLIDAY_REGIONS) {
    for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
      it(`${id} ${year} matches the region's rules`, () => {
        const shipped = allHolidays(id).filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date).sort();
        expect(shipped).toEqual(expectedDates(id, year));
      });
    }

    it(`${id}: dates are real, in order, unique and named`, () => {
      const holidays = allHolidays(id);
      expect(holidays.map((h) => h.date)).toEqual([...new Set(holidays.map((h) => h.date))].sort());
      for (const holiday of holidays) {
        expect(DateTime.fromISO(holiday.date).isValid).toBe(true);
        expect(holiday.name.trim()).not.toBe('');
      }
    });
  }

  // The clock's regional sets (src/clock/holiday-rules.ts) count these holidays in every year, not only the years
  // the table covers: their rules must give the same days as the rules here, far beyond the table.
  for (const { id } of HOLIDAY_REGIONS) {
    it(`${id}: the clock's rules give the same dates from 1950 to 2150`, () => {
      for (let year = 1950; year <= 2150; year++) {
        // Two holidays on one day (Ascension on 1 May in 2008) are one day off.
        expect(holidaysInYear(HOLIDAY_SETS[id], year).map((h) => h.date), `${id} ${year}`).toEqual([...new Set(expectedDates(id, year))]);
      }
    });
  }

  it('spot-checks published dates', () => {
    const has = (region: HolidayRegion, date: string, name: RegExp) => expect(allHolidays(region).find((h) => h.date === date)?.name).toMatch(name);
    has('us', '2027-12-31', /New Year's Day \(observed\)/); // 1 January 2028 is a Saturday
    has('us', '2026-07-03', /Independence Day \(observed\)/);
    has('gb-eng', '2026-12-28', /Boxing Day \(substitute day\)/);
    has('gb-eng', '2028-01-03', /New Year's Day \(substitute day\)/);
    has('de', '2027-05-06', /Christi Himmelfahrt/);
    has('fr', '2028-06-05', /Pentecôte/);
    has('nl', '2027-04-27', /Koningsdag/);
  });

  it('selects the holidays of a term and names the years it has no data for', () => {
    const selection = holidaysBetween('us', '2028-07-01', '2029-06-30');
    expect(selection.holidays.map((h) => h.date)).toEqual(['2028-07-04', '2028-09-04', '2028-10-09', '2028-11-10', '2028-11-23', '2028-12-25']);
    expect(selection.missingYears).toEqual([2029]);
    expect(holidaysBetween('de', '2027-01-01', '2027-12-31').missingYears).toEqual([]);
  });

  it('suggests a region from a time zone', () => {
    expect(regionForTimezone('Europe/London')).toBe('gb-eng');
    expect(regionForTimezone('America/Los_Angeles')).toBe('us');
    expect(regionForTimezone('Asia/Kathmandu')).toBeUndefined();
  });
});

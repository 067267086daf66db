import { describe, expect, it } from 'vitest';
import { normaliseCalendar } from '../../src/model/normalise.js';

type CalendarDocument = Parameters<typeof normaliseCalendar>[0];
const doc = (fields: Record<string, unknown>): CalendarDocument => ({ id: 'office', name: 'Office', timezone: 'Europe/Berlin', ...fields }) as CalendarDocument;
const week = (days: unknown, open: unknown = ['09:00-17:00']) => ({ hours: [{ days, open }] });

describe('normaliseCalendar checks the calendar it is given', () => {
  it('accepts the calendars an agreement writes', () => {
    expect(normaliseCalendar(doc(week(['mon', 'fri']))).weekly[1]).toEqual([{ start: 540, end: 1020 }]);
    expect(normaliseCalendar(doc({ hours: '24x7' })).alwaysOpen).toBe(true);
    expect(normaliseCalendar(doc({ hours: 'unstated' })).hoursUnstated).toBe(true);
    expect(normaliseCalendar(doc({ ...week(['mon'], ['22:00-06:00', '12:00-24:00']), holidays: [{ date: '2028-02-29', name: 'Leap' }, { month: 12, day: 25, name: 'Christmas', observed: 'next-weekday' }, { month: 11, weekday: 'thu', week: 'last', name: 'Thanksgiving' }] })).recurringHolidays).toHaveLength(2);
  });

  it('refuses an unknown day name, giving the spellings it takes', () => {
    expect(() => normaliseCalendar(doc(week(['monday'])))).toThrow(RangeError);
    expect(() => normaliseCalendar(doc(week(['monday'])))).toThrow('normaliseCalendar: calendar `office` hours[0].days[0] must be one of mon, tue, wed, thu, fri, sat, sun (three lower-case letters), got "monday"');
    expect(() => normaliseCalendar(doc(week('mon')))).toThrow('normaliseCalendar: calendar `office` hours[0].days must be an array of weekdays (mon, tue, wed, thu, fri, sat, sun), got "mon"');
  });

  it('refuses a window not written HH:MM-HH:MM', () => {
    expect(() => normaliseCalendar(doc(week(['mon'], ['9:00-17:00'])))).toThrow(RangeError);
    expect(() => normaliseCalendar(doc(week(['mon'], ['9:00-17:00'])))).toThrow('normaliseCalendar: calendar `office` hours[0].open[0] must be a window written HH:MM-HH:MM (two-digit hours, e.g. "09:00-17:00"), got "9:00-17:00"');
    expect(() => normaliseCalendar(doc(week(['mon'], ['09:00-25:00'])))).toThrow('hours[0].open[0] must be a window written HH:MM-HH:MM');
    expect(() => normaliseCalendar(doc(week(['mon'], '09:00-17:00')))).toThrow('normaliseCalendar: calendar `office` hours[0].open must be an array of windows written HH:MM-HH:MM such as "09:00-17:00", got "09:00-17:00"');
    expect(() => normaliseCalendar(doc({ ...week(['mon']), holidays: [{ date: '2027-12-24', name: 'Eve', open: ['9-12'] }] }))).toThrow('normaliseCalendar: calendar `office` holidays[0].open[0] must be a window written HH:MM-HH:MM');
  });

  it('refuses weekly hours without working time unless the calendar is 24x7', () => {
    expect(() => normaliseCalendar(doc({ hours: [{ days: ['mon'] }] }))).toThrow('normaliseCalendar: calendar `office` hours[0].open is missing; give the day\'s windows written HH:MM-HH:MM, e.g. open: ["09:00-17:00"]');
    expect(() => normaliseCalendar(doc(week([], [])))).toThrow(RangeError);
    expect(() => normaliseCalendar(doc(week(['mon'], [])))).toThrow('normaliseCalendar: calendar `office` has no working time: its hours open no window on any day; give days and open windows, or hours: "24x7" for a calendar that never closes');
    expect(() => normaliseCalendar(doc({ hours: [] }))).toThrow('calendar `office` has no working time');
  });

  it('refuses hours, zones, ids and names of the wrong kind', () => {
    expect(() => normaliseCalendar(doc({ hours: '9-5' }))).toThrow('normaliseCalendar: calendar `office` hours must be "24x7", "unstated" or an array of { days, open }, got "9-5"');
    expect(() => normaliseCalendar(doc({ hours: undefined }))).toThrow(TypeError);
    expect(() => normaliseCalendar(doc({ hours: '24x7', timezone: undefined }))).toThrow('normaliseCalendar: calendar `office` needs a timezone (an IANA zone name such as "Europe/Berlin", or "unstated"), got undefined');
    expect(() => normaliseCalendar(doc({ hours: '24x7', timezones: 'UTC' }))).toThrow('normaliseCalendar: calendar `office` timezones must be a non-empty array of IANA zone names, got "UTC"');
    expect(() => normaliseCalendar(doc({ hours: '24x7', id: 7 }))).toThrow('normaliseCalendar: calendar.id must be a non-empty string, got 7');
    expect(() => normaliseCalendar(doc({ hours: '24x7', name: undefined }))).toThrow('normaliseCalendar: calendar `office` name must be a string, got undefined');
    expect(() => normaliseCalendar(null as unknown as CalendarDocument)).toThrow("normaliseCalendar: calendar must be an object as an agreement's `calendars` entry writes it ({ id, name, timezone, hours }), got null");
  });

  it('refuses holidays on days that do not exist', () => {
    expect(() => normaliseCalendar(doc({ hours: '24x7', holidays: [{ date: '2027-02-30', name: 'Nope' }] }))).toThrow('normaliseCalendar: calendar `office` holidays[0].date must be a real calendar date written YYYY-MM-DD, got "2027-02-30"');
    expect(() => normaliseCalendar(doc({ hours: '24x7', holidays: [{ month: 4, day: 31, name: 'Nope' }] }))).toThrow('normaliseCalendar: calendar `office` holidays[0].day must be a day that month 4 has (1-30), got 31');
    expect(() => normaliseCalendar(doc({ hours: '24x7', holidays: [{ month: 13, day: 1, name: 'Nope' }] }))).toThrow('holidays[0] needs a date (YYYY-MM-DD), or a month (1-12) with a day or a weekday and week; got month 13');
    expect(() => normaliseCalendar(doc({ hours: '24x7', holidays: [{ month: 11, weekday: 'thursday', week: 4, name: 'Nope' }] }))).toThrow('holidays[0] needs a day (1-31) or a weekday (one of mon, tue, wed, thu, fri, sat, sun), got weekday "thursday"');
    expect(() => normaliseCalendar(doc({ hours: '24x7', holidays: [{ month: 11, weekday: 'thu', week: 5, name: 'Nope' }] }))).toThrow('holidays[0].week must be 1, 2, 3, 4 or "last", got 5');
    expect(() => normaliseCalendar(doc({ hours: '24x7', holidays: [{ month: 1, day: 1, name: 'New Year', observed: 'monday' }] }))).toThrow('holidays[0].observed must be "nearest-weekday", "next-weekday" or "none", got "monday"');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addWorkingTime, ClockError, holidaysFromICalendar, withHolidays } from '../../src/clock/index.js';
import { runCli } from '../helpers/cli.js';
import { at, calendar, duration, iso, WEEKDAYS } from './helpers.js';

const ICS = readFileSync('test/clock/fixtures/holidays.ics', 'utf8');

describe('holidays from an iCalendar file', () => {
  it('reads all-day events as full days off, expands yearly ones within the range, and skips timed events', async () => {
    const { holidays, skipped } = await holidaysFromICalendar(ICS, { from: '2027-01-01', to: '2028-12-31' });
    expect(holidays).toEqual([
      { date: '2027-01-04', name: 'Office shutdown', open: [] }, // DTEND is exclusive: 4 and 5 Jan
      { date: '2027-01-05', name: 'Office shutdown', open: [] },
      { date: '2027-12-25', name: 'Christmas Day', open: [] },
      { date: '2028-12-25', name: 'Christmas Day', open: [] },
    ]);
    expect(skipped).toEqual(['Team party: a timed event, not an all-day holiday']);
  });

  it('adds them to a calendar without overriding its own (partial) holidays', async () => {
    const { holidays } = await holidaysFromICalendar(ICS, { from: '2027-01-01', to: '2027-12-31' });
    const own = calendar('Europe/Berlin', [[WEEKDAYS, ['09:00-17:00']]], [['2027-01-05', ['09:00-12:00']]]);
    const merged = withHolidays(own, holidays);
    expect(merged.holidays.get('2027-01-05')!.open).toEqual([{ start: 540, end: 720 }]);
    // Fri 1 Jan 16:00 + 2h: 1h Friday; Mon 4 Jan is off; Tue 5 Jan opens 09:00 → 10:00.
    expect(iso(addWorkingTime(at('2027-01-01T16:00', 'Europe/Berlin'), duration('2h'), merged))).toBe('2027-01-05T10:00:00+01:00');
  });

  it('refuses what is not iCalendar', async () => {
    await expect(holidaysFromICalendar('date,name\n2027-01-01,New Year', { from: '2027-01-01', to: '2027-12-31' })).rejects.toThrow(ClockError);
  });

  it('refuses binary data, and quotes at most the start of a long bad line', async () => {
    const range = { from: '2027-01-01', to: '2027-12-31' };
    await expect(holidaysFromICalendar('BEGIN:VCALENDAR\n\0\u0001', range)).rejects.toThrow(/^not an iCalendar file: it contains NUL bytes/);
    const error = await holidaysFromICalendar(`${'x'.repeat(5000)}\n`, range).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ClockError);
    expect((error as Error).message.length).toBeLessThan(200);
  });

  it('sla due --holidays adds them to the business-hours calendars', async () => {
    const args = ['due', 'examples/standard-customer-service-assistant.sla.yaml', '--severity', 'high', '--opened', '2027-01-01T16:00+01:00', '--format', 'json'];
    const without = JSON.parse((await runCli(args)).stdout);
    const withIcs = await runCli([...args, '--holidays', 'test/clock/fixtures/holidays.ics']);
    expect(withIcs.code).toBe(0);
    // 1 Jan is already a holiday: the clock starts Mon 4 Jan 09:00 without the file, Wed 6 Jan 09:00 with it.
    expect(without.response.due).toBe('2027-01-04T11:00:00+01:00');
    expect(JSON.parse(withIcs.stdout).response.due).toBe('2027-01-06T11:00:00+01:00');
    expect(withIcs.stderr).toContain('Team party: a timed event');
    const missing = await runCli([...args, '--holidays', 'nope.ics']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.ics');
  });
});

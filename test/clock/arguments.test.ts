import { DateTime, Interval } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addWorkingTime, ClockError, dueTimes, isWorkingInstant, namedDeadline, nextWorkingInstant, workingTimeBetween, worstCaseResponseWait,
} from '../../src/clock/index.js';
import type { Agreement } from '../../src/model/agreement.js';
import { agreementWith } from './agreement-fixtures.js';
import { at, calendar, duration, iso, WEEKDAYS } from './helpers.js';

const office = calendar('Europe/Berlin', [[WEEKDAYS, ['09:00-17:00']]]);
const start = at('2027-01-04T16:00', 'Europe/Berlin');
const bad = <T>(value: unknown) => value as T;

describe('addWorkingTime arguments', () => {
  it('takes a duration string as agreements write it, short or ISO, the same as the Duration object', () => {
    const expected = iso(addWorkingTime(start, duration('4h'), office));
    expect(expected).toBe('2027-01-05T12:00:00+01:00');
    expect(iso(addWorkingTime(start, '4h', office))).toBe(expected);
    expect(iso(addWorkingTime(start, 'PT4H', office))).toBe(expected);
    expect(iso(addWorkingTime(start, '1d2h', office))).toBe(iso(addWorkingTime(start, duration('1d2h'), office)));
  });

  it('takes a Duration object without its text', () => {
    expect(iso(addWorkingTime(start, bad({ days: 0, minutes: 240 }), office))).toBe('2027-01-05T12:00:00+01:00');
  });

  it('refuses a number of minutes, naming the function, the argument and the shapes it takes', () => {
    expect(() => addWorkingTime(start, bad(60), office)).toThrow(TypeError);
    expect(() => addWorkingTime(start, bad(60), office)).toThrow('addWorkingTime: duration must be a duration string such as "4h" or a Duration object { days, minutes }, got 60');
  });

  it('refuses a string that is not a duration, with examples', () => {
    expect(() => addWorkingTime(start, '4 hours', office)).toThrow(RangeError);
    expect(() => addWorkingTime(start, '4 hours', office)).toThrow('addWorkingTime: duration must be a duration string such as "4h" or a Duration object { days, minutes }; a duration string is written like 30m, 4h, 1h30m, 2d or PT4H, got "4 hours"');
  });

  it('refuses an object without whole-number days and minutes, and a negative one', () => {
    expect(() => addWorkingTime(start, bad({ hours: 4 }), office)).toThrow('addWorkingTime: duration must be a duration string such as "4h" or a Duration object { days, minutes } with whole-number days and minutes, got { days: undefined, minutes: undefined }');
    expect(() => addWorkingTime(start, bad({ days: 0, minutes: 1.5 }), office)).toThrow(TypeError);
    expect(() => addWorkingTime(start, bad({ days: 0, minutes: -60 }), office)).toThrow(RangeError);
    expect(() => addWorkingTime(start, bad({ days: 0, minutes: -60 }), office)).toThrow('addWorkingTime: duration must not be negative, got { days: 0, minutes: -60 }');
    expect(() => addWorkingTime(start, bad(null), office)).toThrow('got null');
  });

  it('refuses a start that is not a luxon DateTime', () => {
    expect(() => addWorkingTime(bad('2027-01-04T16:00'), '4h', office)).toThrow(TypeError);
    expect(() => addWorkingTime(bad('2027-01-04T16:00'), '4h', office)).toThrow('addWorkingTime: start must be a luxon DateTime (e.g. DateTime.fromISO("2027-01-07T10:00", { zone: "Europe/Berlin" })), got "2027-01-04T16:00"');
    expect(() => addWorkingTime(bad(new Date(Date.UTC(2027, 0, 4))), '4h', office)).toThrow('got a Date (2027-01-04T00:00:00.000Z)');
    expect(() => addWorkingTime(bad(1_800_000_000_000), '4h', office)).toThrow('start must be a luxon DateTime');
  });

  it('keeps the ClockError for an invalid DateTime', () => {
    expect(() => addWorkingTime(DateTime.invalid('test'), '4h', office)).toThrow(ClockError);
  });

  it('refuses the arguments in the wrong order, and a calendar that was not normalised', () => {
    expect(() => addWorkingTime(bad(office), bad(start), bad(60))).toThrow('addWorkingTime: start must be a luxon DateTime');
    expect(() => addWorkingTime(start, '4h', bad({ id: 'office', name: 'Office', timezone: 'Europe/Berlin', hours: '24x7' }))).toThrow(
      "addWorkingTime: calendar must be a Calendar returned by normaliseCalendar() or taken from an Agreement's calendars, got an object (this looks like a calendar as the file writes it; pass it through normaliseCalendar first)",
    );
    expect(() => addWorkingTime(start, '4h', bad(undefined))).toThrow(TypeError);
  });
});

describe('the other clock functions check their arguments', () => {
  it('workingTimeBetween', () => {
    const end = at('2027-01-05T10:00', 'Europe/Berlin');
    expect(workingTimeBetween(start, end, office)).toBe(120);
    expect(() => workingTimeBetween(start, bad('2027-01-05T10:00'), office)).toThrow('workingTimeBetween: b must be a luxon DateTime');
    expect(() => workingTimeBetween(bad(0), end, office)).toThrow('workingTimeBetween: a must be a luxon DateTime');
    expect(() => workingTimeBetween(start, end, bad(null))).toThrow('workingTimeBetween: calendar must be a Calendar');
    expect(() => workingTimeBetween(start, end, office, bad([[start, end]]))).toThrow('workingTimeBetween: pauses must be an array of luxon Intervals, got an array with other values');
    expect(() => workingTimeBetween(start, end, office, bad('none'))).toThrow('workingTimeBetween: pauses must be an array of luxon Intervals, got "none"');
    expect(workingTimeBetween(start, end, office, [Interval.fromDateTimes(start, start.plus({ minutes: 30 }))])).toBe(90);
  });

  it('nextWorkingInstant, isWorkingInstant and namedDeadline', () => {
    expect(() => nextWorkingInstant(bad('now'), office)).toThrow('nextWorkingInstant: at must be a luxon DateTime');
    expect(() => isWorkingInstant(start, bad({}))).toThrow('isWorkingInstant: calendar must be a Calendar');
    expect(() => namedDeadline(start, bad('end-of-day'), office)).toThrow(RangeError);
    expect(() => namedDeadline(start, bad('end-of-day'), office)).toThrow('namedDeadline: by must be "same-business-day" or "next-business-day", got "end-of-day"');
    expect(iso(namedDeadline(start, 'same-business-day', office))).toBe('2027-01-04T17:00:00+01:00');
  });
});

describe('dueTimes and worstCaseResponseWait check their arguments', () => {
  const agreement: Agreement = agreementWith('response: { within: 2h, calendar: berlin-business }');
  const opened = at('2027-01-07T10:00', 'Europe/Berlin');

  it('dueTimes', () => {
    expect(dueTimes(agreement, 'high', opened).response).toBeDefined();
    expect(() => dueTimes(bad({ tiers: [] }), 'high', opened)).toThrow(
      'dueTimes: agreement must be an Agreement as loadAgreement() returns it (the normalised model, not the YAML document), got an object',
    );
    expect(() => dueTimes(agreement, bad(1), opened)).toThrow('dueTimes: severityId must be a severity level id (a non-empty string), got 1');
    expect(() => dueTimes(agreement, 'high', bad('2027-01-07T10:00'))).toThrow('dueTimes: opened must be a luxon DateTime');
    expect(() => dueTimes(agreement, 'high', opened, { now: bad(Date.now()) })).toThrow('dueTimes: options.now must be a luxon DateTime');
    expect(() => dueTimes(agreement, 'high', opened, { tierId: bad(2) })).toThrow('dueTimes: options.tierId must be a tier id (a non-empty string), got 2');
    expect(() => dueTimes(agreement, 'high', opened, bad(null))).toThrow('dueTimes: options must be an object such as { tierId, now }, got null');
  });

  it('keeps the ClockError for an unknown severity', () => {
    expect(() => dueTimes(agreement, 'urgent', opened)).toThrow(ClockError);
  });

  it('worstCaseResponseWait', () => {
    expect(() => worstCaseResponseWait(bad(null), 'high')).toThrow('worstCaseResponseWait: agreement must be an Agreement as loadAgreement() returns it');
    expect(() => worstCaseResponseWait(agreement, bad(undefined))).toThrow('worstCaseResponseWait: severityId must be a severity level id (a non-empty string), got undefined');
    expect(() => worstCaseResponseWait(agreement, 'high', bad(3))).toThrow('worstCaseResponseWait: tierId must be a tier id (a non-empty string), got 3');
    expect(() => worstCaseResponseWait(agreement, 'high', undefined, { year: 2027.5 })).toThrow(RangeError);
    expect(() => worstCaseResponseWait(agreement, 'high', undefined, { year: bad('2027') })).toThrow('worstCaseResponseWait: options.year must be a whole year between 1970 and 2199, got "2027"');
  });
});

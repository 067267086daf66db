import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/util/real-date.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isRealDate', () => {
  it('agrees with luxon on any YYYY-MM-DD, real or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (year, month, day) => {
        const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(isRealDate(iso)).toBe(DateTime.fromISO(iso).isValid);
      }),
      { numRuns: 5000 },
    );
  });

  it('knows leap years, including the century rules and year 0', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2100-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('0000-02-29')).toBe(true);
    expect(isRealDate('0099-02-29')).toBe(false);
    expect(isRealDate('2027-04-31')).toBe(false);
    expect(isRealDate('2027-13-01')).toBe(false);
    expect(isRealDate('2027-1-01')).toBe(false);
  });
});

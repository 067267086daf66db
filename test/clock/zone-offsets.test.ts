import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { OffsetMemory, rememberingZone } from '../../src/clock/zone-offsets.js';

// Zones with whole-hour, half-hour (Lord Howe moves by 30 minutes) and 45-minute offsets, both hemispheres, and
// zones that changed their rules (Samoa skipped a day in 2011; Europe/Moscow moved twice).
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Apia', 'Europe/Moscow', 'Africa/Casablanca', 'UTC'];
const FROM = Date.UTC(1970, 0, 1);
const TO = Date.UTC(2100, 0, 1);

describe('OffsetMemory: offsets remembered per hour', () => {
  it('gives the offset luxon (Intl) gives, at any instant, in any order of asking', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.array(fc.integer({ min: FROM, max: TO }), { minLength: 1, maxLength: 40 }), (name, instants) => {
        const iana = IANAZone.create(name);
        const memory = new OffsetMemory(iana);
        for (const at of instants) expect(memory.offset(at)).toBe(iana.offset(at));
        // Asked again, now from the memory.
        for (const at of instants) expect(memory.offset(at)).toBe(iana.offset(at));
      }),
      { numRuns: 300 },
    );
  });

  it('is exact on each side of a change, to the millisecond', () => {
    // Lord Howe leaves summer time at 02:00 local (+11:00), i.e. 15:00 UTC, to +10:30.
    const iana = IANAZone.create('Australia/Lord_Howe');
    const change = Date.UTC(2027, 3, 3, 15, 0, 0);
    const memory = new OffsetMemory(iana);
    for (const at of [change - 1, change, change + 1, change - 3_600_000, change + 3_599_999]) expect(memory.offset(at)).toBe(iana.offset(at));
    expect(memory.offset(change - 1)).toBe(660);
    expect(memory.offset(change)).toBe(630);
  });
});

describe('rememberingZone', () => {
  it('makes the same DateTimes as the zone name does, and equals luxon’s zone', () => {
    const zone = rememberingZone('America/New_York');
    const ours = DateTime.fromISO('2027-03-14T01:59:59', { zone });
    const theirs = DateTime.fromISO('2027-03-14T01:59:59', { zone: 'America/New_York' });
    expect(ours.toISO()).toBe(theirs.toISO());
    expect(ours.plus({ seconds: 1 }).toISO()).toBe(theirs.plus({ seconds: 1 }).toISO());
    expect(ours.zoneName).toBe('America/New_York');
    expect(ours.equals(theirs)).toBe(true);
  });

  it('hands back an unknown name as it is, so luxon reports it invalid as before', () => {
    expect(rememberingZone('Europe/Berln')).toBe('Europe/Berln');
    expect(DateTime.fromISO('2027-01-01T00:00', { zone: rememberingZone('Europe/Berln') }).isValid).toBe(false);
  });
});

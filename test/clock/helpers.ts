import { DateTime } from 'luxon';
import type { Calendar } from '../../src/model/agreement.js';
import { parseDuration, type Duration } from '../../src/model/duration.js';
import { normaliseCalendar } from '../../src/model/normalise.js';

type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A calendar as an agreement writes it. */
export function calendar(timezone: string, hours: Array<[Day[], string[]]> | '24x7', holidays: Array<[string, string[]?]> = []): Calendar {
  return normaliseCalendar({
    id: 'test', name: 'Test', timezone,
    hours: hours === '24x7' ? '24x7' : hours.map(([days, open]) => ({ days, open })),
    holidays: holidays.map(([date, open]) => ({ date, name: `Holiday ${date}`, ...(open && { open }) })),
  } as Parameters<typeof normaliseCalendar>[0]);
}

export const WEEKDAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function at(local: string, zone: string): DateTime {
  const time = DateTime.fromISO(local, { zone });
  if (!time.isValid) throw new Error(`bad test time ${local}`);
  return time;
}

export function duration(text: string): Duration {
  return parseDuration(text)!;
}

/** ISO with offset, no milliseconds: what a reader checks by eye. */
export function iso(time: DateTime): string {
  return time.toISO({ suppressMilliseconds: true })!;
}

/**
 * Checks on the arguments of the clock's public functions. Library callers get a TypeError (wrong kind of value) or
 * a RangeError (right kind, impossible value) naming the function, the argument and the shape expected; the
 * commands pass values the loader has already validated, so for them these checks never fire.
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar, Duration } from '../model/agreement.js';
import { DURATION_EXAMPLES, parseDuration } from '../model/duration.js';

/** A short, safe rendering of a bad argument for a message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return `a Date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  return typeof value === 'object' ? 'an object' : typeof value;
}

const isWholeNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** A duration string (`4h`, `1d2h`, `PT4H`) or a Duration object `{ days, minutes }`, as a Duration. */
export function durationArgument(fn: string, name: string, value: unknown): Duration {
  const expected = 'a duration string such as "4h" or a Duration object { days, minutes }';
  if (typeof value === 'string') {
    const parsed = parseDuration(value.trim());
    if (!parsed) throw new RangeError(`${fn}: ${name} must be ${expected}; a duration string is written like ${DURATION_EXAMPLES}, got ${shown(value)}`);
    return parsed;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn}: ${name} must be ${expected}, got ${shown(value)}`);
  }
  const { days, minutes, text } = value as Partial<Duration>;
  if (!isWholeNumber(days) || !isWholeNumber(minutes)) {
    throw new TypeError(`${fn}: ${name} must be ${expected} with whole-number days and minutes, got { days: ${shown(days)}, minutes: ${shown(minutes)} }`);
  }
  if (days < 0 || minutes < 0) throw new RangeError(`${fn}: ${name} must not be negative, got { days: ${days}, minutes: ${minutes} }`);
  return typeof text === 'string' ? (value as Duration) : { text: `${days ? `${days}d` : ''}${minutes || !days ? `${minutes}m` : ''}`, days, minutes };
}

/** A luxon DateTime. */
export function instantArgument(fn: string, name: string, value: unknown): DateTime {
  if (!DateTime.isDateTime(value)) {
    throw new TypeError(`${fn}: ${name} must be a luxon DateTime (e.g. DateTime.fromISO("2027-01-07T10:00", { zone: "Europe/Berlin" })), got ${shown(value)}`);
  }
  // An invalid DateTime stays the clock's own ClockError ("invalid time: …"), as it always was.
  return value;
}

/** A calendar as normaliseCalendar returns it (or as found in an Agreement's `calendars`). */
export function calendarArgument(fn: string, name: string, value: unknown): Calendar {
  const calendar = value as Partial<Calendar> | null;
  if (
    typeof calendar !== 'object' || calendar === null || typeof calendar.id !== 'string' || typeof calendar.alwaysOpen !== 'boolean'
    || !Array.isArray(calendar.weekly) || !Array.isArray(calendar.timezones) || !(calendar.holidays instanceof Map)
  ) {
    const hint = typeof calendar === 'object' && calendar !== null && 'hours' in calendar ? ' (this looks like a calendar as the file writes it; pass it through normaliseCalendar first)' : '';
    throw new TypeError(`${fn}: ${name} must be a Calendar returned by normaliseCalendar() or taken from an Agreement's calendars, got ${shown(value)}${hint}`);
  }
  return calendar as Calendar;
}

/** A loaded Agreement (from loadAgreement or normaliseAgreement). */
export function agreementArgument(fn: string, name: string, value: unknown): Agreement {
  const agreement = value as Partial<Agreement> | null;
  if (
    typeof agreement !== 'object' || agreement === null || !Array.isArray(agreement.tiers) || !Array.isArray(agreement.calendars)
    || !Array.isArray(agreement.severityLevels) || agreement.tiers.some((tier) => typeof tier?.targets !== 'object' || !Array.isArray(tier.notOffered))
  ) {
    throw new TypeError(`${fn}: ${name} must be an Agreement as loadAgreement() returns it (the normalised model, not the YAML document), got ${shown(value)}`);
  }
  return agreement as Agreement;
}

export function stringArgument(fn: string, name: string, value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${fn}: ${name} must be ${what} (a non-empty string), got ${shown(value)}`);
  return value;
}

export function optionalStringArgument(fn: string, name: string, value: unknown, what: string): string | undefined {
  return value === undefined ? undefined : stringArgument(fn, name, value, what);
}

/**
 * Local dates in a time zone, and where their wall-clock minutes fall on the timeline.
 *
 * The clock steps by local dates, never by adding 24 hours, so that a 23- or 25-hour day around a
 * daylight-saving change is still one day. A wall-clock minute that does not exist (spring forward)
 * maps to the moment the clocks jump; a repeated one (fall back) maps to its first occurrence.
 */
import { DateTime } from 'luxon';
import { rememberingZone } from './zone-offsets.js';

export const MINUTE = 60_000;
const DAY = 86_400_000;

/** A local date as a whole number of days since 1970-01-01. */
export type DayNumber = number;

export function dayNumberOfIsoDate(iso: string): DayNumber {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function isoDateOfDayNumber(day: DayNumber): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOfDayNumber(day: DayNumber): number {
  return new Date(day * DAY).getUTCDay() || 7;
}

/** The one clock change within a local day, if any. */
interface ClockChange {
  /** The instant the offset changes. */
  at: number;
  /** Wall-clock minutes from midnight just before the change. */
  wallBefore: number;
  /** New offset minus old offset, in minutes: positive when clocks spring forward. */
  shift: number;
}

export interface LocalDay {
  day: DayNumber;
  /** The first instant of the day (midnight, or the first existing minute after it). */
  start: number;
  /** The first instant of the next day. */
  end: number;
  /** Wall-clock minutes at `start` (0 unless midnight itself was skipped). */
  startWall: number;
  change?: ClockChange;
}

export interface Zone {
  name: string;
  /** Offset from UTC in minutes at an instant. */
  offset(at: number): number;
  days: Map<DayNumber, LocalDay>;
}

const zones = new Map<string, Zone>();

export function zoneNamed(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    const remembering = rememberingZone(name);
    if (typeof remembering === 'string') throw new RangeError(`\`${name}\` is not a known IANA time zone`);
    zone = { name, offset: (at) => remembering.offset(at), days: new Map() };
    zones.set(name, zone);
  }
  return zone;
}

/**
 * The local date of an instant in the zone. Found from the cached local days rather than the zone's offset,
 * which costs an Intl call: the clock asks this for every due time it computes.
 */
export function dayNumberAt(zone: Zone, at: number): DayNumber {
  // Any real offset is within a day of UTC, so the UTC date is at most one day off.
  let day = Math.floor(at / DAY);
  for (;;) {
    const local = localDay(zone, day);
    if (at < local.start) day--;
    else if (at >= local.end) day++;
    else return day;
  }
}

/** Wall-clock minutes since local midnight of the instant (fractional when it has seconds). */
export function wallMinutesAt(zone: Zone, at: number): number {
  const local = at + zone.offset(at) * MINUTE;
  return (local - Math.floor(local / DAY) * DAY) / MINUTE;
}

function firstInstantOf(zone: Zone, day: DayNumber): number {
  const date = new Date(day * DAY);
  // luxon moves a midnight that does not exist forward to the first minute that does.
  return DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
    { zone: rememberingZone(zone.name) },
  ).toMillis();
}

/** Binary search for the instant the offset changes between `low` (old offset) and `high` (new offset). */
function changeInstant(zone: Zone, low: number, high: number): number {
  const before = zone.offset(low);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zone.offset(middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

export function localDay(zone: Zone, day: DayNumber): LocalDay {
  const cached = zone.days.get(day);
  if (cached) return cached;
  const start = firstInstantOf(zone, day);
  const end = firstInstantOf(zone, day + 1);
  const startWall = wallMinutesAt(zone, start);
  const offsetAtStart = zone.offset(start);
  const offsetAtEnd = zone.offset(end - 1);
  let change: ClockChange | undefined;
  if (offsetAtStart !== offsetAtEnd) {
    const at = changeInstant(zone, start, end - 1);
    change = { at, wallBefore: startWall + (at - start) / MINUTE, shift: zone.offset(at) - offsetAtStart };
  }
  const result: LocalDay = { day, start, end, startWall, ...(change && { change }) };
  zone.days.set(day, result);
  return result;
}

/**
 * The instant at a wall-clock time of the day (0 … 1440 minutes). A time skipped by a spring-forward change
 * is the instant of the change; a time repeated by a fall-back change is its first occurrence.
 */
export function instantAtWall(local: LocalDay, wallMinutes: number): number {
  const wall = Math.max(wallMinutes, local.startWall);
  const { change } = local;
  let at: number;
  if (!change || wall < change.wallBefore) at = local.start + (wall - local.startWall) * MINUTE;
  else if (change.shift > 0 && wall < change.wallBefore + change.shift) at = change.at;
  else at = change.at + (wall - change.wallBefore - change.shift) * MINUTE;
  return Math.min(at, local.end);
}

/** Wall-clock minutes since the day's midnight at an instant within the day (the inverse of `instantAtWall`). */
export function wallAtInstant(local: LocalDay, at: number): number {
  const { change } = local;
  if (!change || at < change.at) return local.startWall + (at - local.start) / MINUTE;
  return change.wallBefore + change.shift + (at - change.at) / MINUTE;
}

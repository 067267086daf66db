/**
 * The working time of one working day of a calendar, as instants.
 *
 * A window belongs to the day it starts on, so an overnight window (22:00-06:00) is working time of the
 * day it opened, even where it runs into a holiday. A holiday replaces that day's windows: none for a full
 * day off, its `open` windows for a partial one. Time already covered by the previous day's overnight
 * window stays the previous day's, so working days never overlap and follow each other in order.
 */
import type { Calendar, WorkingWindow } from '../model/agreement.js';
import { TIMEZONE_KEYWORDS } from '../model/timezone.js';
import { holidayOn } from './holidays.js';
import {
  dayNumberAt, instantAtWall, isoDateOfDayNumber, localDay, weekdayOfDayNumber, zoneNamed,
  type DayNumber, type Zone,
} from './local-day.js';

/** A stretch of working time, [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

export interface WorkingDay {
  day: DayNumber;
  /** In time order, disjoint, never touching. Empty when the day has no working time. */
  spans: Span[];
}

const MINUTES_PER_DAY = 1440;

/** The windows that start on a date: the holiday's reduced hours (dated, recurring or of a regional set), or the weekday's hours. */
export function windowsStartingOn(calendar: Calendar, day: DayNumber): readonly WorkingWindow[] {
  const holiday = holidayOn(calendar, isoDateOfDayNumber(day));
  return holiday ? holiday.open : calendar.weekly[weekdayOfDayNumber(day)] ?? [];
}

/** Union of [start, end) wall-minute ranges, sorted. */
function union(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

function subtract(ranges: Array<[number, number]>, cut: Array<[number, number]>): Array<[number, number]> {
  let result = ranges;
  for (const [c0, c1] of cut) {
    result = result.flatMap(([a, b]): Array<[number, number]> => {
      if (c1 <= a || c0 >= b) return [[a, b]];
      return [[a, Math.min(b, c0)], [Math.max(a, c1), b]].filter(([x, y]) => y! > x!) as Array<[number, number]>;
    });
  }
  return result;
}

/** The part of a date's overnight windows that falls on the next date, in that date's wall minutes. */
function overflowIntoNextDay(calendar: Calendar, day: DayNumber): Array<[number, number]> {
  return union(windowsStartingOn(calendar, day)
    .filter((w) => w.end > MINUTES_PER_DAY)
    .map((w): [number, number] => [0, Math.min(w.end - MINUTES_PER_DAY, MINUTES_PER_DAY)]));
}

/**
 * Wall-minute ranges on one local date → instants. A window is the real time between the instants its edges fall
 * at, so on a fall-back day both passes through the repeated hour are working time (the team is at work by the wall
 * clock) and a skipped spring-forward hour is not; an edge inside the repeated hour is its first occurrence.
 * See docs/clock.md, "Daylight saving".
 */
function toSpans(zone: Zone, day: DayNumber, ranges: Array<[number, number]>): Span[] {
  const local = localDay(zone, day);
  return ranges
    .map(([a, b]): Span => ({ start: instantAtWall(local, a), end: instantAtWall(local, b) }))
    .filter((s) => s.end > s.start);
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function computeWorkingDay(calendar: Calendar, state: CalendarState, day: DayNumber): WorkingDay {
  const { zone } = state;
  if (calendar.alwaysOpen) {
    const local = localDay(zone, day);
    return { day, spans: [{ start: local.start, end: local.end }] };
  }
  if (state.zoneCalendars) return multiZoneDay(state.zoneCalendars, zone, day);
  const own = union(windowsStartingOn(calendar, day).map((w): [number, number] => [w.start, Math.min(w.end, MINUTES_PER_DAY)]));
  const today = subtract(own, overflowIntoNextDay(calendar, day - 1));
  const tomorrow = overflowIntoNextDay(calendar, day);
  return { day, spans: mergeSpans([...toSpans(zone, day, today), ...toSpans(zone, day + 1, tomorrow)]) };
}

/**
 * A working day of a calendar of several zones: the first zone's date, holding the working time of every zone that
 * falls within it (the union, cut at the first zone's midnights). See docs/clock.md, "Several time zones".
 */
function multiZoneDay(zoneCalendars: readonly Calendar[], zone: Zone, day: DayNumber): WorkingDay {
  const local = localDay(zone, day);
  const pieces: Span[] = [];
  for (const single of zoneCalendars) {
    const singleZone = stateOf(single).zone;
    // The day before may hold a night window that runs into this date.
    const last = dayNumberAt(singleZone, local.end - 1);
    for (let d = dayNumberAt(singleZone, local.start) - 1; d <= last; d++) {
      for (const span of workingDay(single, d).spans) {
        const start = Math.max(span.start, local.start);
        const end = Math.min(span.end, local.end);
        if (end > start) pieces.push({ start, end });
      }
    }
  }
  return { day, spans: mergeSpans(pieces) };
}

interface CalendarState {
  zone: Zone;
  days: Map<DayNumber, WorkingDay>;
  /** For a calendar of several zones: one single-zone calendar per zone, whose working time it unites. */
  zoneCalendars?: Calendar[];
}

// Calendars are immutable once normalised, so their working days are computed once.
const states = new WeakMap<Calendar, CalendarState>();

export class ClockError extends Error {
  override name = 'ClockError';
}

/**
 * The agreement does not state what the clock needs: a calendar's time zone or hours, a target's calendar, or the
 * target itself (unstated or not offered). The fix is in the agreement, not on the command line; `sla` exits 1.
 */
export class AgreementGapError extends ClockError {
  override name = 'AgreementGapError';
}

/**
 * The zones a calendar names (its `timezones`; `timezone` alone for a calendar built by hand without them), keywords
 * such as `client-local` included.
 */
export function calendarZones(calendar: Calendar): readonly string[] {
  return calendar.timezones?.length ? calendar.timezones : [calendar.timezone];
}

const isZoneKeyword = (zone: string) => TIMEZONE_KEYWORDS.includes(zone);

/**
 * The zone names a calendar's clock runs in, or a ClockError naming the field and the fix when it cannot run. A
 * `24x7` calendar without a zone still counts minutes and hours (elapsed time is the same in every zone): it runs
 * in UTC, and only working days, which follow a zone's clock changes, are refused (see `zoneIsKnown`).
 */
export function runnableZones(calendar: Calendar): string[] {
  const zones = [...calendarZones(calendar)];
  if (calendar.hoursUnstated) {
    throw new AgreementGapError(`calendar \`${calendar.id}\` does not state its hours (\`hours: unstated\`), so the clock cannot count on it; write its weekly hours (e.g. \`- { days: [mon, tue, wed, thu, fri], open: [09:00-17:00] }\`) or \`24x7\``);
  }
  if (calendar.alwaysOpen && zones.some(isZoneKeyword)) return ['UTC'];
  for (const zone of zones) {
    if (zone === 'unstated') {
      throw new AgreementGapError(`calendar \`${calendar.id}\` does not state its time zone (\`timezone: unstated\`), so the clock cannot count its hours; give an IANA zone such as \`Europe/Berlin\``);
    }
    if (zone === 'client-local') {
      throw new ClockError(`calendar \`${calendar.id}\` runs in the client's local time (\`timezone: client-local\`); give the zone, e.g. \`--timezone America/Chicago\` (in the library: \`withClientTimezone\`)`);
    }
  }
  return zones;
}

/** False for a `24x7` calendar whose zone the agreement does not give: it runs in UTC, where its days may not be the client's. */
export function zoneIsKnown(calendar: Calendar): boolean {
  return !calendarZones(calendar).some(isZoneKeyword);
}

function stateOf(calendar: Calendar): CalendarState {
  let state = states.get(calendar);
  if (!state) {
    const zones = runnableZones(calendar);
    let zone: Zone;
    try {
      zone = zoneNamed(zones[0]!);
    } catch (error) {
      throw new ClockError(`calendar \`${calendar.id}\`: ${(error as Error).message}`);
    }
    state = { zone, days: new Map() };
    if (zones.length > 1 && !calendar.alwaysOpen) {
      // One single-zone calendar per zone, with that zone's own hours when the weekly hours name zones.
      state.zoneCalendars = zones.map((name) => {
        const { weeklyByZone, ...rest } = calendar;
        return { ...rest, timezone: name, timezones: [name], weekly: weeklyByZone?.[name] ?? calendar.weekly };
      });
    }
    states.set(calendar, state);
  }
  return state;
}

export function calendarZone(calendar: Calendar): Zone {
  return stateOf(calendar).zone;
}

/** The IANA zone the calendar's clock runs in and shows its times in: its (first) zone, or UTC for a 24x7 calendar without one. */
export function clockZoneName(calendar: Calendar): string {
  return stateOf(calendar).zone.name;
}

/** The working day that opens on a local date (spans may run into the next date). */
export function workingDay(calendar: Calendar, day: DayNumber): WorkingDay {
  const state = stateOf(calendar);
  let result = state.days.get(day);
  if (!result) {
    result = computeWorkingDay(calendar, state, day);
    state.days.set(day, result);
  }
  return result;
}

/** How far ahead the clock looks for working time before it decides a calendar has none. */
export const MAX_DAYS_WITHOUT_WORK = 3660;

/** The working days from the one an instant may fall in, onwards. */
export function* workingDaysFrom(calendar: Calendar, at: number): Generator<WorkingDay> {
  // The previous date's overnight window may still be open at `at`.
  let day = dayNumberAt(stateOf(calendar).zone, at) - 1;
  let idle = 0;
  for (;;) {
    const current = workingDay(calendar, day);
    if (current.spans.length > 0) {
      idle = 0;
      yield current;
    } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
      throw new ClockError(`calendar \`${calendar.id}\` has no working time in the ten years after ${isoDateOfDayNumber(day - idle)}`);
    }
    day++;
  }
}

/** Spans of working time at or after an instant, clipped to start no earlier than it. */
export function* spansFrom(calendar: Calendar, at: number): Generator<Span & { day: DayNumber }> {
  for (const { day, spans } of workingDaysFrom(calendar, at)) {
    for (const span of spans) {
      if (span.end <= at) continue;
      yield { day, start: Math.max(span.start, at), end: span.end };
    }
  }
}


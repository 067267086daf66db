/**
 * The worst moment to raise an incident: the raise time within a year that leaves the client waiting
 * longest, by the wall clock, for a response.
 *
 * The wait only grows while the clock runs (the due time moves at least as fast as the raise time) and only
 * shrinks while it is stopped, so the longest waits start the moment a working stretch closes. The search
 * therefore tries one minute after every close in the year (and the year's first moment), plus, for targets in
 * working days, the clock times at which a later working day's hours end, where the due time jumps. A named
 * deadline is the same for every arrival on one date or in one working day, so its longest waits start at a date's
 * first moment or a working day's close. With an outside-hours target, either side of every edge of the support hours
 * is tried as well, each moment under the target that applies to it. Each try is one clock call; a business-hours
 * year is a few hundred tries.
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar, OutsideHoursTarget, TargetTime } from '../model/agreement.js';
import { minutesInWords } from '../model/duration.js';
import { agreementArgument, optionalStringArgument, shown, stringArgument } from './arguments.js';
import { clockMillis } from './clock.js';
import { holidaysBetween } from './holidays.js';
import { dayNumberOfIsoDate, instantAtWall, localDay, MINUTE, wallMinutesAt, weekdayOfDayNumber } from './local-day.js';
import { calendarFor, gapOf, targetsFor } from './targets.js';
import { AgreementGapError, calendarZone, clockZoneName, runnableZones, workingDay } from './working-day.js';
import { rememberingZone } from './zone-offsets.js';

/** The longest wall-clock wait for a response: when an incident raised at the worst moment of a year is due an answer. */
export interface WorstCaseWait {
  severity: string;
  tier: string;
  /** The id of the calendar the response target runs on (for an incident raised outside hours, that target's). */
  calendar: string;
  /** ISO 8601 with offset, in the calendar's zone. */
  raisedAt: string;
  dueAt: string;
  wallMinutes: number;
  /** e.g. "an incident raised Thursday 24 Dec at 17:01 is due an answer on Monday 28 Dec at 10:00 — 88 hours 59 minutes later, when 25 Dec is a holiday in its calendar" */
  explanation: string;
}

export interface WorstCaseOptions {
  /** The year searched; the year of the agreement's effective date when not given. */
  year?: number;
}

/** A target the search counts: a time, a range (to its longer end) or a named deadline, on a calendar. */
interface SearchTarget {
  target: TargetTime;
  calendar: Calendar;
}

function dueAt({ target, calendar }: SearchTarget, raised: number): number {
  if (target.by) return clockMillis.namedDeadlineAt(calendar, raised, target.by);
  return clockMillis.addWorkingTimeAt(calendar, raised, target.within!);
}

/** The local dates (day numbers) of [from, to) in the calendar's zone. */
function daysOf(calendar: Calendar, from: number, to: number): [number, number] {
  const zone = rememberingZone(clockZoneName(calendar));
  return [
    dayNumberOfIsoDate(DateTime.fromMillis(from, { zone }).toISODate()!),
    dayNumberOfIsoDate(DateTime.fromMillis(to - 1, { zone }).toISODate()!),
  ];
}

/** Raise moments worth trying in [from, to) for one target. */
function candidateRaiseTimes({ target, calendar }: SearchTarget, from: number, to: number): number[] {
  const zone = calendarZone(calendar);
  const [firstDay, lastDay] = daysOf(calendar, from, to);
  const candidates = [from];
  const days = target.within?.days ?? 0;
  if (target.by) {
    // A named deadline is the same for every arrival on one date (next business day) or in one working day (same
    // business day): the longest waits start at a date's first moment, or the moment a working day closes.
    for (let day = firstDay; day <= lastDay + 1; day++) {
      candidates.push(localDay(zone, day).start);
      const spans = workingDay(calendar, day).spans;
      if (spans.length > 0) candidates.push(spans.at(-1)!.end);
    }
  }
  if (calendar.alwaysOpen) {
    // Minutes on a 24x7 clock are elapsed time; whole days vary only around clock changes.
    if (days > 0) for (let day = firstDay; day <= lastDay; day++) candidates.push(localDay(zone, day).start);
    return candidates.filter((at) => at >= from && at < to);
  }
  const spans = [];
  for (let day = firstDay - 1; day <= lastDay; day++) spans.push(...workingDay(calendar, day).spans);
  for (const [i, span] of spans.entries()) {
    const next = spans[i + 1];
    if (next && next.start === span.end) continue; // not a close: the next stretch opens at once
    candidates.push(span.end + MINUTE);
  }
  if (days > 0) {
    // Where a later working day's hours end, the same clock time on the raise day makes the due time jump. The ends
    // are read from the working days themselves, so holidays' reduced hours, rules and other zones all count.
    const ends = new Set<number>();
    for (const window of calendar.weekly.flat()) ends.add(window.end % 1440);
    for (const span of spans) ends.add(Math.round(wallMinutesAt(zone, span.end)) % 1440);
    for (let day = firstDay; day <= lastDay; day++) {
      const { spans: daySpans } = workingDay(calendar, day);
      for (const end of ends) {
        const at = instantAtWall(localDay(zone, day), end);
        if (daySpans.some((span) => at >= span.start && at < span.end)) candidates.push(at);
      }
    }
  }
  return candidates.filter((at) => at >= from && at < to);
}

/** The edges of the support hours that decide between the normal and the outside-hours target: each side of each. */
function hoursEdges(hours: Calendar, from: number, to: number): number[] {
  const [firstDay, lastDay] = daysOf(hours, from, to);
  const edges: number[] = [];
  for (let day = firstDay - 1; day <= lastDay; day++) {
    for (const span of workingDay(hours, day).spans) edges.push(span.start - MINUTE, span.start, span.end - MINUTE, span.end);
  }
  return edges.filter((at) => at >= from && at < to);
}

function moment(at: DateTime, withYear: boolean): string {
  return at.setLocale('en-US').toFormat(withYear ? "cccc d LLL yyyy 'at' HH:mm" : "cccc d LLL 'at' HH:mm");
}

/** The holidays from the raise date to the due date that close a day the calendar would otherwise work. */
function holidaysInWait(calendar: Calendar, raised: DateTime, due: DateTime): string | undefined {
  if (calendar.alwaysOpen) return undefined;
  const days = holidaysBetween(calendar, raised.toISODate()!, due.toISODate()!)
    .filter((h) => (calendar.weekly[weekdayOfDayNumber(dayNumberOfIsoDate(h.date))]?.length ?? 0) > 0)
    .map((h) => {
      const date = DateTime.fromISO(h.date).setLocale('en-US').toFormat('d LLL');
      return `${date} (${h.name}${h.open.length ? ', reduced hours' : ''})`;
    });
  if (days.length === 0) return undefined;
  const list = days.length === 1 ? days[0] : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
  return `when ${list} ${days.length === 1 ? 'is a holiday' : 'are holidays'} in its calendar`;
}

export function explainWait(calendar: Calendar, raised: DateTime, due: DateTime, wallMinutes: number, outsideHours = false): string {
  const withYear = raised.year !== due.year;
  const holidays = holidaysInWait(calendar, raised, due);
  const rule = outsideHours ? ' under the target for incidents raised outside support hours' : '';
  return `an incident raised ${moment(raised, withYear)} is due an answer${rule} on ${moment(due, withYear)} — ${minutesInWords(wallMinutes)} later${holidays ? `, ${holidays}` : ''}`;
}

/** The response target as the search counts it, or an AgreementGapError saying why it cannot. */
function searchTarget(agreement: Agreement, target: TargetTime, of: string, what: string): SearchTarget {
  if (target.calendar === 'unstated' && !agreement.calendars.some((c) => c.id === 'unstated')) {
    throw new AgreementGapError(`the ${what} for ${of} does not say which hours it counts in (\`calendar: unstated\`)`);
  }
  const calendar = calendarFor(agreement, target.calendar);
  runnableZones(calendar);
  return { target, calendar };
}

/** The raise moment of the year whose response (under `target`, or its outside-hours target) is due last, by the wall clock. */
function longestWait(agreement: Agreement, target: TargetTime & { outsideHours?: OutsideHoursTarget }, year: number, of: string) {
  const normal = searchTarget(agreement, target, of, 'response target');
  const outside = target.outsideHours && {
    hours: calendarFor(agreement, target.outsideHours.hours),
    ...searchTarget(agreement, target.outsideHours, of, 'outside-hours response target'),
  };
  const zone = rememberingZone(clockZoneName(normal.calendar));
  const from = DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).toMillis();
  const to = DateTime.fromObject({ year: year + 1, month: 1, day: 1 }, { zone }).toMillis();
  if (outside) runnableZones(outside.hours);
  const applies = (raised: number): SearchTarget & { outsideHours: boolean } => {
    if (!outside) return { ...normal, outsideHours: false };
    const open = clockMillis.locate(outside.hours, raised).at === raised;
    return open ? { ...normal, outsideHours: false } : { ...outside, outsideHours: true };
  };
  const candidates = new Set(candidateRaiseTimes(normal, from, to));
  if (outside) for (const at of [...candidateRaiseTimes(outside, from, to), ...hoursEdges(outside.hours, from, to)]) candidates.add(at);
  let best: { raised: number; due: number; applied: SearchTarget & { outsideHours: boolean } } | undefined;
  for (const raised of [...candidates].sort((a, b) => a - b)) {
    const applied = applies(raised);
    const due = dueAt(applied, raised);
    if (!best || due - raised > best.due - best.raised) best = { raised, due, applied };
  }
  return best!;
}

/**
 * The longest wall-clock wait, in minutes, for any time target on its calendar (a response, an update interval, a
 * resolution, a notice) over one year: what `sla diff` measures a target change by. Not part of the public API;
 * worstCaseResponseWait is. Throws a ClockError when the target's calendar cannot run.
 */
export function worstCaseWaitMinutes(agreement: Agreement, target: TargetTime & { outsideHours?: OutsideHoursTarget }, year: number): number {
  const best = longestWait(agreement, target, year, 'the target');
  return (best.due - best.raised) / MINUTE;
}

/**
 * The raise moment in a year (the agreement's effective year unless `options.year`) that maximises the
 * wall-clock time until the response is due, for a severity in a tier (the client's unless `tierId`).
 * Times (`within`), ranges (to their longer end) and named deadlines are searched; with an `outsideHours` target,
 * each moment is counted under the target that applies to it. Throws a ClockError for an unknown tier, severity or
 * calendar, and an AgreementGapError (a ClockError) when the agreement gives no response the clock can count.
 */
export function worstCaseResponseWait(agreement: Agreement, severityId: string, tierId?: string, options: WorstCaseOptions = {}): WorstCaseWait {
  agreementArgument('worstCaseResponseWait', 'agreement', agreement);
  stringArgument('worstCaseResponseWait', 'severityId', severityId, 'a severity level id');
  optionalStringArgument('worstCaseResponseWait', 'tierId', tierId, 'a tier id');
  if (typeof options !== 'object' || options === null) throw new TypeError(`worstCaseResponseWait: options must be an object such as { year }, got ${shown(options)}`);
  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= 1970 && options.year <= 2199)) {
    throw new RangeError(`worstCaseResponseWait: options.year must be a whole year between 1970 and 2199, got ${shown(options.year)}`);
  }
  const { tier, targets } = targetsFor(agreement, severityId, tierId);
  const response = targets.response;
  if (!response) throw new AgreementGapError(gapOf(targets, 'response', severityId)?.message ?? `severity \`${severityId}\` has no response target`);
  const year = options.year ?? Number(String(agreement.effectiveDate).slice(0, 4));
  const best = longestWait(agreement, response, year, `severity \`${severityId}\``);
  const { calendar, outsideHours } = best.applied;
  const shownIn = rememberingZone(clockZoneName(calendar));
  const raisedAt = DateTime.fromMillis(best.raised, { zone: shownIn });
  const dueAtTime = DateTime.fromMillis(best.due, { zone: shownIn });
  const wallMinutes = (best.due - best.raised) / MINUTE;
  return {
    severity: severityId,
    tier: tier.id,
    calendar: calendar.id,
    raisedAt: raisedAt.toISO({ suppressMilliseconds: true })!,
    dueAt: dueAtTime.toISO({ suppressMilliseconds: true })!,
    wallMinutes,
    explanation: explainWait(calendar, raisedAt, dueAtTime, wallMinutes, outsideHours),
  };
}

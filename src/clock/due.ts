/**
 * When a ticket's response, updates and resolution are due, from the agreement's targets for its severity.
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar, Duration } from '../model/agreement.js';
import { impossibleUtcOffset } from '../model/timezone.js';
import { addWorkingTime, workingTimeBetween } from './clock.js';
import { ClockError } from './working-day.js';
import { calendarFor, countable, targetsFor } from './worst-case.js';

export interface DueTarget {
  /** The target as the agreement states it. */
  within: Duration;
  calendar: Calendar;
  due: DateTime;
  /** Working time from `now` to `due` when the ticket was opened before `now`; negative when overdue. */
  workingMinutesLeft?: number;
}

export interface DueUpdate {
  every: Duration;
  calendar: Calendar;
  /** The next update in the cadence counted from opening: the first one after `now`, or the first one. */
  next: DateTime;
}

export interface DueTimes {
  severity: string;
  tier: string;
  opened: DateTime;
  response: DueTarget;
  update?: DueUpdate;
  resolution?: DueTarget & { kind?: 'objective' | 'workaround' };
}

export interface DueOptions {
  /** The client's tier unless given. */
  tierId?: string;
  /** The current time, for the working time left; the library never reads the clock itself. */
  now?: DateTime;
}

/** Updates due more than this many times before `now` are not stepped through one by one forever. */
const MAX_UPDATES = 100_000;

function dueTarget(opened: DateTime, within: Duration, calendar: Calendar, now?: DateTime): DueTarget {
  const due = addWorkingTime(opened, within, calendar);
  const target: DueTarget = { within, calendar, due };
  if (now && now > opened) target.workingMinutesLeft = workingTimeBetween(now, due, calendar);
  return target;
}

function nextUpdate(opened: DateTime, every: Duration, calendar: Calendar, now?: DateTime): DateTime {
  let next = addWorkingTime(opened, every, calendar);
  for (let i = 0; now && next <= now && i < MAX_UPDATES; i++) next = addWorkingTime(next, every, calendar);
  return next;
}

/**
 * Response, update and resolution times for a ticket of a severity opened at `opened`.
 * Throws a ClockError naming the unknown severity or tier and the valid ones.
 */
export function dueTimes(agreement: Agreement, severityId: string, opened: DateTime, options: DueOptions = {}): DueTimes {
  if (!agreement.severityLevels.some((s) => s.id === severityId)) {
    throw new ClockError(`unknown severity \`${severityId}\`; the agreement's severities are ${agreement.severityLevels.map((s) => `\`${s.id}\``).join(', ')}`);
  }
  const { tier, targets } = targetsFor(agreement, severityId, options.tierId);
  const { now } = options;
  const response = countable(targets, 'response', severityId);
  const result: DueTimes = {
    severity: severityId,
    tier: tier.id,
    opened,
    response: dueTarget(opened, response.within, calendarFor(agreement, response.calendar), now),
  };
  if (targets.update) {
    const calendar = calendarFor(agreement, targets.update.calendar);
    result.update = { every: targets.update.every, calendar, next: nextUpdate(opened, targets.update.every, calendar, now) };
  }
  if (targets.resolution) {
    const { within, calendar } = countable(targets, 'resolution', severityId);
    const { kind } = targets.resolution;
    result.resolution = { ...dueTarget(opened, within, calendarFor(agreement, calendar), now), ...(kind && { kind }) };
  }
  return result;
}

export type OpenedTime =
  | {
    ok: true;
    time: DateTime;
    /** Set when the text had no offset and was read in this zone. */
    readIn?: string;
    /** Set when that local time does not exist there (clocks spring forward): the time as written. */
    shiftedFrom?: string;
    /** Set when that local time happens twice (clocks go back): both readings; the first is used. */
    ambiguous?: [DateTime, DateTime];
  }
  | { ok: false; message: string };

/** The years a ticket's times may fall in. */
export const OPENED_YEARS = { first: 1970, last: 2199 } as const;

export const OPENED_TIME_EXAMPLES = '2027-01-07T10:00, 2027-01-07 10:00, 2027-01-07T09:00:00Z or 2027-01-07T10:00+01:00';

const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Reads a ticket's opening time: ISO 8601 with or without an offset (a space may stand for the `T`).
 * A time without an offset is read in `zone`, and the result says so.
 */
export function parseOpenedTime(text: string, zone: string): OpenedTime {
  const trimmed = text.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T');
  const hasTime = trimmed.includes('T');
  const hasOffset = hasTime && HAS_OFFSET.test(trimmed);
  const time = DateTime.fromISO(trimmed, { zone, setZone: false });
  if (!time.isValid) {
    return { ok: false, message: `\`${text}\` is not a time; write ISO 8601, e.g. ${OPENED_TIME_EXAMPLES}, or \`now\`` };
  }
  // Counting working time across centuries takes long and means nothing: such a year is a typo.
  if (time.year < OPENED_YEARS.first || time.year > OPENED_YEARS.last) {
    return { ok: false, message: `\`${text}\` is in the year ${time.year}; the clock counts tickets from ${OPENED_YEARS.first} to ${OPENED_YEARS.last}` };
  }
  if (hasOffset) {
    const offset = impossibleUtcOffset(trimmed);
    if (offset) return { ok: false, message: `\`${text}\` has the UTC offset ${offset}, which no place uses; offsets run from -12:00 to +14:00` };
    return { ok: true, time: time.setZone(zone) };
  }
  // luxon moves a local time that a spring-forward change skips to the same distance past the change.
  const written = DateTime.fromISO(trimmed, { zone: 'UTC' });
  const shifted = written.hour !== time.hour || written.minute !== time.minute;
  if (shifted) return { ok: true, time, readIn: zone, shiftedFrom: written.toFormat('HH:mm') };
  // A time in the repeated hour is read as its first occurrence, as the clock counts the first pass.
  const readings = time.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  if (readings.length === 2) return { ok: true, time: readings[0]!, readIn: zone, ambiguous: [readings[0]!, readings[1]!] };
  return { ok: true, time, readIn: zone };
}

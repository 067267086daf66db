/**
 * When a ticket's response, updates and resolution are due, from the agreement's targets for its severity.
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar, Duration, Firmness, NamedDeadline } from '../model/agreement.js';
import { impossibleUtcOffset } from '../model/timezone.js';
import { agreementArgument, instantArgument, optionalStringArgument, shown, stringArgument } from './arguments.js';
import { addWorkingTime, workingTimeBetween } from './clock.js';
import {
  applicableTarget, calendarFor, calendarWarnings, dueOf, gapOf, targetsFor, type MissingTarget, type TargetKind,
} from './targets.js';
import { AgreementGapError, ClockError, clockZoneName, runnableZones } from './working-day.js';

export interface DueTarget {
  /** The time the agreement states (for a range, its longer end, which the clock counts to); absent for a named deadline. */
  within?: Duration;
  /** A range, shortest first. */
  between?: [Duration, Duration];
  /** A named deadline. */
  by?: NamedDeadline;
  calendar: Calendar;
  firmness?: Firmness;
  /** True when the request arrived while support hours were closed, so the target for such requests applies. */
  outsideHours: boolean;
  /** When the clock starts: the opening, or for a resolution counted from the response, the response's due time. */
  start: DateTime;
  due: DateTime;
  /** For a range: when its shorter end falls due. */
  earliest?: DateTime;
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
  /** Absent when the agreement gives no response target the clock can count: `missing.response` says why. */
  response?: DueTarget;
  update?: DueUpdate;
  resolution?: DueTarget & { kind?: 'objective' | 'workaround'; from: 'opened' | 'response' };
  /** Targets with no due time, and why: marked unstated or not offered, or on hours the agreement does not state. */
  missing: Partial<Record<TargetKind | 'update', MissingTarget>>;
  /** What the due times cannot take into account, e.g. holidays the agreement does not list. */
  warnings: string[];
}

export interface DueOptions {
  /** The client's tier unless given (a policy with several tiers needs one). */
  tierId?: string;
  /** The current time, for the working time left; the library never reads the clock itself. */
  now?: DateTime;
}

/** Updates due more than this many times before `now` are not stepped through one by one forever. */
const MAX_UPDATES = 100_000;

function nextUpdate(opened: DateTime, every: Duration, calendar: Calendar, now?: DateTime): DateTime {
  let next = addWorkingTime(opened, every, calendar);
  for (let i = 0; now && next <= now && i < MAX_UPDATES; i++) next = addWorkingTime(next, every, calendar);
  return next;
}

/** Runs a computation whose AgreementGapError means "this target has no due time" rather than "the command failed". */
function orMissing<T>(compute: () => T): T | MissingTarget {
  try {
    return compute();
  } catch (error) {
    if (error instanceof AgreementGapError) return { reason: 'calendar-unstated', message: error.message };
    throw error;
  }
}

const isMissing = (value: unknown): value is MissingTarget => typeof value === 'object' && value !== null && 'reason' in value && 'message' in value;

/**
 * Response, update and resolution times for a ticket of a severity opened at `opened`. A target the agreement
 * marks unstated or not offered, or whose hours it does not state, is listed in `missing` instead.
 * Throws a ClockError naming the unknown severity or tier and the valid ones (or, for a policy, the tiers to choose
 * from), and an AgreementGapError when the tier does not offer the severity at all.
 */
export function dueTimes(agreement: Agreement, severityId: string, opened: DateTime, options: DueOptions = {}): DueTimes {
  agreementArgument('dueTimes', 'agreement', agreement);
  stringArgument('dueTimes', 'severityId', severityId, 'a severity level id');
  instantArgument('dueTimes', 'opened', opened);
  if (typeof options !== 'object' || options === null) throw new TypeError(`dueTimes: options must be an object such as { tierId, now }, got ${shown(options)}`);
  optionalStringArgument('dueTimes', 'options.tierId', options.tierId, 'a tier id');
  if (options.now !== undefined) instantArgument('dueTimes', 'options.now', options.now);
  if (!agreement.severityLevels.some((s) => s.id === severityId)) {
    throw new ClockError(`unknown severity \`${severityId}\`; the agreement's severities are ${agreement.severityLevels.map((s) => `\`${s.id}\``).join(', ')}`);
  }
  const { tier, targets } = targetsFor(agreement, severityId, options.tierId);
  const { now } = options;
  const result: DueTimes = { severity: severityId, tier: tier.id, opened, missing: {}, warnings: [] };
  const used = new Set<Calendar>();

  const count = (which: TargetKind, start: () => DateTime | MissingTarget): DueTarget | MissingTarget | undefined => {
    const choice = applicableTarget(agreement, targets, which, severityId, opened);
    if (!choice) return undefined;
    if (!choice.ok) return choice.missing;
    const { target, calendar, outsideHours, firmness } = choice.applies;
    const from = start();
    if (isMissing(from)) return from;
    return orMissing(() => {
      const { due, earliest } = dueOf(target, calendar, from);
      used.add(calendar);
      return {
        ...(target.within && { within: target.within }),
        ...(target.between && { between: target.between }),
        ...(target.by && { by: target.by }),
        calendar, ...(firmness && { firmness }), outsideHours, start: from, due, ...(earliest && { earliest }),
        ...(now && now > opened && { workingMinutesLeft: workingTimeBetween(now, due, calendar) }),
      };
    });
  };

  const response = count('response', () => opened);
  if (isMissing(response)) result.missing.response = response;
  else if (response) result.response = response;

  if (targets.update) {
    const { every, calendar: calendarId } = targets.update;
    const update = calendarId === 'unstated' && !agreement.calendars.some((c) => c.id === calendarId)
      ? { reason: 'calendar-unstated' as const, message: `the update cadence for severity \`${severityId}\` does not say which hours it counts in (\`calendar: unstated\`)` }
      : orMissing(() => {
        const calendar = calendarFor(agreement, calendarId);
        runnableZones(calendar);
        used.add(calendar);
        return { every, calendar, next: nextUpdate(opened, every, calendar, now) };
      });
    if (isMissing(update)) result.missing.update = update;
    else result.update = update;
  } else {
    const gap = gapOf(targets, 'update', severityId);
    if (gap) result.missing.update = gap;
  }

  const from = targets.resolution?.from ?? 'opened';
  const resolution = count('resolution', () => {
    if (from === 'opened') return opened;
    return result.response?.due ?? {
      reason: 'no-start',
      message: `the resolution target for severity \`${severityId}\` counts from the response (\`from: response\`), which has no due time`,
    };
  });
  if (isMissing(resolution)) result.missing.resolution = resolution;
  else if (resolution) {
    const { kind } = targets.resolution!;
    result.resolution = { ...resolution, ...(kind && { kind }), from };
  }
  for (const calendar of used) result.warnings.push(...calendarWarnings(calendar));
  // A response due after the resolution is a drafting mistake (`sla lint`'s target-order): say so for this ticket too.
  if (result.response && result.resolution && result.resolution.due < result.response.due) {
    result.warnings.push(
      `the resolution of this ticket falls due (${result.resolution.due.toISO({ suppressMilliseconds: true })}) before its response (${result.response.due.toISO({ suppressMilliseconds: true })}); the targets of severity \`${severityId}\` in tier \`${tier.id}\` contradict each other`,
    );
  }
  return result;
}

/**
 * The zone a ticket's times without an offset are read in: that of the calendar its response counts on, else of its
 * other targets, the tier's support hours, or the agreement's first calendar the clock can run on; UTC when none can.
 */
export function ticketZone(agreement: Agreement, severityId: string, tierId?: string): string {
  const tier = agreement.tiers.find((t) => t.id === (tierId ?? agreement.serviceTier));
  const targets = tier?.targets[severityId];
  const candidates = [
    targets?.response?.calendar, targets?.resolution?.calendar, targets?.update?.calendar, tier?.supportHours,
    ...agreement.calendars.map((c) => c.id),
  ];
  for (const id of candidates) {
    const calendar = id === undefined ? undefined : agreement.calendars.find((c) => c.id === id);
    if (!calendar) continue;
    try {
      return clockZoneName(calendar);
    } catch (error) {
      if (!(error instanceof ClockError)) throw error;
    }
  }
  return 'UTC';
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
  // A local time in the repeated hour is ambiguous: read as its first occurrence (as luxon and java.time do), and the
  // caller shows both readings so an offset can choose the second.
  const readings = time.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  if (readings.length === 2) return { ok: true, time: readings[0]!, readIn: zone, ambiguous: [readings[0]!, readings[1]!] };
  return { ok: true, time, readIn: zone };
}

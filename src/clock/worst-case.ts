/**
 * The worst moment to raise an incident: the raise time within a year that leaves the client waiting
 * longest, by the wall clock, for a response.
 *
 * The wait only grows while the clock runs (the due time moves at least as fast as the raise time) and only
 * shrinks while it is stopped, so the longest waits start the moment a working stretch closes. The search
 * therefore tries one minute after every close in the year (and the year's first moment), plus, for targets in
 * working days, the clock times at which a later working day's hours end, where the due time jumps. Each
 * try is one clock call; a business-hours year is a few hundred tries.
 */
import { DateTime } from 'luxon';
import { countableTarget, UNSTATED, type Agreement, type Calendar, type Duration, type ServiceTier, type SeverityTargets, type TimeTarget } from '../model/agreement.js';
import { minutesInWords } from '../model/duration.js';
import { clockMillis } from './clock.js';
import { dayNumberOfIsoDate, instantAtWall, localDay, MINUTE } from './local-day.js';
import { calendarZone, ClockError, workingDay } from './working-day.js';
import { rememberingZone } from './zone-offsets.js';

/** The longest wall-clock wait for a response: when an incident raised at the worst moment of a year is due an answer. */
export interface WorstCaseWait {
  severity: string;
  tier: string;
  /** The id of the calendar the response target runs on. */
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

/** The tier (the client's by default) and its targets for a severity, or a ClockError naming what is missing. */
export function targetsFor(agreement: Agreement, severityId: string, tierId = agreement.serviceTier): { tier: ServiceTier; targets: SeverityTargets } {
  const tier = agreement.tiers.find((t) => t.id === tierId);
  if (!tier) throw new ClockError(`unknown tier \`${tierId}\`; the agreement's tiers are ${agreement.tiers.map((t) => `\`${t.id}\``).join(', ')}`);
  const targets = tier.targets[severityId];
  if (!targets) throw new ClockError(`tier \`${tier.id}\` has no targets for severity \`${severityId}\``);
  return { tier, targets };
}

/**
 * The target as a length of time on a calendar, or a ClockError saying why the clock cannot count it: the
 * document marks it unstated or not offered, names a deadline instead of a time, or does not state its hours.
 */
export function countable(targets: SeverityTargets, which: 'response' | 'resolution', severityId: string): TimeTarget {
  const target = targets[which];
  const gap = targets.gaps[which];
  if (!target) throw new ClockError(`the ${which} target for severity \`${severityId}\` is ${gap === 'not-offered' ? 'not offered' : gap === 'unstated' ? 'not stated in the agreement' : 'not set'}`);
  const plain = countableTarget(target);
  if (plain) return plain;
  if (target.calendar === UNSTATED) throw new ClockError(`the ${which} target for severity \`${severityId}\` does not say which hours it counts in (\`calendar: unstated\`)`);
  throw new ClockError(`the ${which} target for severity \`${severityId}\` is a named deadline (\`${target.by}\`), which this command does not compute yet`);
}

export function calendarFor(agreement: Agreement, calendarId: string): Calendar {
  const calendar = agreement.calendars.find((c) => c.id === calendarId);
  if (!calendar) throw new ClockError(`unknown calendar \`${calendarId}\``);
  return calendar;
}

/** Raise moments worth trying in [from, to). */
function candidateRaiseTimes(calendar: Calendar, within: Duration, from: number, to: number): number[] {
  const zone = calendarZone(calendar);
  const firstDay = dayNumberOfIsoDate(DateTime.fromMillis(from, { zone: rememberingZone(calendar.timezone) }).toISODate()!);
  const lastDay = dayNumberOfIsoDate(DateTime.fromMillis(to - 1, { zone: rememberingZone(calendar.timezone) }).toISODate()!);
  const candidates = [from];
  if (calendar.alwaysOpen) {
    // Minutes on a 24x7 clock are elapsed time; whole days vary only around clock changes.
    if (within.days > 0) for (let day = firstDay; day <= lastDay; day++) candidates.push(localDay(zone, day).start);
    return candidates;
  }
  const spans = [];
  for (let day = firstDay - 1; day <= lastDay; day++) spans.push(...workingDay(calendar, day).spans);
  for (const [i, span] of spans.entries()) {
    const next = spans[i + 1];
    if (next && next.start === span.end) continue; // not a close: the next stretch opens at once
    candidates.push(span.end + MINUTE);
  }
  if (within.days > 0) {
    // Where a later working day's hours end, the same clock time on the raise day makes the due time jump.
    const ends = new Set<number>();
    const windows = [...calendar.weekly.flat(), ...[...calendar.holidays.values()].flatMap((h) => h.open)];
    for (const window of windows) ends.add(window.end % 1440);
    for (let day = firstDay; day <= lastDay; day++) {
      const { spans: daySpans } = workingDay(calendar, day);
      for (const end of ends) {
        const at = instantAtWall(localDay(zone, day), end);
        if (daySpans.some((span) => at >= span.start && at < span.end)) candidates.push(at);
      }
    }
  }
  return [...new Set(candidates)].filter((at) => at >= from && at < to);
}


function moment(at: DateTime, withYear: boolean): string {
  return at.setLocale('en-US').toFormat(withYear ? "cccc d LLL yyyy 'at' HH:mm" : "cccc d LLL 'at' HH:mm");
}

function holidaysBetween(calendar: Calendar, raised: DateTime, due: DateTime): string | undefined {
  if (calendar.alwaysOpen) return undefined;
  const first = raised.toISODate()!;
  const last = due.toISODate()!;
  const days = [...calendar.holidays.values()]
    .filter((h) => h.date >= first && h.date <= last)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((h) => {
      const date = DateTime.fromISO(h.date).setLocale('en-US').toFormat('d LLL');
      return `${date} (${h.name}${h.open.length ? ', reduced hours' : ''})`;
    });
  if (days.length === 0) return undefined;
  const list = days.length === 1 ? days[0] : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
  return `when ${list} ${days.length === 1 ? 'is a holiday' : 'are holidays'} in its calendar`;
}

export function explainWait(calendar: Calendar, raised: DateTime, due: DateTime, wallMinutes: number): string {
  const withYear = raised.year !== due.year;
  const holidays = holidaysBetween(calendar, raised, due);
  return `an incident raised ${moment(raised, withYear)} is due an answer on ${moment(due, withYear)} — ${minutesInWords(wallMinutes)} later${holidays ? `, ${holidays}` : ''}`;
}

/**
 * The raise moment in a year (the agreement's effective year unless `options.year`) that maximises the
 * wall-clock time until the response is due, for a severity in a tier (the client's unless `tierId`).
 * Throws a ClockError for an unknown tier, severity or calendar.
 */
export function worstCaseResponseWait(agreement: Agreement, severityId: string, tierId?: string, options: WorstCaseOptions = {}): WorstCaseWait {
  const { tier, targets } = targetsFor(agreement, severityId, tierId);
  const response = countable(targets, 'response', severityId);
  const calendar = calendarFor(agreement, response.calendar);
  const within = response.within;
  const year = options.year ?? Number(String(agreement.effectiveDate).slice(0, 4));
  const from = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: rememberingZone(calendar.timezone) }).toMillis();
  const to = DateTime.fromObject({ year: year + 1, month: 1, day: 1 }, { zone: rememberingZone(calendar.timezone) }).toMillis();
  let best = { raised: from, due: clockMillis.addWorkingTimeAt(calendar, from, within) };
  for (const raised of candidateRaiseTimes(calendar, within, from, to)) {
    const due = clockMillis.addWorkingTimeAt(calendar, raised, within);
    if (due - raised > best.due - best.raised) best = { raised, due };
  }
  const raisedAt = DateTime.fromMillis(best.raised, { zone: rememberingZone(calendar.timezone) });
  const dueAt = DateTime.fromMillis(best.due, { zone: rememberingZone(calendar.timezone) });
  const wallMinutes = (best.due - best.raised) / MINUTE;
  return {
    severity: severityId,
    tier: tier.id,
    calendar: calendar.id,
    raisedAt: raisedAt.toISO({ suppressMilliseconds: true })!,
    dueAt: dueAt.toISO({ suppressMilliseconds: true })!,
    wallMinutes,
    explanation: explainWait(calendar, raisedAt, dueAt, wallMinutes),
  };
}


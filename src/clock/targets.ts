/**
 * Which target applies to a ticket, and when it falls due: the tier (a policy's needs choosing), the severity's
 * targets (or why there are none), the outside-hours target for a request raised while support hours are closed, and
 * the due time of a time (`within`), a range (`between`, counted to its longer end) or a named deadline (`by`).
 * `sla due`, `sla report` and the worst-case search all ask here, so they agree.
 */
import type { DateTime } from 'luxon';
import {
  UNSTATED, type Agreement, type Calendar, type Duration, type Firmness, type NamedDeadline, type ServiceTier, type SeverityTargets,
  type TargetGap, type TargetTime,
} from '../model/agreement.js';
import { hasUnloadedHolidayFiles } from './agreement-calendars.js';
import { addWorkingTime, isWorkingInstant, namedDeadline } from './clock.js';
import { AgreementGapError, ClockError, runnableZones, zoneIsKnown } from './working-day.js';

export type TargetKind = 'response' | 'resolution';

/** Why a target has no due time. */
export type MissingReason =
  /** The agreement marks it `unstated`. */
  | 'unstated'
  /** The agreement marks it `not-offered`. */
  | 'not-offered'
  /** Its calendar is `unstated`, or a calendar whose zone or hours the agreement does not state. */
  | 'calendar-unstated'
  /** A resolution counted from the response, when the response has no due time. */
  | 'no-start';

export interface MissingTarget {
  reason: MissingReason;
  /** One sentence that names the field and, where there is one, the fix. */
  message: string;
}

/** A target the clock can count, for one ticket. */
export interface ApplicableTarget {
  /** The target as the agreement states it: the outside-hours target when that applies. */
  target: TargetTime;
  calendar: Calendar;
  /** True when the request arrived while the `outsideHours.hours` calendar was closed, so its target applies. */
  outsideHours: boolean;
  firmness?: Firmness;
}

export type TargetChoice = { ok: true; applies: ApplicableTarget } | { ok: false; missing: MissingTarget };

function tierList(agreement: Agreement): string {
  return agreement.tiers.map((t) => `\`${t.id}\``).join(', ');
}

/**
 * The tier whose targets apply: the one asked for, else the client's (`serviceTier`). A published policy names no
 * client, so with more than one tier it must be chosen: a ClockError lists them.
 */
export function chooseTier(agreement: Agreement, tierId?: string): ServiceTier {
  if (tierId === undefined && agreement.isPolicy && agreement.tiers.length > 1) {
    throw new ClockError(`this support policy offers ${agreement.tiers.length} tiers and names no client's tier; choose one with \`--tier\`: ${tierList(agreement)}`);
  }
  const id = tierId ?? agreement.serviceTier;
  const tier = agreement.tiers.find((t) => t.id === id);
  if (!tier) throw new ClockError(`unknown tier \`${id}\`; the agreement's tiers are ${tierList(agreement)}`);
  return tier;
}

/**
 * The tier and its targets for a severity. A ClockError for an unknown tier; an AgreementGapError when the tier does
 * not offer the severity (`not-offered`) or leaves it out.
 */
export function targetsFor(agreement: Agreement, severityId: string, tierId?: string): { tier: ServiceTier; targets: SeverityTargets } {
  const tier = chooseTier(agreement, tierId);
  if (tier.notOffered?.includes(severityId)) {
    throw new AgreementGapError(`tier \`${tier.id}\` does not offer severity \`${severityId}\` (\`not-offered\`), so no target applies`);
  }
  const targets = tier.targets[severityId];
  if (targets) return { tier, targets };
  const scope = agreement.severityLevels.find((s) => s.id === severityId)?.tiers;
  if (scope && !scope.includes(tier.id)) {
    throw new AgreementGapError(`severity \`${severityId}\` applies only to tier ${scope.map((id) => `\`${id}\``).join(', ')}, not to tier \`${tier.id}\`, so no target applies`);
  }
  throw new AgreementGapError(`tier \`${tier.id}\` has no targets for severity \`${severityId}\`; add them to the agreement, or mark the severity \`not-offered\``);
}

export function calendarFor(agreement: Agreement, calendarId: string): Calendar {
  const calendar = agreement.calendars.find((c) => c.id === calendarId);
  if (!calendar) throw new ClockError(`unknown calendar \`${calendarId}\``);
  return calendar;
}

/** Why the agreement gives no target of this kind, or undefined when it simply has none (no `resolution` at all). */
export function gapOf(targets: SeverityTargets, which: TargetKind | 'update', severityId: string): MissingTarget | undefined {
  const gap: TargetGap | undefined = targets.gaps?.[which];
  if (!gap) return undefined;
  return gap === 'not-offered'
    ? { reason: 'not-offered', message: `the ${which} target for severity \`${severityId}\` is not offered in this tier` }
    : { reason: 'unstated', message: `the agreement does not state a ${which} target for severity \`${severityId}\` (\`${which}: unstated\`)` };
}

/**
 * A calendar the clock can run on, or why not. An AgreementGapError (zone or hours unstated) becomes a missing
 * target; a ClockError the command line can fix (a `client-local` zone without `--timezone`) is thrown.
 */
function runnableCalendar(agreement: Agreement, calendarId: string, what: string): { ok: true; calendar: Calendar } | { ok: false; missing: MissingTarget } {
  if (calendarId === UNSTATED && !agreement.calendars.some((c) => c.id === UNSTATED)) {
    return { ok: false, missing: { reason: 'calendar-unstated', message: `the ${what} does not say which hours it counts in (\`calendar: unstated\`); name one of the agreement's calendars` } };
  }
  const calendar = calendarFor(agreement, calendarId);
  try {
    runnableZones(calendar);
  } catch (error) {
    if (error instanceof AgreementGapError) return { ok: false, missing: { reason: 'calendar-unstated', message: `the ${what} cannot be counted: ${error.message}` } };
    throw error;
  }
  return { ok: true, calendar };
}

/**
 * The target of a kind that applies to a request arriving at `opened`: the severity's target, or its `outsideHours`
 * target when the request arrives while that target's `hours` calendar is closed. Not ok when the agreement marks the
 * target unstated or not offered, or its calendar cannot be counted; undefined when the agreement has no such target.
 */
export function applicableTarget(agreement: Agreement, targets: SeverityTargets, which: TargetKind, severityId: string, opened: DateTime): TargetChoice | undefined {
  const stated = targets[which];
  if (!stated) {
    const missing = gapOf(targets, which, severityId);
    return missing && { ok: false, missing };
  }
  let target: TargetTime = stated;
  let outsideHours = false;
  if (stated.outsideHours) {
    const hours = runnableCalendar(agreement, stated.outsideHours.hours, `outside-hours ${which} target for severity \`${severityId}\``);
    if (!hours.ok) return hours;
    if (!isWorkingInstant(opened, hours.calendar)) {
      target = stated.outsideHours;
      outsideHours = true;
    }
  }
  const calendar = runnableCalendar(agreement, target.calendar, `${outsideHours ? 'outside-hours ' : ''}${which} target for severity \`${severityId}\``);
  if (!calendar.ok) return calendar;
  return { ok: true, applies: { target, calendar: calendar.calendar, outsideHours, ...(stated.firmness && { firmness: stated.firmness }) } };
}

export interface TargetDue {
  due: DateTime;
  /** For a range: when its shorter end falls due. */
  earliest?: DateTime;
}

/** When a target counted from `start` falls due on its calendar. */
export function dueOf(target: TargetTime, calendar: Calendar, start: DateTime): TargetDue {
  if (target.by) return { due: namedDeadline(start, target.by, calendar) };
  if (!target.within) throw new ClockError('internal: a target with neither a time nor a named deadline');
  const due = addWorkingTime(start, target.within, calendar);
  if (!target.between) return { due };
  return { due, earliest: addWorkingTime(start, target.between[0], calendar) };
}

/** `2h`, `1d–2d`, `next business day`: a target's time as the agreement writes it, without its calendar. */
export function targetTimeText(target: { within?: Duration; between?: [Duration, Duration]; by?: NamedDeadline }): string {
  if (target.by) return target.by.replace(/-/g, ' ');
  if (target.between) return `${target.between[0].text}–${target.between[1].text}`;
  return target.within?.text ?? '—';
}

/**
 * What the clock cannot take into account on a calendar, in one sentence each: holidays of a place the agreement
 * does not list (`holidaysOf`), `.ics` files nobody loaded, a 24x7 calendar without a zone (shown in UTC).
 */
export function calendarWarnings(calendar: Calendar): string[] {
  const warnings: string[] = [];
  if (calendar.holidaysOf && !calendar.alwaysOpen) {
    const place = calendar.holidaysOf === 'provider-location' ? "the provider's location" : "the client's location";
    warnings.push(`calendar \`${calendar.id}\` closes on the holidays of ${place} (\`holidaysOf: ${calendar.holidaysOf}\`), which the agreement does not list, so the clock counts them as working days; list them under \`holidays\`, \`holidaySets\` or \`holidayFiles\``);
  }
  if (hasUnloadedHolidayFiles(calendar)) {
    warnings.push(`calendar \`${calendar.id}\` names holiday files (${calendar.holidayFiles.join(', ')}) that were not read, so their holidays count as working days; load them with \`loadHolidayFiles\``);
  }
  if (calendar.alwaysOpen && !zoneIsKnown(calendar)) {
    warnings.push(`calendar \`${calendar.id}\` is 24x7 but gives no time zone; hours count the same in every zone, and times are shown in UTC`);
  }
  return warnings;
}

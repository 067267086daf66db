import type { DateTime } from 'luxon';
import {
  applicableTarget, calendarWarnings, chooseTier, ClockError, clockZoneName, gapOf, targetTimeText, type ApplicableTarget, type MissingReason,
} from '../clock/index.js';
import type { Agreement, Calendar, Duration, RequestType, SeverityLevel, SeverityTargets, TargetTime } from '../model/agreement.js';
import type { ReportPeriod } from './period.js';
import type { Ticket, TicketReadResult } from './read-tickets.js';
import { median, percentile, share } from './stats.js';
import { defaultClock, dueExcludingPauses, targetDueExcludingPauses, type WorkingClock } from './working-clock.js';
import { reportFindings, type Finding } from './findings.js';

export type TargetKind = 'response' | 'resolution';

/** Where a ticket stands against one target at the time of the report. */
export type TargetStatus = 'met' | 'breached' | 'open';

/** A target not kept: answered or resolved late, or still waiting past its due time. */
export interface Breach {
  ticket: string;
  severity: string;
  target: TargetKind;
  /** As the agreement says it, e.g. `2h on berlin-business`. */
  targetText: string;
  opened: string;
  due: string;
  /** When the response or resolution came; null while still waiting. */
  actual: string | null;
  /** Working minutes on the target's calendar from the due time to the actual time (or to the report time). */
  lateMinutes: number;
}

/**
 * Why a ticket has no target to check: the tier does not offer its severity or the target (`not-offered`), leaves
 * the severity out (`not-set`), the agreement does not state the target (`unstated`) or the hours it counts in
 * (`calendar-unstated`), or a resolution counted from the response has neither a response nor its due time (`no-start`).
 */
export type NoTargetReason = MissingReason | 'not-set';

/** A ticket counted, but with no target of one kind to check it against. */
export interface NoTarget {
  ticket: string;
  severity: string;
  tier: string;
  target: TargetKind;
  reason: NoTargetReason;
  /** One sentence naming the field, e.g. "tier `starter` does not offer severity `sev-1` (`not-offered`), so no target applies". */
  message: string;
}

export interface OpenTicket {
  ticket: string;
  severity: string;
  opened: string;
  awaiting: 'response' | 'resolution';
  /** The due time of the target awaited; null when the agreement sets no such target. */
  due: string | null;
  /** Working minutes left until `due` at the report time; negative when overdue. Null without a due time. */
  workingMinutesLeft: number | null;
}

export interface SeveritySummary {
  id: string;
  name: string;
  level: number;
  /** The default tier's targets as text, e.g. `2h on berlin-business (commitment)`, `not offered`. */
  targets: { response: string; update: string | null; resolution: string | null };
  tickets: number;
  response: {
    met: number;
    breached: number;
    open: number;
    /** Tickets with no response target to check (see `noTarget`). */
    noTarget: number;
    /** met / (met + breached); null when nothing was due yet. */
    metRate: number | null;
    /** Working minutes from opening to first response, pauses excluded, over tickets that had one. */
    medianMinutes: number | null;
    p90Minutes: number | null;
    /** The same as a share of each ticket's target (1 = exactly on target), for the chart. */
    medianOfTarget: number | null;
    p90OfTarget: number | null;
  };
  /** Null when no ticket of the severity has a resolution target, or one the agreement marks unstated or not offered. */
  resolution: { met: number; missed: number; open: number; noTarget: number; metRate: number | null } | null;
  /** Only when the export has update times and the severity has an update cadence. */
  updates: { checked: number; kept: number; missed: number } | null;
  openTickets: number;
}

export interface RequestTypeSummary {
  /** Null for tickets the export gives no request type. */
  id: string | null;
  name: string;
  coverage: RequestType['coverage'] | null;
  tickets: number;
  share: number | null;
  effortHours: number;
}

export interface CapUsage {
  requestType: string;
  name: string;
  capHours: number;
  per: 'month' | 'quarter' | 'year';
  /** The cap scaled to the report period (8 h a month over a two-month period allows 16 h). */
  allowedHours: number;
  usedHours: number;
  ticketsWithoutEffort: number;
  exceeded: boolean;
}

export interface ServiceReport {
  reportVersion: 1;
  agreement: { id: string; title: string; version: string | null; tier: string; tierName: string; provider: string; client: string | null };
  period: { from: string; to: string; timezone: string };
  asOf: string;
  input: {
    rows: number;
    tickets: number;
    badRows: number;
    /** Tickets opened outside the period; read but not reported on. */
    outsidePeriod: number;
    timesWithoutOffset: number;
  };
  totals: {
    tickets: number; responseMet: number; responseBreached: number; responseOpen: number; resolutionMissed: number; openTickets: number;
    /** Tickets with no response target to check. */
    responseNoTarget: number;
  };
  severities: SeveritySummary[];
  breaches: Breach[];
  openTickets: OpenTicket[];
  requestTypes: RequestTypeSummary[];
  changeOrderShare: { tickets: number; share: number | null };
  enhancementShare: { tickets: number; share: number | null };
  caps: CapUsage[];
  findings: Finding[];
  badRows: TicketReadResult['badRows'];
  /** Tickets counted but not checked against a target of one kind, and why. */
  noTarget: NoTarget[];
  /** What the due times could not take into account, e.g. holidays the agreement does not list. */
  warnings: string[];
}

export interface ReportOptions {
  period: ReportPeriod;
  /** The time the report describes: open tickets are measured to here. */
  now: DateTime;
  /** The tier for tickets whose row does not name one; the agreement's tier by default. */
  tier?: string;
  clock?: WorkingClock;
  /** A severity with at least this share of its due targets missed is called out in the findings. Default 0.1. */
  missedShareToFlag?: number;
}

interface TargetCheck {
  status: TargetStatus;
  due: DateTime;
  breach?: Breach;
}

/** `2h on berlin-business`, `1d–2d on london-business (objective)`: a target as the report names it. */
export function targetText(target: TargetTime & { firmness?: string }, calendar = target.calendar): string {
  const firmness = target.firmness ? ` (${target.firmness.replace(/-/g, ' ')})` : '';
  return `${targetTimeText(target)} on ${calendar}${firmness}`;
}

/** The default tier's target of a kind as text: the target, its outside-hours target, or why there is none. */
function statedTargetText(targets: SeverityTargets | undefined, which: TargetKind): string | null {
  const target = targets?.[which];
  if (target) {
    const outside = target.outsideHours ? `; outside ${target.outsideHours.hours} hours: ${targetText(target.outsideHours)}` : '';
    return `${targetText(target)}${outside}`;
  }
  const gap = targets?.gaps?.[which];
  return gap === 'not-offered' ? 'not offered' : gap === 'unstated' ? 'not stated' : null;
}

/** The tier whose targets apply to tickets without a tier of their own; a policy with several tiers needs one named. */
export function reportTier(agreement: Agreement, tier?: string): Agreement['tiers'][number] {
  return chooseTier(agreement, tier);
}

/**
 * The zone times without offset are read in and periods are cut in: the zone of the tier's support hours, else of
 * the first calendar its response targets run on, else the agreement's first calendar the clock can run on; UTC
 * when none can (every zone `unstated`).
 */
export function reportZone(agreement: Agreement, tier?: string): string {
  const chosen = reportTier(agreement, tier);
  const ids = [chosen.supportHours, ...Object.values(chosen.targets).map((t) => t.response?.calendar), ...agreement.calendars.map((c) => c.id)];
  for (const id of ids) {
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

/**
 * Checks every ticket opened in the period against the agreement's targets and summarises the month:
 * per severity, per request type, breaches, open tickets, caps and findings. Pure: `now` and the period are inputs.
 */
export function buildReport(agreement: Agreement, read: TicketReadResult, options: ReportOptions): ServiceReport {
  const clock = options.clock ?? defaultClock;
  const { period, now } = options;
  const iso = (time: DateTime) => time.setZone(period.zone).toISO({ suppressMilliseconds: true })!;
  const defaultTier = reportTier(agreement, options.tier);
  const calendars = new Map<string, Calendar>(agreement.calendars.map((c) => [c.id, c]));
  const calendar = (id: string) => {
    const found = calendars.get(id);
    if (!found) throw new Error(`internal: unvalidated calendar ${id}`);
    return found;
  };
  const tiers = new Map(agreement.tiers.map((t) => [t.id, t]));
  const inPeriod = read.tickets.filter((t) => t.opened >= period.start && t.opened < period.end);

  const breaches: Breach[] = [];
  const openTickets: OpenTicket[] = [];
  const noTarget: NoTarget[] = [];
  const used = new Set<Calendar>();

  /** The targets of a ticket's tier for its severity, or why it has none. */
  function coverage(ticket: Ticket): { ok: true; targets: SeverityTargets } | { ok: false; reason: NoTargetReason; message: string } {
    const tier = tiers.get(ticket.tier)!;
    const targets = tier.targets[ticket.severity];
    if (targets) return { ok: true, targets };
    if (tier.notOffered?.includes(ticket.severity)) {
      return { ok: false, reason: 'not-offered', message: `tier \`${tier.id}\` does not offer severity \`${ticket.severity}\` (\`not-offered\`)` };
    }
    return { ok: false, reason: 'not-set', message: `tier \`${tier.id}\` sets no targets for severity \`${ticket.severity}\`` };
  }

  /** The target of a kind that applies to a ticket, or why none does (a calendar the clock cannot run included). */
  function choose(ticket: Ticket, targets: SeverityTargets, which: TargetKind): { ok: true; applies: ApplicableTarget } | { ok: false; reason: NoTargetReason; message: string } | undefined {
    try {
      const choice = applicableTarget(agreement, targets, which, ticket.severity, ticket.opened);
      if (!choice) return undefined;
      if (choice.ok) return choice;
      return { ok: false, reason: choice.missing.reason, message: choice.missing.message };
    } catch (error) {
      // A client-local calendar without a zone, say: the ticket is counted, not checked.
      if (error instanceof ClockError) return { ok: false, reason: 'calendar-unstated', message: error.message };
      throw error;
    }
  }

  function check(ticket: Ticket, kind: TargetKind, applies: ApplicableTarget, start: DateTime, actual: DateTime | undefined): TargetCheck {
    const { target, calendar: cal } = applies;
    const due = targetDueExcludingPauses(clock, start, target, cal, ticket.pauses);
    used.add(cal);
    const doneBy = actual ?? now;
    // Late means working time ran past the due time: an answer at 09:00 on Monday to a target due at Friday's
    // close used no more working time than the target allowed.
    const lateMinutes = doneBy > due ? clock.workingTimeBetween(due, doneBy, cal, ticket.pauses) : 0;
    if (lateMinutes <= 0) return { status: actual ? 'met' : 'open', due };
    const breach: Breach = {
      ticket: ticket.id, severity: ticket.severity, target: kind,
      targetText: `${targetText({ ...target, firmness: applies.firmness }, cal.id)}${applies.outsideHours ? ', raised outside hours' : ''}`,
      opened: iso(ticket.opened), due: iso(due), actual: actual ? iso(actual) : null, lateMinutes,
    };
    return { status: 'breached', due, breach };
  }

  /** Checks a target, or returns why it cannot be checked (an AgreementGapError, e.g. days on a zone-less 24x7 calendar). */
  function checkOrExplain(ticket: Ticket, kind: TargetKind, applies: ApplicableTarget, start: DateTime, actual: DateTime | undefined): TargetCheck | { reason: NoTargetReason; message: string } {
    try {
      return check(ticket, kind, applies, start, actual);
    } catch (error) {
      if (error instanceof ClockError) return { reason: 'calendar-unstated', message: error.message };
      throw error;
    }
  }

  /** Whether every gap between updates, from the first response to resolution (or now), kept the cadence. */
  function cadenceKept(ticket: Ticket, every: Duration, cal: Calendar): boolean {
    const responded = firstResponseOf(ticket);
    if (!responded) return true;
    const end = ticket.resolved ?? now;
    const sent = (ticket.updates ?? []).filter((u) => u > responded && u < end);
    let previous = responded;
    for (const next of [...sent, end]) {
      if (next > dueExcludingPauses(clock, previous, every, cal, ticket.pauses)) return false;
      previous = next;
    }
    return true;
  }

  /** The update cadence's calendar when the clock can run on it. */
  function updateCalendar(id: string): Calendar | undefined {
    const cal = calendars.get(id);
    if (!cal) return undefined;
    try {
      clockZoneName(cal);
      return cal;
    } catch (error) {
      if (error instanceof ClockError) return undefined;
      throw error;
    }
  }

  const severities: SeveritySummary[] = [];
  const ordered = [...agreement.severityLevels].sort((a, b) => a.level - b.level);
  for (const level of ordered) severities.push(summariseSeverity(level));

  function summariseSeverity(level: SeverityLevel): SeveritySummary {
    const tickets = inPeriod.filter((t) => t.severity === level.id);
    const defaultTargets = defaultTier.targets[level.id];
    const defaultNotOffered = defaultTier.notOffered?.includes(level.id);
    const summary: SeveritySummary = {
      id: level.id, name: level.name, level: level.level,
      targets: {
        response: statedTargetText(defaultTargets, 'response') ?? (defaultNotOffered ? 'not offered' : '—'),
        update: defaultTargets?.update
          ? targetText({ within: defaultTargets.update.every, calendar: defaultTargets.update.calendar, ...(defaultTargets.update.firmness && { firmness: defaultTargets.update.firmness }) })
          : defaultTargets?.gaps?.update === 'not-offered' ? 'not offered' : defaultTargets?.gaps?.update === 'unstated' ? 'not stated' : null,
        resolution: statedTargetText(defaultTargets, 'resolution'),
      },
      tickets: tickets.length,
      response: { met: 0, breached: 0, open: 0, noTarget: 0, metRate: null, medianMinutes: null, p90Minutes: null, medianOfTarget: null, p90OfTarget: null },
      resolution: null,
      updates: null,
      openTickets: 0,
    };
    const minutes: number[] = [];
    const ofTarget: number[] = [];
    const unchecked = (ticket: Ticket, target: TargetKind, why: { reason: NoTargetReason; message: string }) => {
      noTarget.push({ ticket: ticket.id, severity: level.id, tier: ticket.tier, target, reason: why.reason, message: why.message });
    };
    for (const ticket of tickets) {
      const firstResponse = firstResponseOf(ticket);
      const open = (due: DateTime | undefined, dueCalendar: Calendar | undefined) => {
        if (ticket.resolved) return;
        summary.openTickets++;
        let left: number | null = null;
        if (due && dueCalendar) {
          left = now <= due ? clock.workingTimeBetween(now, due, dueCalendar, ticket.pauses) : -clock.workingTimeBetween(due, now, dueCalendar, ticket.pauses);
        }
        openTickets.push({ ticket: ticket.id, severity: level.id, opened: iso(ticket.opened), awaiting: firstResponse ? 'resolution' : 'response', due: due ? iso(due) : null, workingMinutesLeft: left });
      };
      const covered = coverage(ticket);
      if (!covered.ok) {
        // Counted, with no target: the tier does not cover the severity.
        summary.response.noTarget++;
        unchecked(ticket, 'response', covered);
        open(undefined, undefined);
        continue;
      }
      const { targets } = covered;

      let responseDue: { due: DateTime; calendar: Calendar } | undefined;
      const response = choose(ticket, targets, 'response') ?? { ok: false as const, reason: 'not-set' as const, message: `tier \`${ticket.tier}\` sets no response target for severity \`${level.id}\`` };
      const responded = response.ok ? checkOrExplain(ticket, 'response', response.applies, ticket.opened, firstResponse) : response;
      if (!('status' in responded)) {
        summary.response.noTarget++;
        unchecked(ticket, 'response', responded);
      } else if (response.ok) {
        const { applies } = response;
        responseDue = { due: responded.due, calendar: applies.calendar };
        summary.response[responded.status]++;
        if (responded.breach) breaches.push(responded.breach);
        if (firstResponse) {
          const taken = clock.workingTimeBetween(ticket.opened, firstResponse, applies.calendar, ticket.pauses);
          // A target in minutes allows exactly that much unpaused working time; days and deadlines vary with the clock time.
          const within = applies.target.by ? undefined : applies.target.within;
          const allowed = within && within.days === 0 ? within.minutes : clock.workingTimeBetween(ticket.opened, responded.due, applies.calendar, ticket.pauses);
          minutes.push(taken);
          if (allowed > 0) ofTarget.push(taken / allowed);
        }
      }

      let resolutionDue: { due: DateTime; calendar: Calendar } | undefined;
      if (targets.resolution || targets.gaps?.resolution) {
        const resolutionSummary = (summary.resolution ??= { met: 0, missed: 0, open: 0, noTarget: 0, metRate: null });
        const resolution = choose(ticket, targets, 'resolution') ?? { ok: false as const, ...gapOf(targets, 'resolution', level.id)! };
        // Counted from the response: the actual first response when the export has it, else the response's due time.
        const from = targets.resolution?.from ?? 'opened';
        const start = from === 'opened' ? ticket.opened : ticket.firstResponse ?? responseDue?.due;
        const resolved = !resolution.ok ? resolution
          : start ? checkOrExplain(ticket, 'resolution', resolution.applies, start, ticket.resolved)
            : { reason: 'no-start' as const, message: `the resolution target for severity \`${level.id}\` counts from the response (\`from: response\`), and the ticket has neither a first response nor a response due time` };
        if (!('status' in resolved)) {
          resolutionSummary.noTarget++;
          unchecked(ticket, 'resolution', resolved);
        } else if (resolution.ok) {
          resolutionDue = { due: resolved.due, calendar: resolution.applies.calendar };
          if (resolved.status === 'met') resolutionSummary.met++;
          else if (resolved.status === 'open') resolutionSummary.open++;
          else resolutionSummary.missed++;
          if (resolved.breach) breaches.push(resolved.breach);
        }
      }

      const { update } = targets;
      const updateCal = update && updateCalendar(update.calendar);
      if (update && updateCal && read.hasUpdates && firstResponse) {
        summary.updates ??= { checked: 0, kept: 0, missed: 0 };
        summary.updates.checked++;
        summary.updates[cadenceKept(ticket, update.every, updateCal) ? 'kept' : 'missed']++;
      }
      const awaited = firstResponse ? resolutionDue : responseDue;
      open(awaited?.due, awaited?.calendar);
    }
    const r = summary.response;
    r.metRate = share(r.met, r.met + r.breached) ?? null;
    r.medianMinutes = median(minutes) ?? null;
    r.p90Minutes = percentile(minutes, 90) ?? null;
    r.medianOfTarget = round(median(ofTarget));
    r.p90OfTarget = round(percentile(ofTarget, 90));
    if (summary.resolution) summary.resolution.metRate = share(summary.resolution.met, summary.resolution.met + summary.resolution.missed) ?? null;
    return summary;
  }

  breaches.sort((a, b) => a.due.localeCompare(b.due) || a.ticket.localeCompare(b.ticket) || a.target.localeCompare(b.target));
  openTickets.sort((a, b) => (a.workingMinutesLeft ?? Infinity) - (b.workingMinutesLeft ?? Infinity) || a.ticket.localeCompare(b.ticket));

  const requestTypes = summariseRequestTypes(agreement, inPeriod);
  const byCoverage = (predicate: (t: Agreement['requestTypes'][number]) => boolean) => {
    const ids = new Set(agreement.requestTypes.filter(predicate).map((t) => t.id));
    const count = inPeriod.filter((t) => t.requestType !== undefined && ids.has(t.requestType)).length;
    return { tickets: count, share: share(count, inPeriod.length) ?? null };
  };
  const caps = capUsage(agreement, inPeriod, period);
  const totals = {
    tickets: inPeriod.length,
    responseMet: sum(severities, (s) => s.response.met),
    responseBreached: sum(severities, (s) => s.response.breached),
    responseOpen: sum(severities, (s) => s.response.open),
    resolutionMissed: sum(severities, (s) => s.resolution?.missed ?? 0),
    openTickets: openTickets.length,
    responseNoTarget: sum(severities, (s) => s.response.noTarget),
  };
  const report: ServiceReport = {
    reportVersion: 1,
    agreement: {
      id: agreement.id, title: agreement.title, version: agreement.version ?? null, tier: defaultTier.id, tierName: defaultTier.name,
      provider: agreement.parties.provider.name, client: agreement.parties.client?.name ?? null,
    },
    period: { from: iso(period.start), to: iso(period.end), timezone: period.zone },
    asOf: iso(now.setZone(period.zone)),
    input: {
      rows: read.rows,
      tickets: read.tickets.length,
      badRows: read.badRows.length,
      outsidePeriod: read.tickets.length - inPeriod.length,
      timesWithoutOffset: read.timesWithoutOffset,
    },
    totals,
    severities,
    breaches,
    openTickets,
    requestTypes,
    changeOrderShare: byCoverage((t) => t.coverage === 'change-order'),
    enhancementShare: byCoverage((t) => t.category === 'enhancement'),
    caps,
    findings: [],
    badRows: read.badRows,
    noTarget: noTarget.sort((a, b) => a.ticket.localeCompare(b.ticket) || a.target.localeCompare(b.target)),
    warnings: [...new Set([...used].flatMap(calendarWarnings))],
  };
  report.findings = reportFindings(report, agreement, inPeriod, options.missedShareToFlag ?? 0.1);
  return report;
}

/** A ticket resolved without a recorded first response was answered when it was resolved. */
function firstResponseOf(ticket: Ticket): DateTime | undefined {
  return ticket.firstResponse ?? ticket.resolved;
}

function round(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 1000) / 1000;
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((n, item) => n + of(item), 0);
}

function summariseRequestTypes(agreement: Agreement, tickets: readonly Ticket[]): RequestTypeSummary[] {
  const types = agreement.requestTypes ?? [];
  const summaries: RequestTypeSummary[] = types.map((t) => {
    const mine = tickets.filter((ticket) => ticket.requestType === t.id);
    return { id: t.id, name: t.name, coverage: t.coverage, tickets: mine.length, share: share(mine.length, tickets.length) ?? null, effortHours: hours(mine) };
  });
  const untyped = tickets.filter((ticket) => ticket.requestType === undefined);
  if (untyped.length > 0) summaries.push({ id: null, name: 'Not given', coverage: null, tickets: untyped.length, share: share(untyped.length, tickets.length) ?? null, effortHours: hours(untyped) });
  return summaries;
}

function hours(tickets: readonly Ticket[]): number {
  return Math.round(sum(tickets, (t) => t.effortHours ?? 0) * 100) / 100;
}

/** Effort on each capped request type against its cap, scaled to the length of the period. */
function capUsage(agreement: Agreement, tickets: readonly Ticket[], period: ReportPeriod): CapUsage[] {
  const usage: CapUsage[] = [];
  for (const type of agreement.requestTypes ?? []) {
    if (type.coverage !== 'capped' || !type.cap) continue;
    const mine = tickets.filter((t) => t.requestType === type.id);
    const units = period.end.diff(period.start, `${type.cap.per}s`).as(`${type.cap.per}s`);
    const allowedHours = Math.round(type.cap.hours * units * 100) / 100;
    const usedHours = hours(mine);
    usage.push({
      requestType: type.id, name: type.name, capHours: type.cap.hours, per: type.cap.per, allowedHours, usedHours,
      ticketsWithoutEffort: mine.filter((t) => t.effortHours === undefined).length,
      exceeded: usedHours > allowedHours,
    });
  }
  return usage;
}

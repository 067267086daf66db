import type { DateTime } from 'luxon';
import { countableTarget, type Agreement, type Calendar, type Duration, type RequestType, type SeverityLevel } from '../model/agreement.js';
import type { ReportPeriod } from './period.js';
import type { Ticket, TicketReadResult } from './read-tickets.js';
import { median, percentile, share } from './stats.js';
import { defaultClock, dueExcludingPauses, type WorkingClock } from './working-clock.js';
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
  targets: { response: string; update: string | null; resolution: string | null };
  tickets: number;
  response: {
    met: number;
    breached: number;
    open: number;
    /** met / (met + breached); null when nothing was due yet. */
    metRate: number | null;
    /** Working minutes from opening to first response, pauses excluded, over tickets that had one. */
    medianMinutes: number | null;
    p90Minutes: number | null;
    /** The same as a share of each ticket's target (1 = exactly on target), for the chart. */
    medianOfTarget: number | null;
    p90OfTarget: number | null;
  };
  resolution: { met: number; missed: number; open: number; metRate: number | null } | null;
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
  totals: { tickets: number; responseMet: number; responseBreached: number; responseOpen: number; resolutionMissed: number; openTickets: number };
  severities: SeveritySummary[];
  breaches: Breach[];
  openTickets: OpenTicket[];
  requestTypes: RequestTypeSummary[];
  changeOrderShare: { tickets: number; share: number | null };
  enhancementShare: { tickets: number; share: number | null };
  caps: CapUsage[];
  findings: Finding[];
  badRows: TicketReadResult['badRows'];
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

export function targetText(within: Duration, calendar: string): string {
  return `${within.text} on ${calendar}`;
}

/** The tier whose targets apply to tickets without a tier of their own. */
export function reportTier(agreement: Agreement, tier?: string): Agreement['tiers'][number] {
  const id = tier ?? agreement.serviceTier;
  const found = agreement.tiers.find((t) => t.id === id);
  if (!found) throw new Error(`unknown tier \`${id}\`; the agreement has ${agreement.tiers.map((t) => t.id).join(', ')}`);
  return found;
}

/** The zone times without offset are read in and periods are cut in: the zone of the tier's support hours. */
export function reportZone(agreement: Agreement, tier?: string): string {
  const chosen = reportTier(agreement, tier);
  const calendarId = chosen.supportHours ?? Object.values(chosen.targets).map((t) => countableTarget(t.response)).find(Boolean)?.calendar;
  return (agreement.calendars.find((c) => c.id === calendarId) ?? agreement.calendars[0]!).timezone;
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

  function check(ticket: Ticket, kind: TargetKind, within: Duration, calendarId: string, actual: DateTime | undefined): TargetCheck {
    const cal = calendar(calendarId);
    const due = dueExcludingPauses(clock, ticket.opened, within, cal, ticket.pauses);
    const doneBy = actual ?? now;
    // Late means working time ran past the due time: an answer at 09:00 on Monday to a target due at Friday's
    // close used no more working time than the target allowed.
    const lateMinutes = doneBy > due ? clock.workingTimeBetween(due, doneBy, cal, ticket.pauses) : 0;
    if (lateMinutes <= 0) return { status: actual ? 'met' : 'open', due };
    const breach: Breach = {
      ticket: ticket.id, severity: ticket.severity, target: kind, targetText: targetText(within, calendarId),
      opened: iso(ticket.opened), due: iso(due), actual: actual ? iso(actual) : null, lateMinutes,
    };
    return { status: 'breached', due, breach };
  }

  /** Whether every gap between updates, from the first response to resolution (or now), kept the cadence. */
  function cadenceKept(ticket: Ticket, every: Duration, calendarId: string): boolean {
    const responded = firstResponseOf(ticket);
    if (!responded) return true;
    const cal = calendar(calendarId);
    const end = ticket.resolved ?? now;
    const sent = (ticket.updates ?? []).filter((u) => u > responded && u < end);
    let previous = responded;
    for (const next of [...sent, end]) {
      if (next > dueExcludingPauses(clock, previous, every, cal, ticket.pauses)) return false;
      previous = next;
    }
    return true;
  }

  const severities: SeveritySummary[] = [];
  const ordered = [...agreement.severityLevels].sort((a, b) => a.level - b.level);
  for (const level of ordered) severities.push(summariseSeverity(level));

  function summariseSeverity(level: SeverityLevel): SeveritySummary {
    const tickets = inPeriod.filter((t) => t.severity === level.id);
    const defaultTargets = defaultTier.targets[level.id];
    const defaultResponse = countableTarget(defaultTargets?.response);
    const defaultResolution = countableTarget(defaultTargets?.resolution);
    const summary: SeveritySummary = {
      id: level.id, name: level.name, level: level.level,
      targets: {
        response: defaultResponse ? targetText(defaultResponse.within, defaultResponse.calendar) : '—',
        update: defaultTargets?.update ? targetText(defaultTargets.update.every, defaultTargets.update.calendar) : null,
        resolution: defaultResolution ? targetText(defaultResolution.within, defaultResolution.calendar) : null,
      },
      tickets: tickets.length,
      response: { met: 0, breached: 0, open: 0, metRate: null, medianMinutes: null, p90Minutes: null, medianOfTarget: null, p90OfTarget: null },
      resolution: null,
      updates: null,
      openTickets: 0,
    };
    const minutes: number[] = [];
    const ofTarget: number[] = [];
    for (const ticket of tickets) {
      const targets = tiers.get(ticket.tier)?.targets[level.id];
      if (!targets) throw new Error(`internal: ticket ${ticket.id} has no targets; readTickets refuses such rows`);
      // readTickets refuses tickets whose targets the clock cannot count.
      const response = countableTarget(targets.response)!;
      const resolution = countableTarget(targets.resolution);
      const { update } = targets;
      const cal = calendar(response.calendar);
      const firstResponse = firstResponseOf(ticket);
      const responded = check(ticket, 'response', response.within, response.calendar, firstResponse);
      summary.response[responded.status]++;
      if (responded.breach) breaches.push(responded.breach);
      if (firstResponse) {
        const taken = clock.workingTimeBetween(ticket.opened, firstResponse, cal, ticket.pauses);
        // A target in minutes allows exactly that much unpaused working time; only whole days vary with the clock time.
        const allowed = response.within.days === 0 ? response.within.minutes : clock.workingTimeBetween(ticket.opened, responded.due, cal, ticket.pauses);
        minutes.push(taken);
        if (allowed > 0) ofTarget.push(taken / allowed);
      }
      let resolutionDue: DateTime | undefined;
      if (resolution) {
        summary.resolution ??= { met: 0, missed: 0, open: 0, metRate: null };
        const resolvedCheck = check(ticket, 'resolution', resolution.within, resolution.calendar, ticket.resolved);
        resolutionDue = resolvedCheck.due;
        if (resolvedCheck.status === 'met') summary.resolution.met++;
        else if (resolvedCheck.status === 'open') summary.resolution.open++;
        else summary.resolution.missed++;
        if (resolvedCheck.breach) breaches.push(resolvedCheck.breach);
      }
      if (update && read.hasUpdates && firstResponse) {
        summary.updates ??= { checked: 0, kept: 0, missed: 0 };
        summary.updates.checked++;
        summary.updates[cadenceKept(ticket, update.every, update.calendar) ? 'kept' : 'missed']++;
      }
      if (!ticket.resolved) {
        summary.openTickets++;
        const awaiting = firstResponse ? 'resolution' : 'response';
        const due = awaiting === 'response' ? responded.due : resolutionDue;
        const dueCalendar = awaiting === 'response' ? cal : resolution && calendar(resolution.calendar);
        let left: number | null = null;
        if (due && dueCalendar) {
          left = now <= due ? clock.workingTimeBetween(now, due, dueCalendar, ticket.pauses) : -clock.workingTimeBetween(due, now, dueCalendar, ticket.pauses);
        }
        openTickets.push({ ticket: ticket.id, severity: level.id, opened: iso(ticket.opened), awaiting, due: due ? iso(due) : null, workingMinutesLeft: left });
      }
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

import { DateTime } from 'luxon';
import {
  applicableTarget, calendarWarnings, chooseTier, ClockError, clockZoneName, gapOf, targetTimeText, type ApplicableTarget, type MissingReason,
} from '../clock/index.js';
import { rememberingZone } from '../clock/zone-offsets.js';
import { dayNumberAt, isoDateOfDayNumber, weekdayOfDayNumber, zoneNamed } from '../clock/local-day.js';
import type { Agreement, Calendar, Duration, RequestType, SeverityLevel, SeverityTargets, TargetTime } from '../model/agreement.js';
import type { ReportPeriod } from './period.js';
import type { BadRow, Ticket, TicketReadResult, TicketRecord, TicketStream, TicketStreamSummary } from './read-tickets.js';
import { medianOfSorted, NumberList, percentileOfSorted, share } from './stats.js';
import { defaultClock, dueAt, mergedPauseMillis, millisClockOf, targetDueAt, type MillisClock, type WorkingClock } from './working-clock.js';
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
  /** Tickets closed as out of scope; null when the export has no resolution column. */
  outOfScope: number | null;
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
  /** Tickets closed as out of scope (by the export's resolution); null when the export has no resolution column. */
  outOfScopeShare: { tickets: number; share: number | null } | null;
  caps: CapUsage[];
  findings: Finding[];
  badRows: TicketReadResult['badRows'];
  /** Tickets counted but not checked against a target of one kind, and why. */
  noTarget: NoTarget[];
  /** What the due times could not take into account, e.g. holidays the agreement does not list. */
  warnings: string[];
  /**
   * Present only when a list was cut to the report's detail limit: how many entries each cut list left out. The
   * totals and counts (totals.openTickets, input.badRows, the severities) always count every ticket and row.
   */
  omitted?: OmittedDetail;
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
 * The most breaches, open tickets, tickets without a target and bad rows a report lists one by one (each list
 * separately); beyond that it counts them (`omitted`). The first ones in the report's order are kept: the
 * breaches falling due first, the open tickets with least working time left, the tickets without a target by
 * id, the bad rows in the order of the export. A million tickets then take the memory of a thousand.
 */
export const REPORT_DETAIL_ROWS = 1000;

/** How many entries of each list a report left out to stay within its detail limit; only lists that were cut. */
export interface OmittedDetail {
  breaches?: number;
  openTickets?: number;
  noTarget?: number;
  badRows?: number;
}

/** A list kept to its first `limit` entries in sort order, with the number of entries offered. */
class BoundedList<T> {
  total = 0;
  private items: T[] = [];
  /** The last entry kept at the last compaction: a candidate after it cannot be kept. */
  worst: T | undefined;
  constructor(private readonly limit: number, private readonly compare?: (a: T, b: T) => number) {}
  /** Whether an entry could still be kept, counted either way. `after(worst)` says a candidate sorts after it. */
  offer(after?: (worst: T) => boolean): boolean {
    this.total++;
    if (this.items.length < this.limit && this.worst === undefined) return true;
    if (!this.compare) return false; // in the order met: the first `limit` are kept
    return !(this.worst !== undefined && after?.(this.worst));
  }
  push(item: T): void {
    this.items.push(item);
    if (this.compare && this.items.length >= 2 * this.limit) this.compact();
  }
  private compact(): void {
    this.items.sort(this.compare);
    this.items.length = Math.min(this.items.length, this.limit);
    if (this.items.length === this.limit) this.worst = this.items[this.limit - 1];
  }
  /** The entries kept, in order. */
  list(): T[] {
    if (this.compare) this.compact();
    return this.items;
  }
  get omitted(): number {
    return this.total - this.items.length;
  }
}

const compareBreaches = (a: Breach, b: Breach) => a.due.localeCompare(b.due) || a.ticket.localeCompare(b.ticket) || a.target.localeCompare(b.target);
const compareOpen = (a: OpenTicket, b: OpenTicket) => (a.workingMinutesLeft ?? Infinity) - (b.workingMinutesLeft ?? Infinity) || a.ticket.localeCompare(b.ticket);
const compareNoTarget = (a: NoTarget, b: NoTarget) => a.ticket.localeCompare(b.ticket) || a.target.localeCompare(b.target);
/** Due times are compared as the report prints them (local time in the period's zone); two instants a day apart sort as instants do. */
const DAY_MS = 86_400_000;

interface SeverityState {
  level: SeverityLevel;
  index: number;
  summary: SeveritySummary;
  minutes: NumberList;
  ofTarget: NumberList;
  /** Update cadences checked, counted whether or not the export turns out to have update times (JSON may name them late). */
  updates: { checked: number; kept: number; missed: number } | null;
}

interface TypeTally {
  tickets: number;
  effort: number;
  withoutEffort: number;
  outOfScope: number;
}

type Why = { reason: NoTargetReason; message: string };
type Choice = { ok: true; applies: ApplicableTarget } | ({ ok: false } & Why) | undefined;

/** What a finished report needs to know about the reading. */
export interface ReportInput {
  rows: number;
  tickets: number;
  timesWithoutOffset: number;
  hasUpdates: boolean;
  /** Whether the export has a resolution column; without one, no ticket can be told closed as out of scope. */
  hasResolution?: boolean;
}

/** What the charts of a report draw that its JSON does not hold. */
export interface ReportChartData {
  /** Each week of the period as an ISO week (`2027-W09`), with its tickets by request type name. */
  weeks: { week: string; types: { type: string; tickets: number }[] }[];
  /** Each severity's response times as shares of their targets, in ascending order. */
  ratios: { severity: string; name: string; ratios: Float64Array }[];
}

export interface ReportBuilderOptions extends ReportOptions {
  /** The most entries each detailed list keeps (REPORT_DETAIL_ROWS by default; Infinity keeps all). */
  detailLimit?: number;
}

/**
 * Builds a report one ticket at a time, keeping counters, the response times for the percentiles (Float64Arrays)
 * and the first `detailLimit` entries of each list, never the tickets: memory stays flat as the export grows
 * (about 16 bytes a ticket for the percentiles). The clock runs on epoch milliseconds.
 */
export class ReportBuilder {
  private readonly clock: MillisClock;
  private readonly now: number;
  private readonly start: number;
  private readonly end: number;
  private readonly zone: ReturnType<typeof rememberingZone>;
  private readonly defaultTier: Agreement['tiers'][number];
  private readonly tiers: Map<string, Agreement['tiers'][number]>;
  private readonly severities = new Map<string, SeverityState>();
  private readonly ordered: SeverityState[];
  private readonly breaches: BoundedList<Breach>;
  private readonly openTickets: BoundedList<OpenTicket>;
  private readonly noTarget: BoundedList<NoTarget>;
  private readonly badRows: BoundedList<BadRow>;
  /** Calendars a target was checked on, and when first (severity, ticket, target), for the order of the warnings. */
  private readonly used = new Map<Calendar, [number, number, number]>();
  private readonly choices = new Map<SeverityTargets, Partial<Record<TargetKind, Choice>>>();
  private readonly types = new Map<string | undefined, TypeTally>();
  private outOfScope = 0;
  private readonly typeById: Map<string, Agreement['requestTypes'][number]>;
  /** In-period tickets the findings name (change orders, large efforts), at their place among the in-period tickets. */
  private readonly forFindings: Pick<Ticket, 'id' | 'requestType' | 'effortHours'>[] = [];
  private readonly threshold: number | undefined;
  /** In-period tickets a week (by the local day number of its Monday) and request type, for the volume chart. */
  private readonly weekly = new Map<number, Map<string | undefined, number>>();
  private tickets = 0;
  private inPeriod = 0;
  private seq = 0;

  constructor(private readonly agreement: Agreement, private readonly options: ReportBuilderOptions) {
    this.clock = millisClockOf(options.clock ?? defaultClock);
    this.now = options.now.toMillis();
    this.start = options.period.start.toMillis();
    this.end = options.period.end.toMillis();
    this.zone = rememberingZone(options.period.zone);
    this.defaultTier = reportTier(agreement, options.tier);
    this.tiers = new Map(agreement.tiers.map((t) => [t.id, t]));
    const limit = options.detailLimit ?? REPORT_DETAIL_ROWS;
    if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 0))) throw new RangeError(`detailLimit must be a whole number or Infinity, got ${String(limit)}`);
    this.breaches = new BoundedList(limit, compareBreaches);
    this.openTickets = new BoundedList(limit, compareOpen);
    this.noTarget = new BoundedList(limit, compareNoTarget);
    this.badRows = new BoundedList(limit);
    this.ordered = [...agreement.severityLevels].sort((a, b) => a.level - b.level).map((level, index) => {
      const state: SeverityState = { level, index, summary: this.emptySummary(level), minutes: new NumberList(), ofTarget: new NumberList(), updates: null };
      this.severities.set(level.id, state);
      return state;
    });
    this.typeById = new Map((agreement.requestTypes ?? []).map((t) => [t.id, t]));
    this.threshold = agreement.changeOrders?.thresholdHours;
  }

  private iso(ms: number): string {
    return DateTime.fromMillis(ms, { zone: this.zone }).toISO({ suppressMilliseconds: true })!;
  }

  private emptySummary(level: SeverityLevel): SeveritySummary {
    const defaultTargets = this.defaultTier.targets[level.id];
    const defaultNotOffered = this.defaultTier.notOffered?.includes(level.id);
    return {
      id: level.id, name: level.name, level: level.level,
      targets: {
        response: statedTargetText(defaultTargets, 'response') ?? (defaultNotOffered ? 'not offered' : '—'),
        update: defaultTargets?.update
          ? targetText({ within: defaultTargets.update.every, calendar: defaultTargets.update.calendar, ...(defaultTargets.update.firmness && { firmness: defaultTargets.update.firmness }) })
          : defaultTargets?.gaps?.update === 'not-offered' ? 'not offered' : defaultTargets?.gaps?.update === 'unstated' ? 'not stated' : null,
        resolution: statedTargetText(defaultTargets, 'resolution'),
      },
      tickets: 0,
      response: { met: 0, breached: 0, open: 0, noTarget: 0, metRate: null, medianMinutes: null, p90Minutes: null, medianOfTarget: null, p90OfTarget: null },
      resolution: null,
      updates: null,
      openTickets: 0,
    };
  }

  /** A row of the export that could not be used. */
  addBadRow(bad: BadRow): void {
    if (this.badRows.offer()) this.badRows.push(bad);
  }

  /**
   * A ticket of the export. `hasUpdates` is false when the export is known to have no update times (then the
   * cadence is not checked); undefined while it may still name them (JSON).
   */
  addTicket(ticket: TicketRecord, hasUpdates?: boolean): void {
    this.tickets++;
    if (!(ticket.opened >= this.start && ticket.opened < this.end)) return;
    this.inPeriod++;
    const seq = this.seq++;
    const state = this.severities.get(ticket.severity);
    if (!state) throw new Error(`internal: unresolved severity ${ticket.severity}`);
    const { level, summary } = state;
    summary.tickets++;
    this.tallyType(ticket);
    this.tallyWeek(ticket);

    const clock = this.clock;
    const now = this.now;
    const pauses = mergedPauseMillis(ticket.pauses);
    const firstResponse = ticket.firstResponse ?? ticket.resolved;
    const use = (calendar: Calendar, step: number) => {
      const first = this.used.get(calendar);
      const at: [number, number, number] = [state.index, seq, step];
      if (!first || at[0] < first[0] || (at[0] === first[0] && (at[1] < first[1] || (at[1] === first[1] && at[2] < first[2])))) this.used.set(calendar, at);
    };
    const unchecked = (target: TargetKind, why: Why) => {
      const entry = { ticket: ticket.id, severity: level.id, tier: ticket.tier, target };
      if (this.noTarget.offer((worst) => compareNoTarget(entry as NoTarget, worst) > 0)) this.noTarget.push({ ...entry, reason: why.reason, message: why.message });
    };
    const check = (kind: TargetKind, applies: ApplicableTarget, start: number, actual: number | undefined, step: number): { status: TargetStatus; due: number } | Why => {
      try {
        return checkTarget(kind, applies, start, actual, step);
      } catch (error) {
        // An AgreementGapError, e.g. days on a zone-less 24x7 calendar: the ticket is counted, not checked.
        if (error instanceof ClockError) return { reason: 'calendar-unstated', message: error.message };
        throw error;
      }
    };
    const checkTarget = (kind: TargetKind, applies: ApplicableTarget, start: number, actual: number | undefined, step: number): { status: TargetStatus; due: number } => {
      const due = targetDueAt(clock, start, applies.target, applies.calendar, pauses);
      use(applies.calendar, step);
      const doneBy = actual ?? now;
      // Late means working time ran past the due time: an answer at 09:00 on Monday to a target due at Friday's
      // close used no more working time than the target allowed.
      const lateMinutes = doneBy > due ? clock.workingMinutesBetween(applies.calendar, due, doneBy, pauses) : 0;
      if (lateMinutes <= 0) return { status: actual !== undefined ? 'met' : 'open', due };
      const wallDue = due;
      if (this.breaches.offer((worst) => wallDue > Date.parse(worst.due) + DAY_MS)) {
        this.breaches.push({
          ticket: ticket.id, severity: ticket.severity, target: kind,
          targetText: `${targetText({ ...applies.target, firmness: applies.firmness }, applies.calendar.id)}${applies.outsideHours ? ', raised outside hours' : ''}`,
          opened: this.iso(ticket.opened), due: this.iso(due), actual: actual !== undefined ? this.iso(actual) : null, lateMinutes,
        });
      }
      return { status: 'breached', due };
    };
    const open = (due: number | undefined, dueCalendar: Calendar | undefined) => {
      if (ticket.resolved !== undefined) return;
      summary.openTickets++;
      let left: number | null = null;
      if (due !== undefined && dueCalendar) {
        left = now <= due ? clock.workingMinutesBetween(dueCalendar, now, due, pauses) : -clock.workingMinutesBetween(dueCalendar, due, now, pauses);
      }
      const key = left ?? Infinity;
      if (this.openTickets.offer((worst) => key > (worst.workingMinutesLeft ?? Infinity))) {
        this.openTickets.push({
          ticket: ticket.id, severity: level.id, opened: this.iso(ticket.opened), awaiting: firstResponse !== undefined ? 'resolution' : 'response',
          due: due !== undefined ? this.iso(due) : null, workingMinutesLeft: left,
        });
      }
    };

    const covered = this.coverage(ticket);
    if (!covered.ok) {
      // Counted, with no target: the tier does not cover the severity.
      summary.response.noTarget++;
      unchecked('response', covered);
      open(undefined, undefined);
      return;
    }
    const { targets } = covered;

    let responseDue: { due: number; calendar: Calendar } | undefined;
    const response = this.choose(ticket, targets, 'response') ?? { ok: false as const, reason: 'not-set' as const, message: `tier \`${ticket.tier}\` sets no response target for severity \`${level.id}\`` };
    const responded = response.ok ? check('response', response.applies, ticket.opened, firstResponse, 0) : response;
    if (!('status' in responded)) {
      summary.response.noTarget++;
      unchecked('response', responded);
    } else if (response.ok) {
      const { applies } = response;
      responseDue = { due: responded.due, calendar: applies.calendar };
      summary.response[responded.status]++;
      if (firstResponse !== undefined) {
        const taken = clock.workingMinutesBetween(applies.calendar, ticket.opened, firstResponse, pauses);
        // A target in minutes allows exactly that much unpaused working time; days and deadlines vary with the clock time.
        const within = applies.target.by ? undefined : applies.target.within;
        const allowed = within && within.days === 0 ? within.minutes : clock.workingMinutesBetween(applies.calendar, ticket.opened, responded.due, pauses);
        state.minutes.push(taken);
        if (allowed > 0) state.ofTarget.push(taken / allowed);
      }
    }

    let resolutionDue: { due: number; calendar: Calendar } | undefined;
    if (targets.resolution || targets.gaps?.resolution) {
      const resolutionSummary = (summary.resolution ??= { met: 0, missed: 0, open: 0, noTarget: 0, metRate: null });
      const resolution = this.choose(ticket, targets, 'resolution') ?? { ok: false as const, ...gapOf(targets, 'resolution', level.id)! };
      // Counted from the response: the actual first response when the export has it, else the response's due time.
      const from = targets.resolution?.from ?? 'opened';
      const start = from === 'opened' ? ticket.opened : ticket.firstResponse ?? responseDue?.due;
      const resolved = !resolution.ok ? resolution
        : start !== undefined ? check('resolution', resolution.applies, start, ticket.resolved, 1)
          : { reason: 'no-start' as const, message: `the resolution target for severity \`${level.id}\` counts from the response (\`from: response\`), and the ticket has neither a first response nor a response due time` };
      if (!('status' in resolved)) {
        resolutionSummary.noTarget++;
        unchecked('resolution', resolved);
      } else if (resolution.ok) {
        resolutionDue = { due: resolved.due, calendar: resolution.applies.calendar };
        if (resolved.status === 'met') resolutionSummary.met++;
        else if (resolved.status === 'open') resolutionSummary.open++;
        else resolutionSummary.missed++;
      }
    }

    const { update } = targets;
    if (update && hasUpdates !== false && firstResponse !== undefined) {
      const updateCal = this.updateCalendar(update.calendar);
      if (updateCal) {
        state.updates ??= { checked: 0, kept: 0, missed: 0 };
        state.updates.checked++;
        state.updates[this.cadenceKept(ticket, firstResponse, update.every, updateCal, pauses) ? 'kept' : 'missed']++;
      }
    }
    const awaited = firstResponse !== undefined ? resolutionDue : responseDue;
    open(awaited?.due, awaited?.calendar);
  }

  private tallyWeek(ticket: TicketRecord): void {
    const day = dayNumberAt(zoneNamed(this.options.period.zone), ticket.opened);
    const monday = day - (weekdayOfDayNumber(day) - 1);
    let week = this.weekly.get(monday);
    if (!week) this.weekly.set(monday, (week = new Map()));
    week.set(ticket.requestType, (week.get(ticket.requestType) ?? 0) + 1);
  }

  /**
   * What the report's charts draw beyond the report's JSON: tickets a week by request type (every week of the period,
   * empty ones too) and each severity's response times as shares of their targets. Call it after `finish`.
   */
  chartData(): ReportChartData {
    const zone = zoneNamed(this.options.period.zone);
    const first = dayNumberAt(zone, this.start), last = dayNumberAt(zone, this.end - 1);
    const weeks: ReportChartData['weeks'] = [];
    const typeName = (id: string | undefined) => (id === undefined ? 'No request type' : this.typeById.get(id)?.name ?? id);
    for (let monday = first - (weekdayOfDayNumber(first) - 1); monday <= last; monday += 7) {
      const counts = this.weekly.get(monday) ?? new Map<string | undefined, number>();
      // As an ISO week (`2027-W09`), which the chart writes as its Monday in the locale.
      weeks.push({ week: DateTime.fromISO(isoDateOfDayNumber(monday)).toFormat("kkkk-'W'WW"), types: [...counts].map(([id, tickets]) => ({ type: typeName(id), tickets })) });
    }
    const ratios = this.ordered.map(({ level, ofTarget }) => ({ severity: level.id, name: level.name, ratios: ofTarget.sorted() }));
    return { weeks, ratios };
  }

  private tallyType(ticket: TicketRecord): void {
    let tally = this.types.get(ticket.requestType);
    if (!tally) this.types.set(ticket.requestType, (tally = { tickets: 0, effort: 0, withoutEffort: 0, outOfScope: 0 }));
    tally.tickets++;
    if (ticket.outOfScope) (tally.outOfScope++, this.outOfScope++);
    tally.effort += ticket.effortHours ?? 0;
    if (ticket.effortHours === undefined) tally.withoutEffort++;
    const type = ticket.requestType === undefined ? undefined : this.typeById.get(ticket.requestType);
    if (type?.coverage === 'change-order' || (this.threshold !== undefined && (ticket.effortHours ?? 0) > this.threshold)) {
      this.forFindings[this.inPeriod - 1] = { id: ticket.id, ...(ticket.requestType && { requestType: ticket.requestType }), ...(ticket.effortHours !== undefined && { effortHours: ticket.effortHours }) };
    }
  }

  /** The targets of a ticket's tier for its severity, or why it has none. */
  private coverage(ticket: TicketRecord): { ok: true; targets: SeverityTargets } | ({ ok: false } & Why) {
    const tier = this.tiers.get(ticket.tier)!;
    const targets = tier.targets[ticket.severity];
    if (targets) return { ok: true, targets };
    if (tier.notOffered?.includes(ticket.severity)) {
      return { ok: false, reason: 'not-offered', message: `tier \`${tier.id}\` does not offer severity \`${ticket.severity}\` (\`not-offered\`)` };
    }
    return { ok: false, reason: 'not-set', message: `tier \`${tier.id}\` sets no targets for severity \`${ticket.severity}\`` };
  }

  /**
   * The target of a kind that applies to a ticket, or why none does (a calendar the clock cannot run included).
   * Only an outside-hours target depends on the ticket (on when it was opened); the others are chosen once.
   */
  private choose(ticket: TicketRecord, targets: SeverityTargets, which: TargetKind): Choice {
    const perTicket = targets[which]?.outsideHours !== undefined;
    let cached = this.choices.get(targets);
    if (!perTicket && cached && which in cached) return cached[which];
    let choice: Choice;
    try {
      const chosen = applicableTarget(this.agreement, targets, which, ticket.severity, DateTime.fromMillis(ticket.opened, { zone: 'UTC' }));
      choice = !chosen ? undefined : chosen.ok ? chosen : { ok: false, reason: chosen.missing.reason, message: chosen.missing.message };
    } catch (error) {
      // A client-local calendar without a zone, say: the ticket is counted, not checked.
      if (!(error instanceof ClockError)) throw error;
      choice = { ok: false, reason: 'calendar-unstated', message: error.message };
    }
    if (!perTicket) {
      if (!cached) this.choices.set(targets, (cached = {}));
      cached[which] = choice;
    }
    return choice;
  }

  /** Whether every gap between updates, from the first response to resolution (or now), kept the cadence. */
  private cadenceKept(ticket: TicketRecord, responded: number, every: Duration, cal: Calendar, pauses: readonly [number, number][]): boolean {
    const end = ticket.resolved ?? this.now;
    let previous = responded;
    for (const next of ticket.updates ?? []) {
      if (!(next > responded && next < end)) continue;
      if (next > dueAt(this.clock, previous, every, cal, pauses)) return false;
      previous = next;
    }
    return !(end > dueAt(this.clock, previous, every, cal, pauses));
  }

  private readonly updateCalendars = new Map<string, Calendar | undefined>();
  /** The update cadence's calendar when the clock can run on it. */
  private updateCalendar(id: string): Calendar | undefined {
    if (this.updateCalendars.has(id)) return this.updateCalendars.get(id);
    const cal = this.agreement.calendars.find((c) => c.id === id);
    let runnable: Calendar | undefined = cal;
    if (cal) {
      try {
        clockZoneName(cal);
      } catch (error) {
        if (!(error instanceof ClockError)) throw error;
        runnable = undefined;
      }
    }
    this.updateCalendars.set(id, runnable);
    return runnable;
  }

  /** The report, once every row has been added. */
  finish(input: ReportInput): ServiceReport {
    const { agreement, options } = this;
    const period = options.period;
    const severities = this.ordered.map(({ summary, minutes, ofTarget, updates }) => {
      const r = summary.response;
      r.metRate = share(r.met, r.met + r.breached) ?? null;
      const sortedMinutes = minutes.sorted();
      const sortedOfTarget = ofTarget.sorted();
      r.medianMinutes = medianOfSorted(sortedMinutes) ?? null;
      r.p90Minutes = percentileOfSorted(sortedMinutes, 90) ?? null;
      r.medianOfTarget = round(medianOfSorted(sortedOfTarget));
      r.p90OfTarget = round(percentileOfSorted(sortedOfTarget, 90));
      if (summary.resolution) summary.resolution.metRate = share(summary.resolution.met, summary.resolution.met + summary.resolution.missed) ?? null;
      if (input.hasUpdates && updates) summary.updates = updates;
      return summary;
    });
    const inPeriod = this.inPeriod;
    const types = agreement.requestTypes ?? [];
    const tally = (id: string | undefined) => this.types.get(id) ?? { tickets: 0, effort: 0, withoutEffort: 0, outOfScope: 0 };
    // Counted only when the export says how tickets were closed: otherwise null, not a reassuring zero.
    const outOfScope = (t: TypeTally) => (input.hasResolution ? t.outOfScope : null);
    const hours = (t: TypeTally) => Math.round(t.effort * 100) / 100;
    const requestTypes: RequestTypeSummary[] = types.map((t) => {
      const mine = tally(t.id);
      return { id: t.id, name: t.name, coverage: t.coverage, tickets: mine.tickets, share: share(mine.tickets, inPeriod) ?? null, effortHours: hours(mine), outOfScope: outOfScope(mine) };
    });
    const untyped = tally(undefined);
    if (untyped.tickets > 0) requestTypes.push({ id: null, name: 'Not given', coverage: null, tickets: untyped.tickets, share: share(untyped.tickets, inPeriod) ?? null, effortHours: hours(untyped), outOfScope: outOfScope(untyped) });
    const byCoverage = (predicate: (t: Agreement['requestTypes'][number]) => boolean) => {
      const count = types.filter(predicate).reduce((n, t) => n + tally(t.id).tickets, 0);
      return { tickets: count, share: share(count, inPeriod) ?? null };
    };
    const caps: CapUsage[] = [];
    for (const type of types) {
      if (type.coverage !== 'capped' || !type.cap) continue;
      const mine = tally(type.id);
      const units = period.end.diff(period.start, `${type.cap.per}s`).as(`${type.cap.per}s`);
      const allowedHours = Math.round(type.cap.hours * units * 100) / 100;
      const usedHours = hours(mine);
      caps.push({
        requestType: type.id, name: type.name, capHours: type.cap.hours, per: type.cap.per, allowedHours, usedHours,
        ticketsWithoutEffort: mine.withoutEffort, exceeded: usedHours > allowedHours,
      });
    }
    const totals = {
      tickets: inPeriod,
      responseMet: sum(severities, (s) => s.response.met),
      responseBreached: sum(severities, (s) => s.response.breached),
      responseOpen: sum(severities, (s) => s.response.open),
      resolutionMissed: sum(severities, (s) => s.resolution?.missed ?? 0),
      openTickets: this.openTickets.total,
      responseNoTarget: sum(severities, (s) => s.response.noTarget),
    };
    const used = [...this.used].sort(([, a], [, b]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]).map(([calendar]) => calendar);
    const iso = (time: DateTime) => time.setZone(period.zone).toISO({ suppressMilliseconds: true })!;
    const omitted: OmittedDetail = {};
    for (const [name, list] of [['breaches', this.breaches], ['openTickets', this.openTickets], ['noTarget', this.noTarget], ['badRows', this.badRows]] as const) {
      const left = list.list().length < list.total ? list.total - list.list().length : 0;
      if (left > 0) omitted[name] = left;
    }
    const report: ServiceReport = {
      reportVersion: 1,
      agreement: {
        id: agreement.id, title: agreement.title, version: agreement.version ?? null, tier: this.defaultTier.id, tierName: this.defaultTier.name,
        provider: agreement.parties.provider.name, client: agreement.parties.client?.name ?? null,
      },
      period: { from: iso(period.start), to: iso(period.end), timezone: period.zone },
      asOf: iso(options.now.setZone(period.zone)),
      input: {
        rows: input.rows,
        tickets: input.tickets,
        badRows: this.badRows.total,
        outsidePeriod: input.tickets - inPeriod,
        timesWithoutOffset: input.timesWithoutOffset,
      },
      totals,
      severities,
      breaches: this.breaches.list(),
      openTickets: this.openTickets.list(),
      requestTypes,
      changeOrderShare: byCoverage((t) => t.coverage === 'change-order'),
      enhancementShare: byCoverage((t) => t.category === 'enhancement'),
      outOfScopeShare: input.hasResolution ? { tickets: this.outOfScope, share: share(this.outOfScope, inPeriod) ?? null } : null,
      caps,
      findings: [],
      badRows: this.badRows.list(),
      noTarget: this.noTarget.list(),
      warnings: [...new Set(used.flatMap(calendarWarnings))],
      ...(Object.keys(omitted).length > 0 && { omitted }),
    };
    // The findings read the in-period tickets they may name; the others are holes, so the list's length is still
    // the number of tickets in the period (Array.prototype.filter skips holes).
    const named = this.forFindings as Ticket[];
    named.length = inPeriod;
    report.findings = reportFindings(report, agreement, named, options.missedShareToFlag ?? 0.1);
    return report;
  }
}

/** A luxon Ticket (readTickets) as the report's record: times in epoch milliseconds. */
function recordOf(ticket: Ticket): TicketRecord {
  return {
    row: ticket.row, id: ticket.id, severity: ticket.severity, ...(ticket.requestType !== undefined && { requestType: ticket.requestType }), tier: ticket.tier,
    opened: ticket.opened.toMillis(),
    ...(ticket.firstResponse && { firstResponse: ticket.firstResponse.toMillis() }),
    ...(ticket.resolved && { resolved: ticket.resolved.toMillis() }),
    pauses: ticket.pauses.filter((p) => p.isValid).map((p) => [p.start!.toMillis(), p.end!.toMillis()]),
    ...(ticket.effortHours !== undefined && { effortHours: ticket.effortHours }),
    ...(ticket.updates && { updates: ticket.updates.map((u) => u.toMillis()).sort((a, b) => a - b) }),
    ...(ticket.outOfScope && { outOfScope: true as const }),
  };
}

/**
 * Checks every ticket opened in the period against the agreement's targets and summarises the month:
 * per severity, per request type, breaches, open tickets, caps and findings. Pure: `now` and the period are inputs.
 * Lists at most `detailLimit` entries of each kind (REPORT_DETAIL_ROWS by default; see `omitted`).
 */
export function buildReport(agreement: Agreement, read: TicketReadResult, options: ReportBuilderOptions): ServiceReport {
  const builder = new ReportBuilder(agreement, options);
  for (const ticket of read.tickets) builder.addTicket(recordOf(ticket), read.hasUpdates);
  for (const bad of read.badRows) builder.addBadRow(bad);
  return builder.finish({ rows: read.rows, tickets: read.tickets.length, timesWithoutOffset: read.timesWithoutOffset, hasUpdates: read.hasUpdates, hasResolution: read.hasResolution });
}

export interface StreamReportOptions extends ReportBuilderOptions {
  /** Called for every bad row as it is met (the report keeps the first `detailLimit`). */
  onBadRow?: (bad: BadRow) => void;
}

/**
 * The report over a streamed export (streamTickets): the same report as readTickets + buildReport, without
 * holding the export or its tickets. Also returns what the stream read (counts, columns, first and last opening).
 */
export async function buildReportFromStream(agreement: Agreement, stream: TicketStream, options: StreamReportOptions): Promise<{ report: ServiceReport; read: TicketStreamSummary; charts: ReportChartData }> {
  const builder = new ReportBuilder(agreement, options);
  for await (const item of stream) {
    if (item.ticket) builder.addTicket(item.ticket, stream.hasUpdates);
    else {
      options.onBadRow?.(item.bad);
      builder.addBadRow(item.bad);
    }
  }
  const read = stream.summary();
  const report = builder.finish(read);
  return { report, read, charts: builder.chartData() };
}

function round(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 1000) / 1000;
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((n, item) => n + of(item), 0);
}

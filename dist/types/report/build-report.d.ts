import { DateTime } from 'luxon';
import { type MissingReason } from '../clock/index.js';
import type { Agreement, RequestType, TargetTime } from '../model/agreement.js';
import type { ReportPeriod } from './period.js';
import type { BadRow, TicketReadResult, TicketRecord, TicketStream, TicketStreamSummary } from './read-tickets.js';
import { type WorkingClock } from './working-clock.js';
import { type Finding } from './findings.js';
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
    targets: {
        response: string;
        update: string | null;
        resolution: string | null;
    };
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
    resolution: {
        met: number;
        missed: number;
        open: number;
        noTarget: number;
        metRate: number | null;
    } | null;
    /** Only when the export has update times and the severity has an update cadence. */
    updates: {
        checked: number;
        kept: number;
        missed: number;
    } | null;
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
    agreement: {
        id: string;
        title: string;
        version: string | null;
        tier: string;
        tierName: string;
        provider: string;
        client: string | null;
    };
    period: {
        from: string;
        to: string;
        timezone: string;
    };
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
        tickets: number;
        responseMet: number;
        responseBreached: number;
        responseOpen: number;
        resolutionMissed: number;
        openTickets: number;
        /** Tickets with no response target to check. */
        responseNoTarget: number;
    };
    severities: SeveritySummary[];
    breaches: Breach[];
    openTickets: OpenTicket[];
    requestTypes: RequestTypeSummary[];
    changeOrderShare: {
        tickets: number;
        share: number | null;
    };
    enhancementShare: {
        tickets: number;
        share: number | null;
    };
    /** Tickets closed as out of scope (by the export's resolution); null when the export has no resolution column. */
    outOfScopeShare: {
        tickets: number;
        share: number | null;
    } | null;
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
export declare function targetText(target: TargetTime & {
    firmness?: string;
}, calendar?: string): string;
/** The tier whose targets apply to tickets without a tier of their own; a policy with several tiers needs one named. */
export declare function reportTier(agreement: Agreement, tier?: string): Agreement['tiers'][number];
/**
 * The zone times without offset are read in and periods are cut in: the zone of the tier's support hours, else of
 * the first calendar its response targets run on, else the agreement's first calendar the clock can run on; UTC
 * when none can (every zone `unstated`).
 */
export declare function reportZone(agreement: Agreement, tier?: string): string;
/**
 * The most breaches, open tickets, tickets without a target and bad rows a report lists one by one (each list
 * separately); beyond that it counts them (`omitted`). The first ones in the report's order are kept: the
 * breaches falling due first, the open tickets with least working time left, the tickets without a target by
 * id, the bad rows in the order of the export. A million tickets then take the memory of a thousand.
 */
export declare const REPORT_DETAIL_ROWS = 1000;
/** How many entries of each list a report left out to stay within its detail limit; only lists that were cut. */
export interface OmittedDetail {
    breaches?: number;
    openTickets?: number;
    noTarget?: number;
    badRows?: number;
}
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
    weeks: {
        week: string;
        types: {
            type: string;
            tickets: number;
        }[];
    }[];
    /** Each severity's response times as shares of their targets, in ascending order. */
    ratios: {
        severity: string;
        name: string;
        ratios: Float64Array;
    }[];
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
export declare class ReportBuilder {
    private readonly agreement;
    private readonly options;
    private readonly clock;
    private readonly now;
    private readonly start;
    private readonly end;
    private readonly zone;
    private readonly defaultTier;
    private readonly tiers;
    private readonly severities;
    private readonly ordered;
    private readonly breaches;
    private readonly openTickets;
    private readonly noTarget;
    private readonly badRows;
    /** Calendars a target was checked on, and when first (severity, ticket, target), for the order of the warnings. */
    private readonly used;
    private readonly choices;
    private readonly types;
    private outOfScope;
    private readonly typeById;
    /** In-period tickets the findings name (change orders, large efforts), at their place among the in-period tickets. */
    private readonly forFindings;
    private readonly threshold;
    /** In-period tickets a week (by the local day number of its Monday) and request type, for the volume chart. */
    private readonly weekly;
    private tickets;
    private inPeriod;
    private seq;
    constructor(agreement: Agreement, options: ReportBuilderOptions);
    private iso;
    private emptySummary;
    /** A row of the export that could not be used. */
    addBadRow(bad: BadRow): void;
    /**
     * A ticket of the export. `hasUpdates` is false when the export is known to have no update times (then the
     * cadence is not checked); undefined while it may still name them (JSON).
     */
    addTicket(ticket: TicketRecord, hasUpdates?: boolean): void;
    private tallyWeek;
    /**
     * What the report's charts draw beyond the report's JSON: tickets a week by request type (every week of the period,
     * empty ones too) and each severity's response times as shares of their targets. Call it after `finish`.
     */
    chartData(): ReportChartData;
    private tallyType;
    /** The targets of a ticket's tier for its severity, or why it has none. */
    private coverage;
    /**
     * The target of a kind that applies to a ticket, or why none does (a calendar the clock cannot run included).
     * Only an outside-hours target depends on the ticket (on when it was opened); the others are chosen once.
     */
    private choose;
    /** Whether every gap between updates, from the first response to resolution (or now), kept the cadence. */
    private cadenceKept;
    private readonly updateCalendars;
    /** The update cadence's calendar when the clock can run on it. */
    private updateCalendar;
    /** The report, once every row has been added. */
    finish(input: ReportInput): ServiceReport;
}
/**
 * Checks every ticket opened in the period against the agreement's targets and summarises the month:
 * per severity, per request type, breaches, open tickets, caps and findings. Pure: `now` and the period are inputs.
 * Lists at most `detailLimit` entries of each kind (REPORT_DETAIL_ROWS by default; see `omitted`).
 */
export declare function buildReport(agreement: Agreement, read: TicketReadResult, options: ReportBuilderOptions): ServiceReport;
export interface StreamReportOptions extends ReportBuilderOptions {
    /** Called for every bad row as it is met (the report keeps the first `detailLimit`). */
    onBadRow?: (bad: BadRow) => void;
}
/**
 * The report over a streamed export (streamTickets): the same report as readTickets + buildReport, without
 * holding the export or its tickets. Also returns what the stream read (counts, columns, first and last opening).
 */
export declare function buildReportFromStream(agreement: Agreement, stream: TicketStream, options: StreamReportOptions): Promise<{
    report: ServiceReport;
    read: TicketStreamSummary;
    charts: ReportChartData;
}>;

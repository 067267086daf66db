/**
 * The agreement as every command sees it: the document as written (types generated from the JSON Schema),
 * with durations parsed, calendars resolved to minutes, defaults filled in and the client's tier chosen.
 */
import type * as Doc from '../generated/agreement-document.js';
import type { Duration } from './duration.js';
export type { Duration } from './duration.js';
export type AgreementDocument = Doc.AgreementDocument;
export type Weekday = Doc.Weekday;
export type Frequency = Doc.Frequency;
export type Money = Doc.Money;
export type Party = Doc.Party;
export type Contact = Doc.Contact;
export type Service = Doc.Service;
export type SeverityLevel = Doc.SeverityLevel;
export type Channel = Doc.Channel;
export type ClientResponsibility = Doc.ClientResponsibility;
export type RequestType = Doc.RequestType;
export type Metric = Doc.Metric;
export type Availability = Doc.Availability;
export type Review = Doc.ReviewOfTheAgreement;
/** A length of time on a named calendar, e.g. "4h on office-hours". */
export interface TimeTarget {
    within: Duration;
    calendar: string;
}
export type Firmness = Doc.Firmness;
export type NamedDeadline = Doc.NamedDeadline;
/** What a document says instead of a target: it does not state one, or the tier does not offer it. */
export type TargetGap = 'unstated' | 'not-offered';
/** The calendar value of a target whose hours the document does not state. */
export declare const UNSTATED = "unstated";
/**
 * When a target falls due: one time (`within`), a range (`between`; `within` is then its longer end, which the
 * clock counts to) or a named deadline (`by`; `within` is then absent). `calendar` is a calendar id or `unstated`.
 */
export interface TargetTime {
    within?: Duration;
    between?: [Duration, Duration];
    by?: NamedDeadline;
    calendar: string;
}
/** The target that applies instead when a request is raised while the calendar `hours` is closed. */
export interface OutsideHoursTarget extends TargetTime {
    hours: string;
}
export interface ResponseTarget extends TargetTime {
    /** Absent when the document does not say how firm the target is. */
    firmness?: Firmness;
    description?: string;
    outsideHours?: OutsideHoursTarget;
}
export interface UpdateCadence {
    every: Duration;
    calendar: string;
    firmness?: Firmness;
    description?: string;
}
export interface ResolutionTarget extends ResponseTarget {
    /** `workaround`: a fix or a workaround counts; `objective` is the older spelling of `firmness: objective`. */
    kind?: 'objective' | 'workaround';
    /** When the resolution clock starts: when the request is logged, or when the provider responds. */
    from: 'opened' | 'response';
}
export interface SeverityTargets {
    /** Absent when the document marks the response `unstated` or `not-offered` (see `gaps`). */
    response?: ResponseTarget;
    update?: UpdateCadence;
    resolution?: ResolutionTarget;
    /** Targets the document marks as not stated or not offered. */
    gaps: {
        response?: TargetGap;
        update?: TargetGap;
        resolution?: TargetGap;
    };
}
export interface ServiceTier extends Omit<Doc.ServiceTier, 'targets'> {
    /** Targets keyed by severity level id, for the levels the tier covers. */
    targets: Record<string, SeverityTargets>;
    /** Severity level ids the tier says it does not cover (`not-offered`). */
    notOffered: string[];
}
/** Working time within one day, in minutes from local midnight. `end` may pass 1440 for a window that runs overnight. */
export interface WorkingWindow {
    start: number;
    end: number;
}
/** A holiday that recurs every year: a fixed day (with weekend observance) or the nth weekday of a month. */
export type RecurringHoliday = {
    name: string;
    month: number;
    day: number;
    observed: 'nearest-weekday' | 'next-weekday' | 'none';
    open: WorkingWindow[];
} | {
    name: string;
    month: number;
    weekday: number;
    week: 1 | 2 | 3 | 4 | 'last';
    open: WorkingWindow[];
};
export interface CalendarHoliday {
    /** YYYY-MM-DD in the calendar's zone. */
    date: string;
    name: string;
    /** Reduced hours on a partial holiday; empty for a full day off. */
    open: WorkingWindow[];
}
export interface Calendar {
    id: string;
    name: string;
    /**
     * IANA zone name; for a calendar of several zones, the first. `unstated` or `client-local` when the document
     * gives no zone (the clock cannot run until one is supplied).
     */
    timezone: string;
    /** Every zone whose weekly hours count: the calendar is open when any of them is. One entry for most calendars. */
    timezones: string[];
    /** True when the document names support hours without saying what they are (`hours: unstated`). */
    hoursUnstated: boolean;
    /** The hours in the document's own words. */
    description?: string;
    /** True for a 24x7 calendar: every minute is working time and holidays do not apply. */
    alwaysOpen: boolean;
    /** Working windows by ISO weekday: index 1 is Monday, 7 is Sunday; index 0 is unused. Windows belong to the day they start on. */
    weekly: WorkingWindow[][];
    /**
     * When some weekly hours name a zone of their own: each zone's windows (`weekly` is then the first zone's). The
     * calendar is open when any zone's windows are.
     */
    weeklyByZone?: Record<string, WorkingWindow[][]>;
    /** Dated holidays by date. */
    holidays: Map<string, CalendarHoliday>;
    /** Holidays that recur every year, from `holidays` rules and the named `holidaySets`. */
    recurringHolidays: RecurringHoliday[];
    /** Named regional holiday sets (`us`, `de`, ...), as written. */
    holidaySets: string[];
    /** `.ics` files, as written (relative to the agreement file); `loadHolidayFiles` reads them into `holidays`. */
    holidayFiles: string[];
    /** Holidays of a place the document does not list: the clock cannot know them. */
    holidaysOf?: 'provider-location' | 'client-location';
    holidaysDescription?: string;
}
export interface ChangeOrders extends Omit<Doc.SupportAndEnhancement, 'estimateWithin'> {
    estimateWithin?: TimeTarget;
}
export interface Monitoring extends Omit<Doc.MonitoringAndReporting, 'reports' | 'proactiveOutreach'> {
    reports?: (Omit<Doc.Report, 'deliveredWithin'> & {
        deliveredWithin?: TimeTarget;
    })[];
    proactiveOutreach?: (Omit<Doc.OutreachTrigger, 'within'> & {
        within?: TimeTarget;
    })[];
}
export interface Maintenance extends Omit<Doc.MaintenanceAndPlannedChange, 'notice' | 'emergencyChanges'> {
    notice?: TimeTarget;
    emergencyChanges?: Omit<Doc.EmergencyChanges, 'notifyWithin'> & {
        notifyWithin?: TimeTarget;
    };
}
export interface Agreement extends Omit<AgreementDocument, 'locale' | 'serviceTier' | 'calendars' | 'tiers' | 'changeOrders' | 'monitoring' | 'maintenance' | 'channels' | 'requestTypes'> {
    /** BCP 47 locale for dates and money; `en-GB` when the document does not say. */
    locale: string;
    /**
     * The id of the client's tier (the only tier when just one is listed). In a `SupportPolicy`, which names no
     * client, the first tier: commands that need one tier take `--tier`.
     */
    serviceTier: string;
    /** True for a published `SupportPolicy`: no named client, a menu of tiers. */
    isPolicy: boolean;
    calendars: Calendar[];
    channels: Doc.Channel[];
    requestTypes: (Omit<Doc.RequestType, 'response'> & {
        response?: ResponseTarget;
    })[];
    /** The document's `x-` fields, by name. */
    extensions: Record<string, unknown>;
    tiers: ServiceTier[];
    changeOrders?: ChangeOrders;
    monitoring?: Monitoring;
    maintenance?: Maintenance;
}
export declare const DEFAULT_LOCALE = "en-GB";
/**
 * The target as a plain length of time on a calendar, when the clock can count it: a time or range (its longer
 * end) on a stated calendar. Undefined for a named deadline or a calendar the document does not state.
 */
export declare function countableTarget(target: TargetTime | undefined): TimeTarget | undefined;

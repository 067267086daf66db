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

export interface UpdateCadence {
  every: Duration;
  calendar: string;
}

export interface ResolutionTarget extends TimeTarget {
  /** Absent when the agreement does not say; `sla lint` flags that. */
  kind?: 'objective' | 'workaround';
  description?: string;
}

export interface SeverityTargets {
  response: TimeTarget;
  update?: UpdateCadence;
  resolution?: ResolutionTarget;
}

export interface ServiceTier extends Omit<Doc.ServiceTier, 'targets'> {
  /** Targets keyed by severity level id. */
  targets: Record<string, SeverityTargets>;
}

/** Working time within one day, in minutes from local midnight. `end` may pass 1440 for a window that runs overnight. */
export interface WorkingWindow {
  start: number;
  end: number;
}

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
  /** IANA zone name. */
  timezone: string;
  /** True for a 24x7 calendar: every minute is working time and holidays do not apply. */
  alwaysOpen: boolean;
  /** Working windows by ISO weekday: index 1 is Monday, 7 is Sunday; index 0 is unused. Windows belong to the day they start on. */
  weekly: WorkingWindow[][];
  /** Holidays by date. */
  holidays: Map<string, CalendarHoliday>;
}

export interface ChangeOrders extends Omit<Doc.SupportAndEnhancement, 'estimateWithin'> {
  estimateWithin?: TimeTarget;
}

export interface Monitoring extends Omit<Doc.MonitoringAndReporting, 'reports' | 'proactiveOutreach'> {
  reports?: (Omit<Doc.Report, 'deliveredWithin'> & { deliveredWithin?: TimeTarget })[];
  proactiveOutreach?: (Omit<Doc.OutreachTrigger, 'within'> & { within?: TimeTarget })[];
}

export interface Maintenance extends Omit<Doc.MaintenanceAndPlannedChange, 'notice' | 'emergencyChanges'> {
  notice?: TimeTarget;
  emergencyChanges?: Omit<Doc.EmergencyChanges, 'notifyWithin'> & { notifyWithin?: TimeTarget };
}

export interface Agreement
  extends Omit<AgreementDocument, 'locale' | 'serviceTier' | 'calendars' | 'tiers' | 'changeOrders' | 'monitoring' | 'maintenance'> {
  /** BCP 47 locale for dates and money; `en-GB` when the document does not say. */
  locale: string;
  /** The id of the client's tier (the only tier when just one is listed). */
  serviceTier: string;
  calendars: Calendar[];
  tiers: ServiceTier[];
  changeOrders?: ChangeOrders;
  monitoring?: Monitoring;
  maintenance?: Maintenance;
}

export const DEFAULT_LOCALE = 'en-GB';

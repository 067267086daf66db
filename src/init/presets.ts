/**
 * The service tiers `sla init` offers. They differ the way agencies' published tiers do: support hours and
 * calendar, response and update targets per severity, reporting frequency, proactive optimisation, the
 * change-order threshold and the price. What the agreement says of a tier (its name, who it is for, its optimisation
 * review) is in the `init.tier.*` messages of locales/<language>/init.json. The numbers follow published support terms of software vendors
 * (critical response from 2 business hours down to 15 minutes around the clock; 1–2 business days for low).
 */
import type { Frequency, Weekday } from '../generated/agreement-document.js';

export const TIER_IDS = ['essential', 'standard', 'premium'] as const;
export type TierId = (typeof TIER_IDS)[number];

export function isTierId(value: string): value is TierId {
  return (TIER_IDS as readonly string[]).includes(value);
}

/** The calendars a preset can use: the provider's business hours, or round the clock. */
export type CalendarRole = 'business' | 'always';
export const CALENDAR_IDS: Record<CalendarRole, string> = { business: 'business-hours', always: 'always-on' };

export const SEVERITY_IDS = ['critical', 'high', 'normal', 'low'] as const;
export type SeverityId = (typeof SEVERITY_IDS)[number];

/** A duration on a calendar, e.g. `['1h', 'always']`. */
export type Timed = readonly [duration: string, calendar: CalendarRole];

export interface PresetTargets {
  response: Timed;
  update?: Timed;
  resolution?: readonly [duration: string, calendar: CalendarRole, kind: 'objective' | 'workaround'];
}

export interface TierPreset {
  id: TierId;
  name: string;
  /** One line for prompts and `--help`. */
  summary: string;
  businessCriticality: 'low' | 'medium' | 'high' | 'mission-critical';
  businessHours: { days: Weekday[]; open: string[] };
  /** Whether some targets run on a 24x7 calendar. */
  roundTheClock: boolean;
  supportHours: CalendarRole;
  targets: Record<SeverityId, PresetTargets>;
  reporting: Frequency;
  metricsReview: Frequency;
  agreementReview: Frequency;
  /** Whether the tier includes a proactive optimisation review; its wording is `init.tier.proactiveOptimisation.<tier>` in the catalogs. */
  proactiveOptimisation: boolean;
  /** A placeholder monthly price in the agreement's currency. */
  monthlyPrice: number;
  hourlyRate: number;
  changeOrderHours: number;
  tuningHoursPerMonth: number;
  estimateWithin: Timed;
  maintenanceWindow: { days: Weekday[]; open: string };
  maintenanceNotice: Timed;
  emergencyNotice: Timed;
  qualityOutreach: Timed;
  driftOutreach: Timed;
  evaluationSetSize: number;
  initialMonths: number;
  noticeDays: number;
  /** Availability objective and credits, for tiers that offer one. */
  availability?: { target: number; credits: { below: number; creditPercent: number }[] };
}

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export const PRESETS: Record<TierId, TierPreset> = {
  essential: {
    id: 'essential',
    name: 'Essential',
    summary: 'business hours only, monthly report, 2-hour critical response',
    businessCriticality: 'low',
    businessHours: { days: WEEKDAYS, open: ['09:00-17:00'] },
    roundTheClock: false,
    supportHours: 'business',
    targets: {
      critical: { response: ['2h', 'business'], update: ['4h', 'business'], resolution: ['2d', 'business', 'workaround'] },
      high: { response: ['4h', 'business'], update: ['1d', 'business'], resolution: ['5d', 'business', 'objective'] },
      normal: { response: ['1d', 'business'], resolution: ['10d', 'business', 'objective'] },
      low: { response: ['2d', 'business'] },
    },
    reporting: 'monthly',
    metricsReview: 'monthly',
    agreementReview: 'semi-annually',
    proactiveOptimisation: false,
    monthlyPrice: 900,
    hourlyRate: 125,
    changeOrderHours: 4,
    tuningHoursPerMonth: 4,
    estimateWithin: ['5d', 'business'],
    maintenanceWindow: { days: ['wed'], open: '18:00-20:00' },
    maintenanceNotice: ['2d', 'business'],
    emergencyNotice: ['4h', 'business'],
    qualityOutreach: ['1d', 'business'],
    driftOutreach: ['2d', 'business'],
    evaluationSetSize: 100,
    initialMonths: 12,
    noticeDays: 30,
  },
  standard: {
    id: 'standard',
    name: 'Standard',
    summary: 'business hours, critical incidents 24x7 with 1-hour response, weekly metrics review',
    businessCriticality: 'high',
    businessHours: { days: WEEKDAYS, open: ['08:00-18:00'] },
    roundTheClock: true,
    supportHours: 'business',
    targets: {
      critical: { response: ['1h', 'always'], update: ['2h', 'always'], resolution: ['8h', 'always', 'workaround'] },
      high: { response: ['2h', 'business'], update: ['4h', 'business'], resolution: ['2d', 'business', 'objective'] },
      normal: { response: ['8h', 'business'], update: ['2d', 'business'], resolution: ['5d', 'business', 'objective'] },
      low: { response: ['2d', 'business'], resolution: ['10d', 'business', 'objective'] },
    },
    reporting: 'monthly',
    metricsReview: 'weekly',
    agreementReview: 'quarterly',
    proactiveOptimisation: true,
    monthlyPrice: 2500,
    hourlyRate: 140,
    changeOrderHours: 8,
    tuningHoursPerMonth: 8,
    estimateWithin: ['3d', 'business'],
    maintenanceWindow: { days: ['tue'], open: '06:00-08:00' },
    maintenanceNotice: ['3d', 'business'],
    emergencyNotice: ['1h', 'always'],
    qualityOutreach: ['4h', 'business'],
    driftOutreach: ['1d', 'business'],
    evaluationSetSize: 200,
    initialMonths: 12,
    noticeDays: 60,
  },
  premium: {
    id: 'premium',
    name: 'Premium',
    summary: '24x7 for critical and high incidents, 15-minute response, weekly report, availability credits',
    businessCriticality: 'mission-critical',
    businessHours: { days: WEEKDAYS, open: ['08:00-18:00'] },
    roundTheClock: true,
    supportHours: 'always',
    targets: {
      critical: { response: ['15m', 'always'], update: ['30m', 'always'], resolution: ['4h', 'always', 'workaround'] },
      high: { response: ['30m', 'always'], update: ['2h', 'always'], resolution: ['12h', 'always', 'objective'] },
      normal: { response: ['2h', 'business'], update: ['1d', 'business'], resolution: ['3d', 'business', 'objective'] },
      low: { response: ['1d', 'business'], resolution: ['10d', 'business', 'objective'] },
    },
    reporting: 'weekly',
    metricsReview: 'daily',
    agreementReview: 'monthly',
    proactiveOptimisation: true,
    monthlyPrice: 7500,
    hourlyRate: 165,
    changeOrderHours: 16,
    tuningHoursPerMonth: 20,
    estimateWithin: ['2d', 'business'],
    maintenanceWindow: { days: ['sun'], open: '23:00-03:00' },
    maintenanceNotice: ['5d', 'business'],
    emergencyNotice: ['30m', 'always'],
    qualityOutreach: ['30m', 'always'],
    driftOutreach: ['4h', 'business'],
    evaluationSetSize: 500,
    initialMonths: 24,
    noticeDays: 90,
    availability: {
      target: 99.9,
      credits: [
        { below: 99.9, creditPercent: 5 },
        { below: 99.5, creditPercent: 10 },
        { below: 99, creditPercent: 25 },
      ],
    },
  },
};

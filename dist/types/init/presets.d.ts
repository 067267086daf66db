/**
 * The service tiers `sla init` offers. They differ the way agencies' published tiers do: support hours and
 * calendar, response and update targets per severity, reporting frequency, proactive optimisation, the
 * change-order threshold and the price. What the agreement says of a tier (its name, who it is for, its optimisation
 * review) is in the `init.tier.*` messages of locales/<language>/init.json. The numbers follow published support terms of software vendors
 * (critical response from 2 business hours down to 15 minutes around the clock; 1–2 business days for low).
 */
import type { Frequency, Weekday } from '../generated/agreement-document.js';
export declare const TIER_IDS: readonly ['essential', 'standard', 'premium'];
export type TierId = (typeof TIER_IDS)[number];
export declare function isTierId(value: string): value is TierId;
/** The calendars a preset can use: the provider's business hours, or round the clock. */
export type CalendarRole = 'business' | 'always';
export declare const CALENDAR_IDS: Record<CalendarRole, string>;
export declare const SEVERITY_IDS: readonly ['critical', 'high', 'normal', 'low'];
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
    businessHours: {
        days: Weekday[];
        open: string[];
    };
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
    maintenanceWindow: {
        days: Weekday[];
        open: string;
    };
    maintenanceNotice: Timed;
    emergencyNotice: Timed;
    qualityOutreach: Timed;
    driftOutreach: Timed;
    evaluationSetSize: number;
    initialMonths: number;
    noticeDays: number;
    /** Availability objective and credits, for tiers that offer one. */
    availability?: {
        target: number;
        credits: {
            below: number;
            creditPercent: number;
        }[];
    };
}
export declare const PRESETS: Record<TierId, TierPreset>;

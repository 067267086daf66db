/**
 * Time targets measured through the support clock, so a change of calendar, hours, holidays or zone is judged by what
 * it does to the client's wait, not by its text: the worst-case wall-clock wait of a target, the working hours a week
 * and a year of a calendar.
 */
import { DateTime } from 'luxon';
import { workingTimeBetween } from '../clock/clock.js';
import { worstCaseWaitMinutes } from '../clock/worst-case.js';
import type { Agreement, Calendar, Duration, OutsideHoursTarget, TargetTime } from '../model/agreement.js';
import { minutesInWords, parseDuration } from '../model/duration.js';
import { isObject, type Json } from './rule.js';
import type { ChangeEffect, ChangeMeasure } from './types.js';

/** The year an agreement's promises are measured in: its effective year. */
export function yearOf(agreement: Agreement): number {
  return Number(String(agreement.effectiveDate ?? '').slice(0, 4)) || new Date().getUTCFullYear();
}

export function calendarOf(agreement: Agreement | undefined, reference: number | string): Calendar | undefined {
  if (!agreement) return undefined;
  return typeof reference === 'number' ? agreement.calendars[reference] : agreement.calendars.find((c) => c.id === reference);
}

/**
 * Working minutes a calendar holds in an average year, over three years from the effective year: holiday sets and
 * rules count in every year, listed dates only in theirs.
 */
export function yearlyMinutes(agreement: Agreement | undefined, reference: number | string): number | undefined {
  return yearlyMinutesOf(agreement, calendarOf(agreement, reference));
}

/** yearlyMinutes of a calendar given whole, in an agreement's effective year. */
export function yearlyMinutesOf(agreement: Agreement | undefined, calendar: Calendar | undefined): number | undefined {
  if (!agreement || !calendar || calendar.hoursUnstated) return undefined;
  try {
    const from = DateTime.fromObject({ year: yearOf(agreement), month: 1, day: 1 }, { zone: calendar.timezone });
    return workingTimeBetween(from, from.plus({ years: 3 }), calendar) / 3;
  } catch {
    return undefined;
  }
}

/** The hours of a normal week (no holidays), in minutes. */
export function weeklyMinutes(calendar: Calendar | undefined): number | undefined {
  if (!calendar || calendar.hoursUnstated) return undefined;
  if (calendar.alwaysOpen) return 7 * 24 * 60;
  return calendar.weekly.flat().reduce((sum, window) => sum + ((window.end - window.start + 1440) % 1440 || 1440), 0);
}

const durationOf = (value: Json): Duration | undefined => (typeof value === 'string' ? parseDuration(value) : undefined);

/** A target as written (`{ within: 2h, calendar: x }`, `{ every: 4h, … }`, `{ between: [1d, 2d] }`, `{ by: … }`) as the clock takes it. */
export function clockTarget(raw: Json): (TargetTime & { outsideHours?: OutsideHoursTarget }) | undefined {
  if (!isObject(raw) || typeof raw.calendar !== 'string') return undefined;
  const time = (t: Record<string, Json>): TargetTime | undefined => {
    const by = t.by === 'same-business-day' || t.by === 'next-business-day' ? t.by : undefined;
    const within = durationOf(t.within) ?? durationOf(t.every) ?? (Array.isArray(t.between) ? durationOf(t.between[1]) : undefined);
    if (!by && !within) return undefined;
    return { calendar: String(t.calendar), ...(by ? { by } : { within }) };
  };
  const target = time(raw);
  if (!target) return undefined;
  const outside = isObject(raw.outsideHours) && typeof raw.outsideHours.hours === 'string' ? time(raw.outsideHours) : undefined;
  return outside ? { ...target, outsideHours: { ...outside, hours: String((raw.outsideHours as Record<string, Json>).hours) } } : target;
}

/** The longest wall-clock wait under a target as written, in its agreement's effective year; undefined when the clock cannot count it. */
export function worstCaseWait(agreement: Agreement | undefined, raw: Json): number | undefined {
  const target = clockTarget(raw);
  if (!agreement || !target) return undefined;
  try {
    return worstCaseWaitMinutes(agreement, target, yearOf(agreement));
  } catch {
    return undefined;
  }
}

/** Less is better (a wait) or more is better (working hours): the effect of a measured number moving. */
export function measured(label: string, before: number | undefined, after: number | undefined, lessIsBetter: boolean, words = minutesInWords): ChangeMeasure | undefined {
  if (before === undefined || after === undefined) return undefined;
  const effect: ChangeEffect = before === after ? 'neutral' : (after < before) === lessIsBetter ? 'stronger' : 'weaker';
  return { label, before: words(before), after: words(after), effect };
}

export const hoursWords = (minutes: number): string => {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours.toLocaleString('en-GB')} ${hours === 1 ? 'hour' : 'hours'}`;
};

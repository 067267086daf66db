import type * as Doc from '../generated/agreement-document.js';
import {
  DEFAULT_LOCALE, type Agreement, type Calendar, type CalendarHoliday, type RecurringHoliday, type ResolutionTarget, type ResponseTarget,
  type ServiceTier, type SeverityTargets, type TargetTime, type TimeTarget, type WorkingWindow,
} from './agreement.js';
import { parseWindow, WEEKDAYS } from './calendar-hours.js';
import { parseDuration, type Duration } from './duration.js';

function duration(text: string): Duration {
  const parsed = parseDuration(text);
  if (!parsed) throw new Error(`internal: unvalidated duration ${text}`);
  return parsed;
}

function timeTarget(target: Doc.TimeTarget): TimeTarget;
function timeTarget(target: Doc.TimeTarget | undefined): TimeTarget | undefined;
function timeTarget(target: Doc.TimeTarget | undefined): TimeTarget | undefined {
  return target && { within: duration(target.within), calendar: target.calendar };
}

function windows(list: readonly string[] = []): WorkingWindow[] {
  return list.map((text) => parseWindow(text)!).sort((a, b) => a.start - b.start);
}

const FN = 'normaliseCalendar';

function shown(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

function checkWindows(list: unknown, where: string, id: string): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new TypeError(`${FN}: calendar \`${id}\` ${where} must be an array of windows written HH:MM-HH:MM such as "09:00-17:00", got ${shown(list)}`);
  list.forEach((window, i) => {
    if (typeof window !== 'string' || !parseWindow(window)) {
      throw new RangeError(`${FN}: calendar \`${id}\` ${where}[${i}] must be a window written HH:MM-HH:MM (two-digit hours, e.g. "09:00-17:00"), got ${shown(window)}`);
    }
  });
}

const isWholeIn = (value: unknown, low: number, high: number): boolean => typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;

/**
 * Checks a calendar written as the agreement file writes it, for library callers: the file's loader has already
 * checked it against the schema. Throws a TypeError (wrong kind of value) or RangeError (impossible value) naming
 * the calendar and the field.
 */
function checkCalendarDocument(value: unknown): asserts value is Doc.Calendar {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${FN}: calendar must be an object as an agreement's \`calendars\` entry writes it ({ id, name, timezone, hours }), got ${shown(value)}`);
  }
  const calendar = value as Record<string, unknown>;
  if (typeof calendar.id !== 'string' || calendar.id === '') throw new TypeError(`${FN}: calendar.id must be a non-empty string, got ${shown(calendar.id)}`);
  const id = calendar.id;
  if (typeof calendar.name !== 'string') throw new TypeError(`${FN}: calendar \`${id}\` name must be a string, got ${shown(calendar.name)}`);
  const zones = calendar.timezones;
  if (zones !== undefined) {
    if (!Array.isArray(zones) || zones.length === 0 || zones.some((zone) => typeof zone !== 'string' || zone === '')) {
      throw new TypeError(`${FN}: calendar \`${id}\` timezones must be a non-empty array of IANA zone names, got ${shown(zones)}`);
    }
  } else if (typeof calendar.timezone !== 'string' || calendar.timezone === '') {
    throw new TypeError(`${FN}: calendar \`${id}\` needs a timezone (an IANA zone name such as "Europe/Berlin", or "unstated"), got ${shown(calendar.timezone)}`);
  }
  const hours = calendar.hours;
  if (typeof hours === 'string') {
    if (hours !== '24x7' && hours !== 'unstated') {
      throw new RangeError(`${FN}: calendar \`${id}\` hours must be "24x7", "unstated" or an array of { days, open }, got ${shown(hours)}`);
    }
  } else if (!Array.isArray(hours)) {
    throw new TypeError(`${FN}: calendar \`${id}\` hours must be "24x7", "unstated" or an array of { days, open } (e.g. [{ days: ["mon", "tue"], open: ["09:00-17:00"] }]), got ${shown(hours)}`);
  } else {
    let working = false;
    hours.forEach((week: unknown, i) => {
      const where = `hours[${i}]`;
      if (typeof week !== 'object' || week === null || Array.isArray(week)) {
        throw new TypeError(`${FN}: calendar \`${id}\` ${where} must be an object { days, open }, got ${shown(week)}`);
      }
      const { days, open, timezone } = week as Record<string, unknown>;
      if (!Array.isArray(days)) throw new TypeError(`${FN}: calendar \`${id}\` ${where}.days must be an array of weekdays (${WEEKDAYS.join(', ')}), got ${shown(days)}`);
      days.forEach((day, j) => {
        if (!(WEEKDAYS as readonly unknown[]).includes(day)) {
          throw new RangeError(`${FN}: calendar \`${id}\` ${where}.days[${j}] must be one of ${WEEKDAYS.join(', ')} (three lower-case letters), got ${shown(day)}`);
        }
      });
      if (open === undefined) throw new TypeError(`${FN}: calendar \`${id}\` ${where}.open is missing; give the day's windows written HH:MM-HH:MM, e.g. open: ["09:00-17:00"]`);
      checkWindows(open, `${where}.open`, id);
      if (timezone !== undefined && (typeof timezone !== 'string' || timezone === '')) {
        throw new TypeError(`${FN}: calendar \`${id}\` ${where}.timezone must be an IANA zone name, got ${shown(timezone)}`);
      }
      if (days.length > 0 && (open as unknown[]).length > 0) working = true;
    });
    if (!working) {
      throw new RangeError(`${FN}: calendar \`${id}\` has no working time: its hours open no window on any day; give days and open windows, or hours: "24x7" for a calendar that never closes`);
    }
  }
  const holidays = calendar.holidays;
  if (holidays === undefined) return;
  if (!Array.isArray(holidays)) throw new TypeError(`${FN}: calendar \`${id}\` holidays must be an array, got ${shown(holidays)}`);
  holidays.forEach((holiday: unknown, i) => {
    const where = `holidays[${i}]`;
    if (typeof holiday !== 'object' || holiday === null || Array.isArray(holiday)) {
      throw new TypeError(`${FN}: calendar \`${id}\` ${where} must be an object such as { date: "2027-12-25", name: "Christmas Day" }, got ${shown(holiday)}`);
    }
    const h = holiday as Record<string, unknown>;
    if (typeof h.name !== 'string') throw new TypeError(`${FN}: calendar \`${id}\` ${where}.name must be a string, got ${shown(h.name)}`);
    checkWindows(h.open, `${where}.open`, id);
    if (h.date !== undefined) {
      if (typeof h.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(h.date) || !isCalendarDate(h.date)) {
        throw new RangeError(`${FN}: calendar \`${id}\` ${where}.date must be a real calendar date written YYYY-MM-DD, got ${shown(h.date)}`);
      }
      return;
    }
    if (!isWholeIn(h.month, 1, 12)) {
      throw new RangeError(`${FN}: calendar \`${id}\` ${where} needs a date (YYYY-MM-DD), or a month (1-12) with a day or a weekday and week; got month ${shown(h.month)}`);
    }
    if (h.day !== undefined) {
      if (!isWholeIn(h.day, 1, DAYS_IN_MONTH[(h.month as number) - 1]!)) {
        throw new RangeError(`${FN}: calendar \`${id}\` ${where}.day must be a day that month ${h.month} has (1-${DAYS_IN_MONTH[(h.month as number) - 1]}), got ${shown(h.day)}`);
      }
      if (h.observed !== undefined && !['nearest-weekday', 'next-weekday', 'none'].includes(h.observed as string)) {
        throw new RangeError(`${FN}: calendar \`${id}\` ${where}.observed must be "nearest-weekday", "next-weekday" or "none", got ${shown(h.observed)}`);
      }
      return;
    }
    if (!(WEEKDAYS as readonly unknown[]).includes(h.weekday)) {
      throw new RangeError(`${FN}: calendar \`${id}\` ${where} needs a day (1-31) or a weekday (one of ${WEEKDAYS.join(', ')}), got weekday ${shown(h.weekday)}`);
    }
    if (!(isWholeIn(h.week, 1, 4) || h.week === 'last')) {
      throw new RangeError(`${FN}: calendar \`${id}\` ${where}.week must be 1, 2, 3, 4 or "last", got ${shown(h.week)}`);
    }
  });
}

/** Days in each month, February counted as 29 so that a recurring 29 February is allowed. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The clock's calendar from a calendar written as an agreement file writes it (an entry of `calendars`). Checks its
 * shape first and throws a TypeError or RangeError naming the calendar and the field: unknown weekday spellings
 * (use mon … sun), windows not written HH:MM-HH:MM, and weekly hours with no working time (use `hours: 24x7` for a
 * calendar that never closes).
 */
export function normaliseCalendar(calendar: Doc.Calendar): Calendar {
  checkCalendarDocument(calendar);
  return calendarFromDocument(calendar);
}

/** normaliseCalendar without the checks, for documents that passed schema and semantic validation. */
function calendarFromDocument(calendar: Doc.Calendar): Calendar {
  const alwaysOpen = calendar.hours === '24x7';
  const ownZones = calendar.timezones ?? [calendar.timezone!];
  const weeks = Array.isArray(calendar.hours) ? calendar.hours : [];
  const entryZones = [...new Set(weeks.flatMap((week) => (week.timezone && !ownZones.includes(week.timezone) ? [week.timezone] : [])))];
  // Hours without a zone of their own apply in each of the calendar's zones; hours with one, in that zone only.
  const weeklyIn = (zone: string): WorkingWindow[][] => {
    const days: WorkingWindow[][] = Array.from({ length: 8 }, () => []);
    for (const week of weeks) {
      if (week.timezone ? week.timezone !== zone : !ownZones.includes(zone)) continue;
      for (const day of week.days) days[WEEKDAYS.indexOf(day) + 1]!.push(...windows(week.open));
    }
    for (const day of days) day.sort((a, b) => a.start - b.start);
    return days;
  };
  const weekly = weeklyIn(ownZones[0]!);
  const zoned = weeks.some((week) => week.timezone !== undefined);
  const weeklyByZone = zoned ? Object.fromEntries([...ownZones, ...entryZones].map((zone) => [zone, weeklyIn(zone)])) : undefined;
  const holidays = new Map<string, CalendarHoliday>();
  const recurringHolidays: RecurringHoliday[] = [];
  for (const holiday of calendar.holidays ?? []) {
    const open = windows(holiday.open);
    if (holiday.date) holidays.set(holiday.date, { date: holiday.date, name: holiday.name, open });
    else if (holiday.month && holiday.day) recurringHolidays.push({ name: holiday.name, month: holiday.month, day: holiday.day, observed: holiday.observed ?? 'none', open });
    else if (holiday.month && holiday.weekday && holiday.week) {
      recurringHolidays.push({ name: holiday.name, month: holiday.month, weekday: WEEKDAYS.indexOf(holiday.weekday) + 1, week: holiday.week, open });
    }
  }
  const timezones = [...ownZones, ...entryZones];
  return {
    id: calendar.id, name: calendar.name, timezone: timezones[0]!, timezones, alwaysOpen, hoursUnstated: calendar.hours === 'unstated',
    ...(weeklyByZone && { weeklyByZone }),
    ...(calendar.description !== undefined && { description: calendar.description }),
    weekly, holidays, recurringHolidays, holidaySets: calendar.holidaySets ?? [], holidayFiles: calendar.holidayFiles ?? [],
    ...(calendar.holidaysOf && { holidaysOf: calendar.holidaysOf }),
    ...(calendar.holidaysDescription !== undefined && { holidaysDescription: calendar.holidaysDescription }),
  };
}

function targetTime(target: Doc.TimedResponseTarget | Doc.OutsideHoursTarget): TargetTime {
  const between: [Duration, Duration] | undefined = target.between && [duration(target.between[0]), duration(target.between[1])];
  return {
    ...(target.within !== undefined && { within: duration(target.within) }),
    ...(between && { within: between[1], between }),
    ...(target.by && { by: target.by }),
    calendar: target.calendar,
  };
}

export function normaliseResponseTarget(target: Doc.TimedResponseTarget): ResponseTarget {
  return {
    ...targetTime(target),
    ...(target.firmness && { firmness: target.firmness }),
    ...(target.description !== undefined && { description: target.description }),
    ...(target.outsideHours && { outsideHours: { ...targetTime(target.outsideHours), hours: target.outsideHours.hours } }),
  };
}

function normaliseResolutionTarget(target: Doc.TimedResolutionTarget): ResolutionTarget {
  const firmness = target.firmness ?? (target.kind === 'objective' ? 'objective' : undefined);
  return {
    ...normaliseResponseTarget(target),
    ...(firmness && { firmness }),
    ...(target.kind && { kind: target.kind }),
    from: target.from ?? 'opened',
  };
}

function normaliseTier(tier: Doc.ServiceTier): ServiceTier {
  const targets: ServiceTier['targets'] = {};
  const notOffered: string[] = [];
  for (const [severity, target] of Object.entries(tier.targets)) {
    if (typeof target === 'string') {
      notOffered.push(severity);
      continue;
    }
    const entry: SeverityTargets = { gaps: {} };
    if (typeof target.response === 'string') entry.gaps.response = target.response;
    else entry.response = normaliseResponseTarget(target.response);
    if (typeof target.update === 'string') entry.gaps.update = target.update;
    else if (target.update) {
      const { every, calendar, firmness, description } = target.update;
      entry.update = { every: duration(every), calendar, ...(firmness && { firmness }), ...(description !== undefined && { description }) };
    }
    if (typeof target.resolution === 'string') entry.gaps.resolution = target.resolution;
    else if (target.resolution) entry.resolution = normaliseResolutionTarget(target.resolution);
    targets[severity] = entry;
  }
  return { ...tier, targets, notOffered };
}

function extensionFields(document: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => key.startsWith('x-')));
}

/** Builds the model every command uses from a document that passed schema and semantic validation. */
export function normaliseAgreement(document: Doc.AgreementDocument): Agreement {
  const { changeOrders, monitoring, maintenance } = document;
  return {
    ...document,
    locale: document.locale ?? DEFAULT_LOCALE,
    serviceTier: document.serviceTier ?? document.tiers[0].id,
    isPolicy: document.kind === 'SupportPolicy',
    calendars: (document.calendars ?? []).map((calendar) => calendarFromDocument(calendar)),
    channels: document.channels ?? [],
    requestTypes: (document.requestTypes ?? []).map((request) => {
      const { response, ...rest } = request;
      return { ...rest, ...(response && { response: normaliseResponseTarget(response) }) };
    }),
    extensions: extensionFields(document),
    tiers: document.tiers.map(normaliseTier),
    ...(changeOrders && { changeOrders: { ...changeOrders, estimateWithin: timeTarget(changeOrders.estimateWithin) } }),
    ...(monitoring && {
      monitoring: {
        ...monitoring,
        ...(monitoring.reports && { reports: monitoring.reports.map((r) => ({ ...r, deliveredWithin: timeTarget(r.deliveredWithin) })) }),
        ...(monitoring.proactiveOutreach && { proactiveOutreach: monitoring.proactiveOutreach.map((o) => ({ ...o, within: timeTarget(o.within) })) }),
      },
    }),
    ...(maintenance && {
      maintenance: {
        ...maintenance,
        notice: timeTarget(maintenance.notice),
        ...(maintenance.emergencyChanges && { emergencyChanges: { ...maintenance.emergencyChanges, notifyWithin: timeTarget(maintenance.emergencyChanges.notifyWithin) } }),
      },
    }),
  } as Agreement;
}

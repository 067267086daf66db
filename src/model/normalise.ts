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

export function normaliseCalendar(calendar: Doc.Calendar): Calendar {
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
    calendars: (document.calendars ?? []).map(normaliseCalendar),
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

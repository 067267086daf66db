import type * as Doc from '../generated/agreement-document.js';
import { DEFAULT_LOCALE, type Agreement, type Calendar, type CalendarHoliday, type ServiceTier, type TimeTarget, type WorkingWindow } from './agreement.js';
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
  const weekly: WorkingWindow[][] = Array.from({ length: 8 }, () => []);
  const alwaysOpen = calendar.hours === '24x7';
  if (calendar.hours !== '24x7') {
    for (const week of calendar.hours) {
      for (const day of week.days) weekly[WEEKDAYS.indexOf(day) + 1]!.push(...windows(week.open));
    }
    for (const day of weekly) day.sort((a, b) => a.start - b.start);
  }
  const holidays = new Map<string, CalendarHoliday>();
  for (const holiday of calendar.holidays ?? []) holidays.set(holiday.date, { date: holiday.date, name: holiday.name, open: windows(holiday.open) });
  return { id: calendar.id, name: calendar.name, timezone: calendar.timezone, alwaysOpen, weekly, holidays };
}

function normaliseTier(tier: Doc.ServiceTier): ServiceTier {
  const targets: ServiceTier['targets'] = {};
  for (const [severity, target] of Object.entries(tier.targets)) {
    targets[severity] = {
      response: timeTarget(target.response),
      ...(target.update && { update: { every: duration(target.update.every), calendar: target.update.calendar } }),
      ...(target.resolution && { resolution: { ...target.resolution, within: duration(target.resolution.within) } }),
    };
  }
  return { ...tier, targets };
}

/** Builds the model every command uses from a document that passed schema and semantic validation. */
export function normaliseAgreement(document: Doc.AgreementDocument): Agreement {
  const { changeOrders, monitoring, maintenance } = document;
  return {
    ...document,
    locale: document.locale ?? DEFAULT_LOCALE,
    serviceTier: document.serviceTier ?? document.tiers[0].id,
    calendars: document.calendars.map(normaliseCalendar),
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

/**
 * The data a contract template sees. Every field is always present (null, false or [] when the agreement does
 * not say), so Handlebars strict mode can tell a misspelt field from an absent one. Values are plain text here;
 * `renderMarkdown` escapes every string before the template runs. The shape is documented in docs/render.md.
 */
import type * as Doc from '../generated/agreement-document.js';
import type { Agreement, Calendar, Contact, Duration, Party, SeverityTargets } from '../model/agreement.js';
import { windowText, WEEKDAYS } from '../model/calendar-hours.js';
import { parseWindow } from '../model/calendar-hours.js';
import { downtimeBudgets, downtimeInWords, type MeasurementWindow, type MonthConvention } from '../clock/budget.js';
import { label, LABELS } from './labels.js';
import {
  calendarHoursShort, dateWords, durationWithCalendar, durationWords, listWords, moneyWords, percentWords, plural, weeklyHours,
  type WeeklyHours,
} from './words.js';

export interface ContactView {
  party: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  roles: string | null;
}

export interface PartyView {
  name: string;
  legalName: string;
  /** Legal name when given, else the name. */
  displayName: string;
  /** True when the legal name differs from the short name, so the contract introduces both. */
  hasShortName: boolean;
  address: string | null;
}

export interface TimeView {
  /** `4 business hours` / `1 hour`. */
  words: string;
  /** `4 business hours (Mon–Fri 09:00–17:00 Europe/Berlin)` / `1 hour, 24×7`. */
  withCalendar: string;
  /** For tables that have no calendar column: `1 hour, 24×7`, or the words plus the calendar's name when several business calendars exist. */
  short: string;
  /** For intervals: `every business day`, `every 2 hours` (no `1` before a single unit). */
  every: string;
  /** `every hour, 24×7`; the counterpart of `short`. */
  everyShort: string;
  calendar: string;
}

export interface SeverityRowView {
  id: string;
  level: number;
  name: string;
  definition: string | null;
  businessImpact: string | null;
  examples: string[];
  response: TimeView | null;
  update: TimeView | null;
  resolution: TimeView | null;
  resolutionKind: 'objective' | 'workaround' | null;
  resolutionNote: string | null;
  /** The calendar all of this level's targets run on, or null when they differ (then each cell names its own). */
  sharedCalendar: string | null;
}

export interface ContractView {
  document: {
    id: string; title: string; version: string; status: string; statusLabel: string; isDraft: boolean;
    locale: string; effectiveDate: string; effectiveDateText: string;
  };
  term: {
    initialMonths: number; initialText: string; renewal: 'automatic' | 'by-agreement' | 'none';
    renewalText: string | null; noticeText: string | null;
  } | null;
  provider: PartyView;
  client: PartyView;
  contacts: ContactView[];
  tier: TierView;
  hasDefinition: { responseTime: boolean; resolutionTarget: boolean; updateCadence: boolean; businessHours: boolean; businessDay: boolean; severityLevel: boolean; changeOrder: boolean };
  definitions: { term: string; meaning: string }[];
  services: {
    id: string; name: string; description: string | null; environment: string | null;
    /** True when there is more to say than the name: a description, environment, components or dependencies. */
    hasDetails: boolean;
    components: { name: string; description: string | null }[];
    dependencies: { name: string; kind: string; ownedBy: string | null; description: string | null }[];
  }[];
  hasDependencies: boolean;
  /** True when some service has details, so each service gets its own subsection rather than a line in a list. */
  servicesHaveDetails: boolean;
  /** True when some calendar has business hours (not 24×7), so the contract defines business hours and days. */
  hasBusinessCalendar: boolean;
  /** True when some work is quoted separately: change-order rules exist or a request type is a change order. */
  hasChangeOrders: boolean;
  scope: { included: { category: string; label: string; description: string }[]; excluded: { category: string; label: string; description: string }[] } | null;
  requestTypes: { id: string; name: string; category: string; categoryLabel: string; coverage: string; coverageText: string; description: string | null }[];
  changeOrders: {
    threshold: string | null; thresholdHours: number | null; evaluation: string | null; estimateWithin: TimeView | null; rate: string | null;
  } | null;
  calendars: {
    id: string; name: string; timezone: string; alwaysOpen: boolean; hoursText: string; weekly: WeeklyHours[];
    holidays: { date: string; dateText: string; name: string; hoursText: string }[];
    usedByTier: boolean;
  }[];
  severityLevels: SeverityRowView[];
  resolutionNotes: { severity: string; note: string }[];
  channels: { id: string; type: string; typeLabel: string; address: string; severities: string; hours: string | null; description: string | null }[];
  escalation: { step: number; name: string; title: string | null; email: string | null; phone: string | null; when: string }[];
  clientResponsibilities: { category: string; label: string; description: string }[];
  monitoring: {
    reviewFrequency: string | null;
    metrics: { id: string; name: string; category: string; description: string | null; threshold: string | null }[];
    reports: { name: string; frequency: string; deliveredWithin: TimeView | null; contents: string[] }[];
    proactiveOutreach: { trigger: string; metric: string | null; within: TimeView | null }[];
  } | null;
  maintenance: {
    windows: { days: string; hours: string; timezone: string }[];
    notice: TimeView | null;
    approval: { required: boolean; approver: string | null; description: string | null } | null;
    testing: { required: boolean; description: string | null; evaluationSet: { name: string; size: number | null; passCriterion: string } | null } | null;
    emergencyChanges: { description: string; notifyWithin: TimeView | null } | null;
  } | null;
  tiers: TierView[];
  /** Which rows the tier comparison needs: a row is left out when no tier has a value for it. */
  tiersHave: { description: boolean; criticality: boolean; supportHours: boolean; reporting: boolean; proactiveOptimisation: boolean; price: boolean };
  /** Response and resolution rows of the tier comparison, one cell per tier; rows without any target are left out. */
  tierTargetRows: { label: string; cells: string[] }[];
  availability: {
    target: number; targetText: string; window: string; convention: string; downtimeText: string;
    measurement: string | null; exclusions: string[]; serviceCredits: { belowText: string; creditText: string }[];
  } | null;
  review: {
    frequency: string; topics: { category: string; label: string; description: string }[]; participants: string[];
  } | null;
  signatures: { party: string; partyName: string; name: string; title: string }[];
}

export interface TierView {
  id: string; name: string; description: string | null; isClientTier: boolean; criticality: string | null;
  supportHours: string | null; reporting: string | null; proactiveOptimisation: string | null; proactiveDescription: string | null;
  price: string | null;
  targets: { severity: string; response: string; resolution: string }[];
}

const DASH = '—';

function party(value: Party): PartyView {
  const legalName = value.legalName ?? value.name;
  return { name: value.name, legalName, displayName: legalName, hasShortName: legalName !== value.name, address: value.address ?? null };
}

function contact(value: Contact, partyLabel: string): ContactView {
  const roles = (value.roles ?? []).map((role) => label(LABELS.role, role)!);
  return {
    party: partyLabel, name: value.name, title: value.title ?? null, email: value.email ?? null, phone: value.phone ?? null,
    roles: roles.length ? roles.join(', ') : null,
  };
}

function daysText(days: Doc.Weekday[]): string {
  const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return days.map((d) => names[WEEKDAYS.indexOf(d)]!).join(', ');
}

/** Builds the template's view of an agreement. */
export function buildContractView(agreement: Agreement): ContractView {
  const { locale } = agreement;
  const calendars = new Map(agreement.calendars.map((c) => [c.id, c]));
  const businessCalendars = agreement.calendars.filter((c) => !c.alwaysOpen).length;
  const fallbackCalendar = (id: string): Calendar => ({
    id, name: id, timezone: 'UTC', timezones: ['UTC'], alwaysOpen: false, hoursUnstated: false, weekly: [], holidays: new Map(), recurringHolidays: [], holidaySets: [], holidayFiles: [],
  });
  const calendarOf = (id: string) => calendars.get(id) ?? fallbackCalendar(id);
  const time = (duration: Duration, calendarId: string): TimeView => {
    const calendar = calendarOf(calendarId);
    const words = durationWords(duration, calendar);
    const suffix = calendar.alwaysOpen ? ', 24×7' : businessCalendars > 1 ? ` (${calendar.name})` : '';
    const every = `every ${words.replace(/^1 (?!.* and )/, '')}`;
    return { words, withCalendar: durationWithCalendar(duration, calendar), short: words + suffix, every, everyShort: every + suffix, calendar: calendar.name };
  };
  const optionalTime = (target: { within: Duration; calendar: string } | undefined) => (target ? time(target.within, target.calendar) : null);
  const severityName = new Map(agreement.severityLevels.map((s) => [s.id, s.name]));
  const clientTier = agreement.tiers.find((t) => t.id === agreement.serviceTier) ?? agreement.tiers[0]!;
  const severities = [...agreement.severityLevels].sort((a, b) => a.level - b.level);

  const tierView = (tier: Agreement['tiers'][number]): TierView => {
    const optimisation = tier.proactiveOptimisation;
    return {
      id: tier.id, name: tier.name, description: tier.description ?? null, isClientTier: tier.id === clientTier.id,
      criticality: label(LABELS.criticality, tier.businessCriticality),
      supportHours: tier.supportHours ? calendarOf(tier.supportHours).name : null,
      reporting: tier.reporting ? label(LABELS.frequency, tier.reporting) : null,
      proactiveOptimisation: optimisation ? (optimisation.included ? 'Included' : 'Not included') : null,
      proactiveDescription: optimisation?.included ? (optimisation.description ?? null) : null,
      price: tier.price ? moneyWords(tier.price, locale) : null,
      targets: severities.map((severity) => {
        const targets = tier.targets[severity.id];
        return {
          severity: severity.name,
          response: targets ? time(targets.response.within, targets.response.calendar).short : DASH,
          resolution: targets?.resolution ? time(targets.resolution.within, targets.resolution.calendar).short : DASH,
        };
      }),
    };
  };

  const severityRow = (severity: Agreement['severityLevels'][number]): SeverityRowView => {
    const targets: SeverityTargets | undefined = clientTier.targets[severity.id];
    const used = [targets?.response.calendar, targets?.update?.calendar, targets?.resolution?.calendar].filter((c): c is string => Boolean(c));
    const shared = used.length > 0 && used.every((c) => c === used[0]) ? calendarOf(used[0]!).name : null;
    return {
      id: severity.id, level: severity.level, name: severity.name,
      definition: severity.definition ?? null, businessImpact: severity.businessImpact ?? null, examples: severity.examples ?? [],
      response: optionalTime(targets?.response),
      update: targets?.update ? time(targets.update.every, targets.update.calendar) : null,
      resolution: optionalTime(targets?.resolution),
      resolutionKind: targets?.resolution?.kind ?? null,
      resolutionNote: targets?.resolution?.description ?? null,
      sharedCalendar: shared,
    };
  };
  const severityLevels = severities.map(severityRow);
  const tierViews = agreement.tiers.map(tierView);

  const defined = new Set((agreement.definitions ?? []).map((d) => d.term.trim().toLowerCase()));
  const has = (...terms: string[]) => terms.some((t) => defined.has(t));
  const { term, parties, scope, changeOrders, monitoring, maintenance, availability, review } = agreement;

  return {
    document: {
      id: agreement.id, title: agreement.title, version: agreement.version, status: agreement.status,
      statusLabel: LABELS.status[agreement.status], isDraft: agreement.status === 'draft', locale,
      effectiveDate: agreement.effectiveDate, effectiveDateText: dateWords(agreement.effectiveDate, locale),
    },
    term: term
      ? {
          initialMonths: term.initialMonths, initialText: plural(term.initialMonths, 'month'), renewal: term.renewal,
          renewalText: term.renewalMonths ? plural(term.renewalMonths, 'month') : null,
          noticeText: term.noticeDays !== undefined ? plural(term.noticeDays, 'day') : null,
        }
      : null,
    provider: party(parties.provider),
    client: party(parties.client),
    contacts: [
      ...(parties.provider.contacts ?? []).map((c) => contact(c, LABELS.party.provider)),
      ...(parties.client.contacts ?? []).map((c) => contact(c, LABELS.party.client)),
    ],
    tier: tierView(clientTier),
    hasDefinition: {
      responseTime: has('response time', 'response'),
      resolutionTarget: has('resolution target', 'resolution time', 'resolution'),
      updateCadence: has('update cadence', 'update interval', 'update'),
      businessHours: has('business hours', 'support hours'),
      businessDay: has('business day', 'working day'),
      severityLevel: has('severity level', 'severity'),
      changeOrder: has('change order'),
    },
    definitions: (agreement.definitions ?? []).map((d) => ({ term: d.term, meaning: d.meaning })),
    services: agreement.services.map((service) => ({
      id: service.id, name: service.name, description: service.description ?? null,
      environment: label(LABELS.environment, service.environment),
      hasDetails: Boolean(service.description || service.environment || service.components?.length || service.dependencies?.length),
      components: (service.components ?? []).map((c) => ({ name: c.name, description: c.description ?? null })),
      dependencies: (service.dependencies ?? []).map((d) => ({
        name: d.name, kind: label(LABELS.dependencyKind, d.kind)!, ownedBy: label(LABELS.ownedBy, d.ownedBy), description: d.description ?? null,
      })),
    })),
    hasDependencies: agreement.services.some((s) => (s.dependencies ?? []).length > 0),
    servicesHaveDetails: agreement.services.some((s) => Boolean(s.description || s.environment || s.components?.length || s.dependencies?.length)),
    hasBusinessCalendar: agreement.calendars.some((c) => !c.alwaysOpen),
    hasChangeOrders: Boolean(changeOrders) || (agreement.requestTypes ?? []).some((r) => r.coverage === 'change-order'),
    scope: scope && ((scope.included ?? []).length > 0 || (scope.excluded ?? []).length > 0)
      ? {
          included: (scope.included ?? []).map((w) => ({ category: w.category, label: label(LABELS.included, w.category)!, description: w.description })),
          excluded: (scope.excluded ?? []).map((w) => ({ category: w.category, label: label(LABELS.excluded, w.category)!, description: w.description })),
        }
      : null,
    requestTypes: (agreement.requestTypes ?? []).map((request) => ({
      id: request.id, name: request.name, category: request.category, categoryLabel: label(LABELS.requestCategory, request.category)!,
      coverage: request.coverage,
      coverageText: request.coverage === 'included' ? 'Included'
        : request.coverage === 'change-order' ? 'Change order'
        : request.cap ? `Included up to ${plural(request.cap.hours, 'hour')} per ${request.cap.per}; further work is a change order` : 'Included up to a cap',
      description: request.description ?? null,
    })),
    changeOrders: changeOrders
      ? {
          threshold: changeOrders.threshold ?? null, thresholdHours: changeOrders.thresholdHours ?? null,
          evaluation: changeOrders.evaluation ?? null, estimateWithin: optionalTime(changeOrders.estimateWithin),
          rate: changeOrders.rate ? moneyWords(changeOrders.rate, locale) : null,
        }
      : null,
    calendars: agreement.calendars.map((calendar) => ({
      id: calendar.id, name: calendar.name, timezone: calendar.timezone, alwaysOpen: calendar.alwaysOpen,
      hoursText: calendarHoursShort(calendar), weekly: weeklyHours(calendar),
      holidays: calendar.alwaysOpen ? [] : [...calendar.holidays.values()].sort((a, b) => a.date.localeCompare(b.date)).map((h) => ({
        date: h.date, dateText: dateWords(h.date, locale, { weekday: true }), name: h.name,
        hoursText: h.open.length ? `Open ${listWords(h.open.map(windowText), locale)} only` : 'Closed',
      })),
      usedByTier: clientTier.supportHours === calendar.id,
    })),
    severityLevels,
    resolutionNotes: severityLevels.filter((s) => s.resolutionNote).map((s) => ({ severity: s.name, note: s.resolutionNote! })),
    channels: agreement.channels.map((channel) => ({
      id: channel.id, type: channel.type, typeLabel: label(LABELS.channelType, channel.type)!, address: channel.address,
      severities: channel.severities?.length ? listWords(channel.severities.map((id) => severityName.get(id) ?? id), locale) : 'All',
      hours: channel.hours ? calendarOf(channel.hours).name : null,
      description: channel.description ?? null,
    })),
    escalation: [...(agreement.escalation ?? [])].sort((a, b) => a.step - b.step).map((step) => ({
      step: step.step, name: step.contact.name, title: step.contact.title ?? null, email: step.contact.email ?? null,
      phone: step.contact.phone ?? null, when: step.when,
    })),
    clientResponsibilities: (agreement.clientResponsibilities ?? []).map((r) => ({
      category: r.category, label: label(LABELS.responsibility, r.category)!, description: r.description,
    })),
    monitoring: monitoring
      ? {
          reviewFrequency: monitoring.reviewFrequency ? label(LABELS.frequency, monitoring.reviewFrequency) : null,
          metrics: (monitoring.metrics ?? []).map((m) => ({
            id: m.id, name: m.name, category: label(LABELS.metricCategory, m.category)!, description: m.description ?? null, threshold: m.threshold ?? null,
          })),
          reports: (monitoring.reports ?? []).map((r) => ({
            name: r.name, frequency: label(LABELS.frequency, r.frequency)!, deliveredWithin: optionalTime(r.deliveredWithin), contents: r.contents ?? [],
          })),
          proactiveOutreach: (monitoring.proactiveOutreach ?? []).map((o) => ({
            trigger: o.trigger,
            metric: o.metric ? (monitoring.metrics ?? []).find((m) => m.id === o.metric)?.name ?? o.metric : null,
            within: optionalTime(o.within),
          })),
        }
      : null,
    maintenance: maintenance
      ? {
          windows: (maintenance.windows ?? []).map((w) => ({
            days: daysText(w.days),
            hours: listWords(w.open.map((text) => { const parsed = parseWindow(text); return parsed ? windowText(parsed) : text; }), locale),
            timezone: w.timezone,
          })),
          notice: optionalTime(maintenance.notice),
          approval: maintenance.approval
            ? { required: maintenance.approval.required, approver: maintenance.approval.approver ?? null, description: maintenance.approval.description ?? null }
            : null,
          testing: maintenance.testing
            ? {
                required: maintenance.testing.required, description: maintenance.testing.description ?? null,
                evaluationSet: maintenance.testing.evaluationSet
                  ? { name: maintenance.testing.evaluationSet.name, size: maintenance.testing.evaluationSet.size ?? null, passCriterion: maintenance.testing.evaluationSet.passCriterion }
                  : null,
              }
            : null,
          emergencyChanges: maintenance.emergencyChanges
            ? { description: maintenance.emergencyChanges.description, notifyWithin: optionalTime(maintenance.emergencyChanges.notifyWithin) }
            : null,
        }
      : null,
    tiers: tierViews,
    tiersHave: {
      description: tierViews.some((t) => t.description), criticality: tierViews.some((t) => t.criticality),
      supportHours: tierViews.some((t) => t.supportHours), reporting: tierViews.some((t) => t.reporting),
      proactiveOptimisation: tierViews.some((t) => t.proactiveOptimisation), price: tierViews.some((t) => t.price),
    },
    tierTargetRows: (['response', 'resolution'] as const).flatMap((kind) => severities.map((severity, index) => ({
      label: `${kind === 'response' ? 'Response' : 'Resolution target'}: ${severity.name}`,
      cells: tierViews.map((tier) => tier.targets[index]![kind]),
    }))).filter((row) => row.cells.some((cell) => cell !== DASH)),
    availability: availability ? availabilityView(availability, locale) : null,
    review: review
      ? {
          frequency: label(LABELS.frequency, review.frequency)!,
          topics: (review.topics ?? []).map((t) => ({ category: t.category, label: label(LABELS.reviewTopic, t.category)!, description: t.description })),
          participants: review.participants ?? [],
        }
      : null,
    signatures: signatureRows(agreement),
  };
}

function availabilityView(availability: Doc.Availability, locale: string): NonNullable<ContractView['availability']> {
  const window = availability.measurementWindow as MeasurementWindow;
  const convention = (availability.monthConvention ?? '30d') as MonthConvention;
  // The same budgets `sla budget` prints, so the contract and the tool never disagree.
  const allowed = downtimeBudgets(availability.target, window, convention).map((b) => b.allowedMinutes);
  const [least, most] = [Math.min(...allowed), Math.max(...allowed)];
  const conventionText = convention === '730h' ? 'an average month of 730 hours' : convention === 'calendar' ? 'the calendar month' : 'a month of 30 days';
  const downtimeText = least === most ? downtimeInWords(least) : `between ${downtimeInWords(least)} and ${downtimeInWords(most)}`;
  return {
    target: availability.target, targetText: percentWords(availability.target, locale), window, convention: conventionText, downtimeText,
    measurement: availability.measurement ?? null, exclusions: availability.exclusions ?? [],
    serviceCredits: [...(availability.serviceCredits ?? [])].sort((a, b) => b.below - a.below).map((c) => ({
      belowText: `Below ${percentWords(c.below, locale)}`, creditText: percentWords(c.creditPercent, locale),
    })),
  };
}

/** The signatures the agreement lists, or one blank line for each party so the document can still be signed. */
function signatureRows(agreement: Agreement): ContractView['signatures'] {
  const partyName = (which: 'provider' | 'client') => agreement.parties[which].legalName ?? agreement.parties[which].name;
  const listed = agreement.signatures ?? [];
  const rows = listed.length ? listed : [{ party: 'provider' as const }, { party: 'client' as const }];
  return rows.map((s) => ({ party: LABELS.party[s.party], partyName: partyName(s.party), name: s.name ?? '', title: s.title ?? '' }));
}

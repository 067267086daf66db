/**
 * The data a contract template sees. Every field is always present (null, false or [] when the agreement does
 * not say), so Handlebars strict mode can tell a misspelt field from an absent one. Values are plain text here;
 * `renderMarkdown` escapes every string before the template runs. The shape is documented in docs/render.md.
 */
import type * as Doc from '../generated/agreement-document.js';
import {
  UNSTATED, type Agreement, type Calendar, type Contact, type Duration, type Firmness, type Party, type RecurringHoliday, type ResolutionTarget,
  type ResponseTarget, type ServiceTier, type SeverityTargets, type TargetGap, type TargetTime, type WorkingWindow,
} from '../model/agreement.js';
import { WEEKDAYS } from '../model/calendar-hours.js';
import { parseWindow } from '../model/calendar-hours.js';
import { downtimeBudgets, MONTH_CONVENTIONS, type MeasurementWindow, type MonthConvention } from '../clock/budget.js';
import { label, labels, type LabelSet } from './labels.js';
import { translator } from '../i18n/catalog.js';
import { buildSummary, elapsedWords, type SummaryView } from './summary.js';
import {
  calendarHoursShort, capitalise, dateWords, dayName, durationWithCalendar, durationWords, listWords, moneyWords, monthName, percentWords,
  timezoneIanaWords, timezoneWords, weeklyHours, windowWords, zoneWords, type WeeklyHours,
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
  /** `4 business hours (Mon–Fri 09:00–17:00 Berlin time)` / `1 hour, 24×7`. */
  withCalendar: string;
  /** For tables that have no calendar column: `1 hour, 24×7`, or the words plus the calendar's name when several business calendars exist. */
  short: string;
  /** For intervals: `every business day`, `every 2 hours` (no `1` before a single unit). */
  every: string;
  /** `every hour, 24×7`; the counterpart of `short`. */
  everyShort: string;
  calendar: string;
}

/**
 * A response, update or resolution target as the document states it: a time, a range, a named deadline, or what
 * the document says instead (`Not stated`, `Not offered`). `text` is the whole table cell.
 */
export interface TargetView {
  /** The cell for a table with a calendar column: `4 business hours`, `1–2 business days`, `By the next business day`, `Not stated`. */
  words: string;
  /** The cell for a table without a calendar column (adds `, 24×7` or the calendar's name). */
  short: string;
  /** `4 business hours (Mon–Fri 09:00–17:00 Berlin time)` / `1 hour, 24×7`: the words with the calendar's hours. */
  withCalendar: string;
  /** `words` with every qualification the data carries: firmness (when not stated once for the whole table), fix or workaround, clock start, outside-hours target. */
  text: string;
  /** `text` built on `short`. */
  shortText: string;
  /** `unstated` or `not-offered` when the document gives no time; else null. */
  gap: 'unstated' | 'not-offered' | null;
  firmness: string | null;
  /** `commitment`, `objective`, `commercially reasonable efforts`, `best effort`. */
  firmnessText: string | null;
  /** `Raised outside Office hours: by the next business day`. */
  outsideHours: string | null;
  calendar: string | null;
}

export interface SeverityRowView {
  id: string;
  level: number;
  name: string;
  definition: string | null;
  businessImpact: string | null;
  examples: string[];
  /** True when the client's tier says it does not cover this level. */
  notOffered: boolean;
  /** `Enterprise tier only`, or null when the level applies to every tier and service. */
  appliesTo: string | null;
  response: TargetView | null;
  update: TargetView | null;
  resolution: TargetView | null;
  resolutionKind: 'objective' | 'workaround' | null;
  resolutionNote: string | null;
  /** The calendar all of this level's targets run on, or null when they differ (then each cell names its own). */
  sharedCalendar: string | null;
}

export interface ContractView {
  document: {
    id: string; title: string; version: string | null; status: string | null; statusLabel: string | null; isDraft: boolean;
    /** True for a published support policy (`kind: SupportPolicy`): no client, a menu of tiers. */
    isPolicy: boolean;
    /** `Agreement` or `Policy`: what the document calls itself. */
    noun: string;
    /** `Client` in an agreement, `Customer` in a policy: what the document calls the party it supports. */
    clientNoun: string;
    locale: string; effectiveDate: string | null; effectiveDateText: string | null; lastUpdated: string | null; lastUpdatedText: string | null;
  };
  term: {
    initialMonths: number; initialText: string; renewal: 'automatic' | 'by-agreement' | 'none';
    renewalText: string | null; noticeText: string | null;
  } | null;
  /** Notice the provider gives of changes to the document. */
  amendments: { noticeText: string | null; description: string | null } | null;
  contractFrame: { masterAgreement: string | null; precedence: string[]; governingLaw: string | null; jurisdiction: string | null } | null;
  provider: PartyView;
  /** Null in a published policy, which names no client. */
  client: PartyView | null;
  contacts: ContactView[];
  /** The client's tier; null in a published policy. */
  tier: TierView | null;
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
  /** True when some work is quoted separately: change-order rules exist or a request type is a change order. */
  hasChangeOrders: boolean;
  scope: { included: { category: string; label: string; description: string }[]; excluded: { category: string; label: string; description: string }[] } | null;
  requestTypes: {
    id: string; name: string; category: string; categoryLabel: string; coverage: string; coverageText: string; description: string | null;
    response: TargetView | null;
  }[];
  /** True when some request type has a response target of its own. */
  requestTypesHaveResponse: boolean;
  changeOrders: {
    threshold: string | null; thresholdHours: number | null;
    /** True when `thresholdHours` is not already written in `threshold` ("more than 6 hours"), so the contract states it. */
    thresholdHoursUnwritten: boolean;
    evaluation: string | null; estimateWithin: TimeView | null; rate: string | null;
  } | null;
  fees: { for: string; forLabel: string; rate: string | null; description: string | null }[];
  calendars: {
    /** `timezone`, `timezones`: the IANA names; `timezoneText`: the zones as a client reads them, `Berlin time (CET/CEST)`. */
    id: string; name: string; timezone: string; timezoneText: string; timezones: string[];
    /** The IANA names, on record once in the contract (at the first calendar that uses each zone); null when there is none to add. */
    timezoneIana: string | null;
    alwaysOpen: boolean;
    /** `hoursText`: `Mon–Fri 09:00–17:00 Berlin time` (the zone without its detail: the text often goes in parentheses). */
    hoursUnstated: boolean; description: string | null; hoursText: string; weekly: WeeklyHours[];
    /** When the weekly hours name zones of their own: each zone's hours (else empty, and `weekly` says it all). */
    zoneWeekly: { timezone: string; timezoneText: string; weekly: WeeklyHours[] }[];
    holidays: { date: string; dateText: string; name: string; hoursText: string }[];
    /** Holidays that recur every year: `25 December every year; on a weekend, the nearest weekday`. */
    recurringHolidays: { name: string; when: string; hoursText: string }[];
    /** `public holidays in the United States (federal)`. */
    holidaySets: string[];
    holidayFiles: string[];
    /** `the holidays of the Provider’s location`. */
    holidaysOf: string | null;
    holidaysDescription: string | null;
    hasHolidays: boolean;
    usedByTier: boolean;
  }[];
  severityLevels: SeverityRowView[];
  /** Which columns the targets table has (a column no level fills is left out), and whether any shown cell is a dash. */
  severityColumns: { response: boolean; update: boolean; resolution: boolean; calendar: boolean; dashes: boolean };
  /** Sentences about how firm the targets are, when every target of a kind in the table says the same; else null (each cell says its own). */
  firmness: { response: string | null; update: string | null; resolution: string | null };
  resolutionNotes: { severity: string; note: string }[];
  severityAssignment: {
    assignedBy: string | null; assignedByText: string | null; description: string | null;
    matrix: { urgencies: string[]; rows: { impact: string; levels: string[] }[] } | null;
    reclassification: string | null; disputes: string | null;
  } | null;
  channels: {
    id: string; type: string; typeLabel: string; address: string | null; severities: string; hours: string | null; description: string | null;
    tiers: string | null; countsForTargets: boolean;
  }[];
  channelsHaveTiers: boolean;
  escalation: { step: number; name: string; title: string | null; email: string | null; phone: string | null; when: string }[];
  /** `appliesTo`: `Enterprise tier only`, `GitLab.com only`, or null when it applies to all. */
  clientResponsibilities: { category: string; label: string; description: string; appliesTo: string | null }[];
  excusedDelays: string[];
  monitoring: {
    reviewFrequency: string | null;
    metrics: { id: string; name: string; category: string; description: string | null; threshold: string | null }[];
    reports: { name: string; frequency: string; deliveredWithin: TimeView | null; contents: string[] }[];
    proactiveOutreach: { trigger: string; metric: string | null; within: TimeView | null }[];
  } | null;
  maintenance: {
    /** `hours` on the locale's clock; `timezone` the IANA name, `timezoneText` as a client reads it: `Berlin time (CET/CEST)`. */
    windows: { days: string; hours: string; timezone: string; timezoneText: string }[];
    notice: TimeView | null;
    approval: { required: boolean; approver: string | null; description: string | null } | null;
    testing: { required: boolean; description: string | null; evaluationSet: { name: string; size: number | null; passCriterion: string } | null } | null;
    emergencyChanges: { description: string; notifyWithin: TimeView | null } | null;
  } | null;
  /** The tiers the contract shows: every tier offered when it compares them, else only the client's. */
  tiers: TierView[];
  /** True when the contract compares several tiers side by side (a policy, `presentation.tierComparison`, `--all-tiers`). */
  tierComparison: boolean;
  /** Which rows the tier comparison needs: a row is left out when no tier has a value for it. */
  tiersHave: { description: boolean; services: boolean; criticality: boolean; supportHours: boolean; reporting: boolean; proactiveOptimisation: boolean; price: boolean };
  /** Response, update and resolution rows of the tier comparison, one cell per tier; rows without any target are left out. */
  tierTargetRows: { label: string; cells: string[] }[];
  /** Firmness sentences for the tier comparison, when every target of a kind in it says the same. */
  tierFirmness: { response: string | null; update: string | null; resolution: string | null };
  availability: {
    target: number | null; targetText: string | null;
    /** `month`, `quarter` or `year`; null when the document does not state the period. */
    window: string | null;
    convention: string | null; downtimeText: string | null;
    /** The measurement window, or `period` when the document does not state one: for sentences about credits. */
    creditPeriod: string;
    /** A sentence on how firm the target is, e.g. `The Provider uses commercially reasonable efforts to meet this target.` */
    firmnessText: string | null;
    services: string | null; scope: string | null;
    measurement: string | null; exclusions: string[]; serviceCredits: { belowText: string; creditText: string }[];
    creditBasis: string | null;
    creditTerms: {
      cumulative: boolean | null; capText: string | null; capPer: string | null; claimWindow: string | null; claimProcedure: string | null;
      soleRemedy: boolean; forfeiture: string | null;
    } | null;
  } | null;
  review: {
    frequency: string; topics: { category: string; label: string; description: string }[]; participants: string[];
  } | null;
  signatures: { party: string; partyName: string; name: string; title: string; place: string }[];
  /** "Your support at a glance" (src/render/summary.ts), or null when the agreement leaves it out. */
  summary: SummaryView | null;
  /** The document's `x-` fields by name, for custom templates: `{{lookup extensions "x-crm-account"}}`. */
  extensions: Record<string, unknown>;
}

export interface TierView {
  id: string; name: string; description: string | null;
  /** The services the tier is offered for, or null when it is offered for all. */
  services: string | null;
  isClientTier: boolean; criticality: string | null;
  supportHours: string | null; reporting: string | null; proactiveOptimisation: string | null; proactiveDescription: string | null;
  price: string | null;
  targets: { severity: string; response: string; update: string; resolution: string }[];
}

const DASH = '—';

function party(value: Party): PartyView {
  const legalName = value.legalName ?? value.name;
  return { name: value.name, legalName, displayName: legalName, hasShortName: legalName !== value.name, address: value.address ?? null };
}

function contact(value: Contact, partyLabel: string, L: LabelSet): ContactView {
  const roles = (value.roles ?? []).map((role) => label(L.role, role)!);
  return {
    party: partyLabel, name: value.name, title: value.title ?? null, email: value.email ?? null, phone: value.phone ?? null,
    roles: roles.length ? roles.join(', ') : null,
  };
}

function daysText(days: Doc.Weekday[], locale: string): string {
  return days.map((d) => dayName(WEEKDAYS.indexOf(d) + 1, locale)).join(', ');
}

/** The catalog's message in the agreement's locale. */
function say(locale: string, key: string, args?: Record<string, string | number>): string {
  return translator(locale).t(key, args);
}

/**
 * `every business day`, `every 2 hours`, `every 1 hour and 30 minutes`: the interval in the locale's words, the
 * single unit without its `1` (a duration of several units keeps its count).
 */
function everyWords(duration: Duration, calendar: Pick<Calendar, 'alwaysOpen'>, locale: string): string {
  const hours = Math.floor(duration.minutes / 60);
  const minutes = duration.minutes % 60;
  const parts: [number, 'Day' | 'Hour' | 'Minute'][] = [];
  if (duration.days) parts.push([duration.days, 'Day']);
  if (hours) parts.push([hours, 'Hour']);
  if (minutes) parts.push([minutes, 'Minute']);
  if (parts.length !== 1) return say(locale, 'view.time.every', { unit: 'other', count: 0, duration: durationWords(duration, calendar, locale) });
  const [count, unit] = parts[0]!;
  return say(locale, 'view.time.every', { unit: calendar.alwaysOpen ? unit.toLowerCase() : `business${unit}`, count, duration: '' });
}

type TargetKind = 'response' | 'update' | 'resolution';

/** One firmness for every target of a kind that states one, and none that states none; else undefined. */
function uniformFirmness(targets: readonly (TargetView | null)[]): string | undefined {
  const stated = targets.filter((t): t is TargetView => t !== null && t.gap === null);
  if (stated.length === 0 || stated.some((t) => t.firmness === null)) return undefined;
  return stated.every((t) => t.firmness === stated[0]!.firmness) ? stated[0]!.firmness! : undefined;
}

/** Adds each cell's firmness to its text unless the table states one firmness for all of them. */
function withFirmness(targets: readonly (TargetView | null)[], uniform: string | undefined, locale: string): void {
  for (const target of targets) {
    if (!target || uniform || !target.firmnessText) continue;
    target.text = say(locale, 'view.target.withFirmness', { time: target.text, firmness: target.firmnessText });
    target.shortText = say(locale, 'view.target.withFirmness', { time: target.shortText, firmness: target.firmnessText });
  }
}

function firmnessSentences(rows: readonly Record<TargetKind, TargetView | null>[], L: LabelSet, locale: string): Record<TargetKind, string | null> {
  const sentence = (kind: TargetKind) => {
    const targets = rows.map((row) => row[kind]);
    const uniform = uniformFirmness(targets);
    withFirmness(targets, uniform, locale);
    return uniform ? L[`${kind}Firmness`][uniform as Firmness]! : null;
  };
  return { response: sentence('response'), update: sentence('update'), resolution: sentence('resolution') };
}

export interface ContractViewOptions {
  /** Compare every tier offered, with prices, even where the agreement's `presentation` does not ask for it. */
  allTiers?: boolean;
  /** Build the summary even where `presentation.summary: false` or a policy would leave it out (`--summary-only`). */
  summary?: boolean;
}

/** Builds the template's view of an agreement. */
export function buildContractView(agreement: Agreement, options: ContractViewOptions = {}): ContractView {
  if (typeof options !== 'object' || options === null) throw new TypeError('buildContractView: options must be an object');
  const { locale } = agreement;
  const L = labels(locale, { policy: agreement.isPolicy });
  const policy = agreement.isPolicy ? 'yes' : 'no';
  const months = (count: number) => say(locale, 'view.term.months', { count });
  const days = (count: number) => say(locale, 'words.duration.day', { count });
  const calendars = new Map(agreement.calendars.map((c) => [c.id, c]));
  const businessCalendars = agreement.calendars.filter((c) => !c.alwaysOpen).length;
  const fallbackCalendar = (id: string): Calendar => ({
    id, name: id, timezone: 'UTC', timezones: ['UTC'], alwaysOpen: false, hoursUnstated: false, weekly: [], holidays: new Map(), recurringHolidays: [], holidaySets: [], holidayFiles: [],
  });
  const calendarOf = (id: string) => calendars.get(id) ?? fallbackCalendar(id);
  /** A time in a table without a calendar column: `1 hour, 24×7`, or with the calendar's name when several business calendars exist. */
  const onCalendar = (words: string, calendar: Calendar): string => (calendar.alwaysOpen ? say(locale, 'words.duration.alwaysOpen', { duration: words })
    : businessCalendars > 1 ? say(locale, 'view.time.onCalendar', { time: words, calendar: calendar.name }) : words);
  const time = (duration: Duration, calendarId: string): TimeView => {
    const calendar = calendarOf(calendarId);
    const words = durationWords(duration, calendar, locale);
    const every = everyWords(duration, calendar, locale);
    return {
      words, withCalendar: durationWithCalendar(duration, calendar, locale), short: onCalendar(words, calendar), every, everyShort: onCalendar(every, calendar),
      calendar: calendar.name,
    };
  };
  const optionalTime = (target: { within: Duration; calendar: string } | undefined) => (target ? time(target.within, target.calendar) : null);

  /** The words of a target's time on its calendar, without qualifications: `4 business hours`, `1–2 business days`, `by the next business day`. */
  const timeWords = (target: TargetTime): { words: string; short: string; withCalendar: string; calendar: string | null } => {
    if (target.calendar === UNSTATED) {
      const words = say(locale, 'view.target.hoursUnstated', { time: target.by ? L.deadline[target.by]! : rangeWords(target, { alwaysOpen: true }, locale) });
      return { words, short: words, withCalendar: words, calendar: null };
    }
    const calendar = calendarOf(target.calendar);
    const words = target.by ? L.deadline[target.by]! : rangeWords(target, calendar, locale);
    const withCalendar = calendar.alwaysOpen ? say(locale, 'words.duration.alwaysOpen', { duration: words })
      : say(locale, 'words.duration.withHours', { duration: words, hours: calendarHoursShort(calendar, locale) });
    return { words, short: onCalendar(words, calendar), withCalendar, calendar: calendar.name };
  };
  const gapView = (gap: TargetGap): TargetView => {
    const words = L.gap[gap]!;
    return { words, short: words, withCalendar: words, text: words, shortText: words, gap, firmness: null, firmnessText: null, outsideHours: null, calendar: null };
  };
  const targetView = (target: ResponseTarget | ResolutionTarget | undefined, gap: TargetGap | undefined): TargetView | null => {
    if (!target) return gap ? gapView(gap) : null;
    const { words, short, withCalendar, calendar } = timeWords(target);
    let outsideHours: string | null = null;
    let outside = 'none';
    let outsideTime = '';
    if (target.outsideHours) {
      outside = calendarOf(target.outsideHours.hours).name;
      const { short: time } = timeWords(target.outsideHours);
      // Mid-sentence, a named deadline (`By the next business day`) starts in lower case.
      outsideTime = `${time.charAt(0).toLowerCase()}${time.slice(1)}`;
      outsideHours = say(locale, 'view.target.outsideHours', { hours: outside, time: outsideTime });
    }
    const qualified = (time: string) => say(locale, 'view.target.text', {
      time, workaround: 'kind' in target && target.kind === 'workaround' ? 'yes' : 'no', fromResponse: 'from' in target && target.from === 'response' ? 'yes' : 'no',
      outside, outsideTime,
    });
    return {
      words, short, withCalendar, text: qualified(words), shortText: qualified(short), gap: null,
      firmness: target.firmness ?? null, firmnessText: target.firmness ? L.firmness[target.firmness]! : null, outsideHours, calendar,
    };
  };
  const updateView = (update: SeverityTargets['update'], gap: TargetGap | undefined): TargetView | null => {
    if (!update) return gap ? gapView(gap) : null;
    if (update.calendar === UNSTATED) {
      const words = say(locale, 'view.target.hoursUnstated', { time: capitalise(everyWords(update.every, { alwaysOpen: true }, locale)) });
      return { words, short: words, withCalendar: words, text: words, shortText: words, gap: null, firmness: update.firmness ?? null, firmnessText: update.firmness ? L.firmness[update.firmness]! : null, outsideHours: null, calendar: null };
    }
    const view = time(update.every, update.calendar);
    const words = capitalise(view.every);
    const short = capitalise(view.everyShort);
    return {
      words, short, withCalendar: capitalise(calendarOf(update.calendar).alwaysOpen ? say(locale, 'words.duration.alwaysOpen', { duration: view.every })
        : say(locale, 'words.duration.withHours', { duration: view.every, hours: calendarHoursShort(calendarOf(update.calendar), locale) })),
      text: words, shortText: short, gap: null,
      firmness: update.firmness ?? null, firmnessText: update.firmness ? L.firmness[update.firmness]! : null, outsideHours: null, calendar: view.calendar,
    };
  };

  // A policy supports its customers, an agreement its client: fixed wording names the party the same way.
  const severityName = new Map(agreement.severityLevels.map((s) => [s.id, s.name]));
  /** `the Enterprise tier; GitLab.com`: what a level or duty is limited to. */
  const appliesTo = (item: { tiers?: string[]; services?: string[] }): string | null => {
    const tierNames = (item.tiers ?? []).map((id) => agreement.tiers.find((t) => t.id === id)?.name ?? id);
    const serviceNames = (item.services ?? []).map((id) => agreement.services.find((s) => s.id === id)?.name ?? id);
    if (!tierNames.length && !serviceNames.length) return null;
    return say(locale, 'view.appliesTo', { count: tierNames.length, tiers: listWords(tierNames, locale), services: serviceNames.length ? listWords(serviceNames, locale) : 'none' });
  };
  const clientTier = agreement.isPolicy ? undefined : agreement.tiers.find((t) => t.id === agreement.serviceTier) ?? agreement.tiers[0]!;
  const severities = [...agreement.severityLevels].sort((a, b) => a.level - b.level);

  const tierView = (tier: ServiceTier): TierView & { cells: Record<TargetKind, (TargetView | null)[]> } => {
    const optimisation = tier.proactiveOptimisation;
    const cells: Record<TargetKind, (TargetView | null)[]> = { response: [], update: [], resolution: [] };
    for (const severity of severities) {
      const targets = tier.targets[severity.id];
      const notOffered = tier.notOffered.includes(severity.id);
      cells.response.push(notOffered ? gapView('not-offered') : targetView(targets?.response, targets?.gaps.response));
      cells.update.push(notOffered ? null : updateView(targets?.update, targets?.gaps.update));
      cells.resolution.push(notOffered ? null : targetView(targets?.resolution, targets?.gaps.resolution));
    }
    return {
      id: tier.id, name: tier.name, description: tier.description ?? null, isClientTier: tier.id === clientTier?.id,
      services: tier.services?.length ? listWords(tier.services.map((id) => agreement.services.find((s) => s.id === id)?.name ?? id), locale) : null,
      criticality: label(L.criticality, tier.businessCriticality),
      supportHours: tier.supportHours ? calendarOf(tier.supportHours).name : null,
      reporting: tier.reporting ? label(L.frequency, tier.reporting) : null,
      proactiveOptimisation: optimisation ? say(locale, 'view.tiers.optimisation', { included: optimisation.included ? 'yes' : 'no' }) : null,
      proactiveDescription: optimisation?.included ? (optimisation.description ?? null) : null,
      price: tier.price ? moneyWords(tier.price, locale) : tier.priceDescription ?? null,
      targets: [],
      cells,
    };
  };

  const severityRow = (severity: Agreement['severityLevels'][number]): SeverityRowView => {
    const targets: SeverityTargets | undefined = clientTier?.targets[severity.id];
    const notOffered = clientTier?.notOffered.includes(severity.id) ?? false;
    const used = [targets?.response?.calendar, targets?.update?.calendar, targets?.resolution?.calendar].filter((c): c is string => Boolean(c) && c !== UNSTATED);
    const shared = used.length > 0 && used.every((c) => c === used[0]) ? calendarOf(used[0]!).name : null;
    return {
      id: severity.id, level: severity.level, name: severity.name,
      definition: severity.definition ?? null, businessImpact: severity.businessImpact ?? null, examples: severity.examples ?? [],
      notOffered,
      appliesTo: appliesTo(severity),
      response: notOffered ? gapView('not-offered') : targetView(targets?.response, targets?.gaps.response),
      update: notOffered ? null : updateView(targets?.update, targets?.gaps.update),
      resolution: notOffered ? null : targetView(targets?.resolution, targets?.gaps.resolution),
      resolutionKind: targets?.resolution?.kind ?? null,
      resolutionNote: targets?.resolution?.description ?? null,
      sharedCalendar: shared,
    };
  };
  const severityLevels = severities.map(severityRow);
  // The targets table has a column only for what some level states; a column of dashes tells the client nothing.
  const severityColumns = {
    response: severityLevels.some((s) => s.response), update: severityLevels.some((s) => s.update),
    resolution: severityLevels.some((s) => s.resolution), calendar: severityLevels.some((s) => s.sharedCalendar || s.response || s.update || s.resolution),
  };
  const dashes = severityLevels.some((s) => (severityColumns.response && !s.response) || (severityColumns.update && !s.update) || (severityColumns.resolution && !s.resolution));
  const firmness = firmnessSentences(severityLevels, L, locale);
  const tierViews = agreement.tiers.map(tierView);
  const tierFirmness = firmnessSentences(tierViews.flatMap((tier) => severities.map((_, i) => ({
    response: tier.cells.response[i]!, update: tier.cells.update[i]!, resolution: tier.cells.resolution[i]!,
  }))), L, locale);
  for (const tier of tierViews) {
    tier.targets = severities.map((severity, i) => ({
      severity: severity.name,
      response: tier.cells.response[i]?.shortText ?? DASH,
      update: tier.cells.update[i]?.shortText ?? DASH,
      resolution: tier.cells.resolution[i]?.shortText ?? DASH,
    }));
  }
  // A client sees the other tiers (and their prices) only when the provider asks for the comparison; a published
  // policy is the menu of tiers itself.
  const tierComparison = agreement.isPolicy || agreement.presentation?.tierComparison === true || options.allTiers === true;
  const tiers: TierView[] = tierViews.map(({ cells: _cells, ...tier }) => tier).filter((tier) => tierComparison || tier.isClientTier);
  const clientTierView = tiers.find((t) => t.isClientTier) ?? null;

  const { term, parties, scope, changeOrders, monitoring, maintenance, availability, review, contractFrame, severityAssignment } = agreement;

  const view: Omit<ContractView, 'summary'> = {
    document: {
      id: agreement.id, title: agreement.title, version: agreement.version ?? null, status: agreement.status ?? null,
      statusLabel: agreement.status ? L.status[agreement.status]! : null, isDraft: agreement.status === 'draft',
      isPolicy: agreement.isPolicy, noun: say(locale, 'view.document.noun', { policy }), clientNoun: say(locale, 'view.document.clientNoun', { policy }), locale,
      effectiveDate: agreement.effectiveDate ?? null, effectiveDateText: agreement.effectiveDate ? dateWords(agreement.effectiveDate, locale) : null,
      lastUpdated: agreement.lastUpdated ?? null, lastUpdatedText: agreement.lastUpdated ? dateWords(agreement.lastUpdated, locale) : null,
    },
    term: term
      ? {
          initialMonths: term.initialMonths, initialText: months(term.initialMonths), renewal: term.renewal,
          renewalText: term.renewalMonths ? months(term.renewalMonths) : null,
          noticeText: term.noticeDays !== undefined ? days(term.noticeDays) : null,
        }
      : null,
    amendments: agreement.amendments && (agreement.amendments.noticeDays !== undefined || agreement.amendments.description)
      ? { noticeText: agreement.amendments.noticeDays !== undefined ? days(agreement.amendments.noticeDays) : null, description: agreement.amendments.description ?? null }
      : null,
    contractFrame: contractFrame && (contractFrame.masterAgreement || contractFrame.precedence?.length || contractFrame.governingLaw || contractFrame.jurisdiction)
      ? {
          masterAgreement: contractFrame.masterAgreement ?? null, precedence: contractFrame.precedence ?? [],
          governingLaw: contractFrame.governingLaw ?? null, jurisdiction: contractFrame.jurisdiction ?? null,
        }
      : null,
    provider: party(parties.provider),
    client: parties.client ? party(parties.client) : null,
    contacts: [
      ...(parties.provider.contacts ?? []).map((c) => contact(c, L.party.provider!, L)),
      ...(parties.client?.contacts ?? []).map((c) => contact(c, L.party.client!, L)),
    ],
    tier: clientTierView,
    definitions: (agreement.definitions ?? []).map((d) => ({ term: d.term, meaning: d.meaning })),
    services: agreement.services.map((service) => ({
      id: service.id, name: service.name, description: service.description ?? null,
      environment: label(L.environment, service.environment),
      hasDetails: Boolean(service.description || service.environment || service.components?.length || service.dependencies?.length),
      components: (service.components ?? []).map((c) => ({ name: c.name, description: c.description ?? null })),
      dependencies: (service.dependencies ?? []).map((d) => ({
        name: d.name, kind: label(L.dependencyKind, d.kind)!, ownedBy: d.ownedBy ? label(L.ownedBy, d.ownedBy)! : null, description: d.description ?? null,
      })),
    })),
    hasDependencies: agreement.services.some((s) => (s.dependencies ?? []).length > 0),
    servicesHaveDetails: agreement.services.some((s) => Boolean(s.description || s.environment || s.components?.length || s.dependencies?.length)),
    hasChangeOrders: Boolean(changeOrders) || agreement.requestTypes.some((r) => r.coverage === 'change-order'),
    scope: scope && ((scope.included ?? []).length > 0 || (scope.excluded ?? []).length > 0)
      ? {
          included: (scope.included ?? []).map((w) => ({ category: w.category, label: label(L.included, w.category)!, description: w.description })),
          excluded: (scope.excluded ?? []).map((w) => ({ category: w.category, label: label(L.excluded, w.category)!, description: w.description })),
        }
      : null,
    requestTypes: agreement.requestTypes.map((request) => ({
      id: request.id, name: request.name, category: request.category, categoryLabel: label(L.requestCategory, request.category)!,
      coverage: request.coverage,
      coverageText: request.coverage === 'included' ? say(locale, 'view.coverage.included')
        : request.coverage === 'change-order' ? say(locale, 'view.coverage.changeOrder')
        : request.coverage === 'not-covered' ? say(locale, 'view.coverage.notCovered')
        : request.cap ? say(locale, 'view.coverage.capped', { hours: request.cap.hours, per: request.cap.per }) : say(locale, 'view.coverage.cap'),
      description: request.description ?? null,
      response: request.response ? withOwnFirmness(targetView(request.response, undefined)!, locale) : null,
    })),
    requestTypesHaveResponse: agreement.requestTypes.some((r) => r.response),
    changeOrders: changeOrders
      ? {
          threshold: changeOrders.threshold ?? null, thresholdHours: changeOrders.thresholdHours ?? null,
          thresholdHoursUnwritten: changeOrders.thresholdHours !== undefined
            && !new RegExp(`\\b${String(changeOrders.thresholdHours).replace('.', '\\.')}\\s*(?:hours?|h)\\b`, 'i').test(changeOrders.threshold ?? ''),
          evaluation: changeOrders.evaluation ?? null, estimateWithin: optionalTime(changeOrders.estimateWithin),
          rate: changeOrders.rate ? moneyWords(changeOrders.rate, locale) : null,
        }
      : null,
    fees: (agreement.fees ?? []).map((fee) => ({
      for: fee.for, forLabel: label(L.fee, fee.for)!, rate: fee.rate ? moneyWords(fee.rate, locale) : null, description: fee.description ?? null,
    })),
    calendars: agreement.calendars.map((calendar, index) => ({
      id: calendar.id, name: calendar.name, timezone: calendar.timezone, timezoneText: timezoneWords(calendar, locale), timezones: calendar.timezones,
      // The IANA names are on record once: at the first calendar that uses each zone.
      timezoneIana: timezoneIanaWords(calendar, locale, { except: new Set(agreement.calendars.slice(0, index).flatMap((c) => c.timezones)) }),
      alwaysOpen: calendar.alwaysOpen, hoursUnstated: calendar.hoursUnstated, description: calendar.description ?? null,
      hoursText: calendarHoursShort(calendar, locale), weekly: weeklyHours(calendar, locale),
      zoneWeekly: Object.entries(calendar.weeklyByZone ?? {}).map(([timezone, weekly]) => ({
        timezone, timezoneText: zoneWords(timezone, locale).text, weekly: weeklyHours({ ...calendar, weekly }, locale),
      })),
      holidays: calendar.alwaysOpen ? [] : [...calendar.holidays.values()].sort((a, b) => a.date.localeCompare(b.date)).map((h) => ({
        date: h.date, dateText: dateWords(h.date, locale, { weekday: true }), name: h.name, hoursText: holidayHours(h.open, locale),
      })),
      recurringHolidays: calendar.alwaysOpen ? [] : calendar.recurringHolidays.map((h) => ({ name: h.name, when: recurringWords(h, locale), hoursText: holidayHours(h.open, locale) })),
      holidaySets: calendar.alwaysOpen ? [] : calendar.holidaySets.map((set) => label(L.holidaySet, set)!),
      holidayFiles: calendar.alwaysOpen ? [] : calendar.holidayFiles,
      holidaysOf: calendar.holidaysOf ? label(L.holidaysOf, calendar.holidaysOf)! : null,
      holidaysDescription: calendar.holidaysDescription ?? null,
      hasHolidays: !calendar.alwaysOpen && (calendar.holidays.size > 0 || calendar.recurringHolidays.length > 0 || calendar.holidaySets.length > 0
        || calendar.holidayFiles.length > 0 || Boolean(calendar.holidaysOf) || calendar.holidaysDescription !== undefined),
      usedByTier: clientTier?.supportHours === calendar.id,
    })),
    severityLevels,
    severityColumns: { ...severityColumns, dashes },
    firmness,
    resolutionNotes: severityLevels.filter((s) => s.resolutionNote).map((s) => ({ severity: s.name, note: s.resolutionNote! })),
    severityAssignment: severityAssignment
      ? {
          assignedBy: severityAssignment.assignedBy ?? null,
          assignedByText: severityAssignment.assignedBy ? L.assignedBy[severityAssignment.assignedBy]! : null,
          description: severityAssignment.description ?? null,
          matrix: severityAssignment.matrix
            ? {
                urgencies: severityAssignment.matrix.urgencies,
                rows: severityAssignment.matrix.impacts.map((impact, r) => ({
                  impact, levels: (severityAssignment.matrix!.levels[r] ?? []).map((id) => severityName.get(id) ?? id),
                })),
              }
            : null,
          reclassification: severityAssignment.reclassification ?? null,
          disputes: severityAssignment.disputes ?? null,
        }
      : null,
    channels: agreement.channels.map((channel) => ({
      id: channel.id, type: channel.type, typeLabel: label(L.channelType, channel.type)!, address: channel.address ?? null,
      severities: channel.severities?.length ? listWords(channel.severities.map((id) => severityName.get(id) ?? id), locale) : say(locale, 'view.channels.allSeverities'),
      hours: channel.hours ? calendarOf(channel.hours).name : null,
      description: channel.description ?? null,
      tiers: channel.tiers?.length ? listWords(channel.tiers.map((id) => agreement.tiers.find((t) => t.id === id)?.name ?? id), locale) : null,
      countsForTargets: channel.countsForTargets !== false,
    })),
    channelsHaveTiers: agreement.channels.some((c) => c.tiers?.length),
    escalation: [...(agreement.escalation ?? [])].sort((a, b) => a.step - b.step).map((step) => ({
      step: step.step, name: step.contact.name, title: step.contact.title ?? null, email: step.contact.email ?? null,
      phone: step.contact.phone ?? null, when: step.when,
    })),
    clientResponsibilities: (agreement.clientResponsibilities ?? []).map((r) => ({
      category: r.category, label: label(L.responsibility, r.category)!, description: r.description, appliesTo: appliesTo(r),
    })),
    excusedDelays: agreement.excusedDelays ?? [],
    monitoring: monitoring
      ? {
          reviewFrequency: monitoring.reviewFrequency ? label(L.frequency, monitoring.reviewFrequency) : null,
          metrics: (monitoring.metrics ?? []).map((m) => ({
            id: m.id, name: m.name, category: label(L.metricCategory, m.category)!, description: m.description ?? null, threshold: m.threshold ?? null,
          })),
          reports: (monitoring.reports ?? []).map((r) => ({
            name: r.name, frequency: label(L.frequency, r.frequency)!, deliveredWithin: optionalTime(r.deliveredWithin), contents: r.contents ?? [],
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
            days: daysText(w.days, locale),
            hours: listWords(w.open.map((text) => { const parsed = parseWindow(text); return parsed ? windowWords(parsed, locale) : text; }), locale),
            timezone: w.timezone, timezoneText: zoneWords(w.timezone, locale).text,
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
    tiers,
    tierComparison: tierComparison && (agreement.isPolicy || tiers.length > 1),
    tiersHave: {
      description: tiers.some((t) => t.description), services: tiers.some((t) => t.services), criticality: tiers.some((t) => t.criticality),
      supportHours: tiers.some((t) => t.supportHours), reporting: tiers.some((t) => t.reporting),
      proactiveOptimisation: tiers.some((t) => t.proactiveOptimisation), price: tiers.some((t) => t.price),
    },
    tierTargetRows: (['response', 'update', 'resolution'] as const).flatMap((kind) => severities.map((severity, index) => ({
      label: say(locale, 'view.tiers.targetRow', { kind, severity: severity.name }),
      cells: tiers.map((tier) => tier.targets[index]![kind]),
    }))).filter((row) => row.cells.some((cell) => cell !== DASH)),
    tierFirmness,
    availability: availability ? availabilityView(availability, agreement, locale) : null,
    review: review
      ? {
          frequency: label(L.frequency, review.frequency)!,
          topics: (review.topics ?? []).map((t) => ({ category: t.category, label: label(L.reviewTopic, t.category)!, description: t.description })),
          participants: review.participants ?? [],
        }
      : null,
    signatures: signatureRows(agreement),
    extensions: agreement.extensions,
  };
  return { ...view, summary: buildSummary(agreement, view, { force: options.summary === true }) };
}

/** A target shown on its own (not in a table that states firmness once) carries its firmness in its text. */
function withOwnFirmness(target: TargetView, locale: string): TargetView {
  withFirmness([target], undefined, locale);
  return target;
}

/** The one unit a duration is written in (`business hours`), or null when it takes several (`1 hour and 30 minutes`). */
function singleUnit(duration: Duration): 'day' | 'hour' | 'minute' | null {
  const units = ([duration.days ? 'day' : null, Math.floor(duration.minutes / 60) ? 'hour' : null, duration.minutes % 60 ? 'minute' : null] as const)
    .filter((u) => u !== null);
  return units.length === 1 ? units[0]! : null;
}

/** `1–2 business days`, `4 business hours`, `1 business day to 12 business hours`. */
function rangeWords(target: TargetTime, calendar: Pick<Calendar, 'alwaysOpen'>, locale: string): string {
  if (!target.between) return durationWords(target.within!, calendar, locale);
  const [shortest, longest] = target.between;
  const unit = singleUnit(shortest);
  if (unit && unit === singleUnit(longest)) {
    const count = (d: Duration) => (unit === 'day' ? d.days : unit === 'hour' ? Math.floor(d.minutes / 60) : d.minutes % 60);
    return say(locale, 'view.range.sameUnit', { shortest: count(shortest), longest: durationWords(longest, calendar, locale) });
  }
  return say(locale, 'view.range.between', { shortest: durationWords(shortest, calendar, locale), longest: durationWords(longest, calendar, locale) });
}

function holidayHours(open: readonly WorkingWindow[], locale: string): string {
  return open.length ? say(locale, 'view.holiday.open', { hours: listWords(open.map((window) => windowWords(window, locale)), locale) }) : say(locale, 'view.holiday.closed');
}

const WEEKS: Record<string, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', last: 'last' };
const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();

/** `25 December every year; on a weekend, the nearest weekday`, `the fourth Thursday of November`. */
function recurringWords(holiday: RecurringHoliday, locale: string): string {
  if ('day' in holiday) {
    // The day and month as the locale writes them: `25 December` (en-GB), `December 25` (en-US), `25. Dezember`.
    let format = dayMonthFormats.get(locale);
    if (!format) dayMonthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })));
    const observed = holiday.observed === 'nearest-weekday' ? 'nearestWeekday' : holiday.observed === 'next-weekday' ? 'nextWeekday' : 'none';
    return say(locale, 'view.holiday.yearly', { date: format.format(Date.UTC(2024, holiday.month - 1, holiday.day)), observed });
  }
  return say(locale, 'view.holiday.weekdayOfMonth', { week: WEEKS[String(holiday.week)]!, weekday: dayName(holiday.weekday, locale), month: monthName(holiday.month, locale) });
}

function availabilityView(availability: Doc.Availability, agreement: Agreement, locale: string): NonNullable<ContractView['availability']> {
  const window = availability.measurementWindow === 'unstated' ? null : availability.measurementWindow as MeasurementWindow;
  const target = typeof availability.target === 'number' ? availability.target : null;
  let downtimeText: string | null = null;
  let convention: string | null = null;
  if (target !== null && window !== null) {
    // The same budgets `sla budget` prints, so the contract and the tool never disagree. Without a month
    // convention, the range over every convention: the contract assumes no month length the data does not state.
    const conventions = availability.monthConvention ? [availability.monthConvention as MonthConvention] : MONTH_CONVENTIONS;
    const allowed = conventions.flatMap((c) => downtimeBudgets(target, window, c).map((b) => b.allowedMinutes));
    const [least, most] = [Math.min(...allowed), Math.max(...allowed)];
    const downtime = (minutes: number) => elapsedWords(minutes * 60, locale, 'second');
    downtimeText = least === most ? downtime(least) : say(locale, 'view.availability.downtimeRange', { least: downtime(least), most: downtime(most) });
    if (availability.monthConvention) {
      convention = say(locale, 'view.availability.convention', { convention: availability.monthConvention === '730h' ? 'h730' : availability.monthConvention });
    }
  }
  const terms = availability.creditTerms;
  const serviceNames = (availability.services ?? []).map((id) => agreement.services.find((s) => s.id === id)?.name ?? id);
  return {
    target, targetText: target === null ? null : percentWords(target, locale), window, convention, downtimeText,
    firmnessText: availability.firmness ? labels(agreement.locale).availabilityFirmness[availability.firmness]! : null,
    creditPeriod: window ?? 'period',
    services: serviceNames.length ? listWords(serviceNames, locale) : null, scope: availability.scope ?? null,
    measurement: availability.measurement ?? null, exclusions: availability.exclusions ?? [],
    serviceCredits: [...(availability.serviceCredits ?? [])].sort((a, b) => b.below - a.below).map((c) => ({
      belowText: say(locale, 'view.availability.below', { below: percentWords(c.below, locale), atLeast: c.atLeast === undefined ? 'none' : percentWords(c.atLeast, locale) }),
      creditText: percentWords(c.creditPercent, locale),
    })),
    creditBasis: terms?.basis ?? null,
    creditTerms: terms
      ? {
          cumulative: terms.cumulative ?? null,
          capText: terms.capPercent !== undefined ? percentWords(terms.capPercent, locale) : null,
          capPer: terms.capPer ?? null,
          claimWindow: terms.claimWithinDays !== undefined ? say(locale, 'words.duration.day', { count: terms.claimWithinDays })
            : terms.claimWithinHours !== undefined ? say(locale, 'words.duration.hour', { count: terms.claimWithinHours }) : null,
          claimProcedure: terms.claimProcedure ?? null,
          soleRemedy: terms.soleRemedy === true,
          forfeiture: terms.forfeiture ?? null,
        }
      : null,
  };
}

/** The signatures the agreement lists; in an agreement that lists none, one blank line for each party so it can be signed. */
function signatureRows(agreement: Agreement): ContractView['signatures'] {
  const partyName = (which: 'provider' | 'client') => agreement.parties[which]?.legalName ?? agreement.parties[which]?.name ?? '';
  const listed = agreement.signatures ?? [];
  const rows = listed.length || agreement.isPolicy ? listed : [{ party: 'provider' as const }, { party: 'client' as const }];
  return rows.map((s) => ({ party: labels(agreement.locale).party[s.party]!, partyName: partyName(s.party), name: s.name ?? '', title: s.title ?? '', place: s.place ?? '' }));
}

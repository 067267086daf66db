/**
 * Builds the agreement `sla init` writes: a complete document from a tier preset and the user's facts. The
 * wording is specific on purpose (numbers, owners, calendars), so the scaffold passes `sla lint` as written.
 */
import { DateTime } from 'luxon';
import type {
  AgreementDocument, Calendar, Channel, ClientResponsibility, Contact, Definition, EscalationStep, Metric, SeverityTargets,
} from '../generated/agreement-document.js';
import { windowText, parseWindow } from '../model/calendar-hours.js';
import { zoneWords } from '../render/words.js';
import { catalogLanguage, translator, type MessageArguments } from '../i18n/catalog.js';
import type { InitFacts } from './facts.js';
import { slugify } from './facts.js';
import { HOLIDAY_REGIONS, holidaysBetween, regionForTimezone, regionInfo, type HolidayRegion } from './holidays.js';
import { CALENDAR_IDS, PRESETS, SEVERITY_IDS, type CalendarRole, type Timed, type TierPreset } from './presets.js';

/** A message of the `init.*` catalog (locales/<language>/init.json) in the agreement's language. */
type T = (key: string, args?: MessageArguments) => string;

export interface BuiltAgreement {
  document: AgreementDocument;
  /** Things the author must know about what was written (e.g. years without holiday data). */
  notes: string[];
}

/** The schema wants at least one item in these lists; the presets always have one. */
function nonEmpty<T>(list: readonly T[]): [T, ...T[]] {
  if (list.length === 0) throw new Error('a scaffold list is empty');
  return [...list] as [T, ...T[]];
}

const target = ([within, calendar]: Timed) => ({ within, calendar: CALENDAR_IDS[calendar] });

/** Money and dates follow the holiday region, else the zone's usual region; euro for other European zones. */
function localeAndCurrency(facts: InitFacts): { locale: string; currency: string } {
  const region = facts.holidays !== 'none' ? facts.holidays : regionForTimezone(facts.timezone);
  const found = region ? { locale: regionInfo(region).locale, currency: regionInfo(region).currency }
    : { locale: 'en-GB', currency: facts.timezone.startsWith('Europe/') ? 'EUR' : 'USD' };
  // `--locale` chooses the language; the currency still follows the region.
  return facts.locale ? { ...found, locale: facts.locale } : found;
}

function hoursInWords(preset: TierPreset, locale: string, t: T): string {
  const windows = new Intl.ListFormat(locale, { type: 'conjunction' }).format(preset.businessHours.open.map((text) => windowText(parseWindow(text)!)));
  return t('init.definition.businessHours.weekdays', { windows });
}

/**
 * A holiday's name: the data gives the local name with an English gloss (`Neujahr (New Year's Day)`); an agreement
 * in the region's own language drops the gloss.
 */
function holidayName(name: string, region: HolidayRegion, locale: string): string {
  const native = regionInfo(region).nativeLocale;
  return native && catalogLanguage(native) === catalogLanguage(locale) ? name.replace(/ \([^()]*\)$/, '') : name;
}

/** The last day of the initial term. */
export function termEnd(effectiveDate: string, months: number): string {
  return DateTime.fromISO(effectiveDate).plus({ months }).minus({ days: 1 }).toISODate()!;
}

function calendars(facts: InitFacts, preset: TierPreset, notes: string[], locale: string, t: T): Calendar[] {
  const business: Calendar = {
    id: CALENDAR_IDS.business,
    name: t('init.calendar.business'),
    timezone: facts.timezone,
    hours: [{ days: nonEmpty(preset.businessHours.days), open: nonEmpty(preset.businessHours.open) }],
  };
  if (facts.holidays !== 'none') {
    const last = termEnd(facts.effectiveDate, preset.initialMonths);
    const selection = holidaysBetween(facts.holidays, facts.effectiveDate, last);
    const region = facts.holidays;
    if (selection.holidays.length) business.holidays = selection.holidays.map((holiday) => ({ ...holiday, name: holidayName(holiday.name, region, locale) }));
    if (selection.missingYears.length) {
      const label = HOLIDAY_REGIONS.find((r) => r.id === facts.holidays)!.label;
      notes.push(`the holiday data for ${label} has no dates for ${selection.missingYears.join(', ')}; add that year's holidays to the \`${CALENDAR_IDS.business}\` calendar by hand`);
    }
  }
  const list = [business];
  if (preset.roundTheClock) list.push({ id: CALENDAR_IDS.always, name: t('init.calendar.always'), timezone: facts.timezone, hours: '24x7' });
  return list;
}

/**
 * The tier's targets, each saying how firm it is: the provider commits to responding and to sending updates, while
 * a resolution time is an objective it works towards (a fault can need a vendor or the client to act). The
 * contract states exactly these firmness values, so they are written out for the author to see and change.
 */
function targets(preset: TierPreset): Record<string, SeverityTargets> {
  const result: Record<string, SeverityTargets> = {};
  for (const severity of SEVERITY_IDS) {
    const spec = preset.targets[severity];
    const entry: SeverityTargets = { response: { ...target(spec.response), firmness: 'commitment' } };
    if (spec.update) entry.update = { every: spec.update[0], calendar: CALENDAR_IDS[spec.update[1]], firmness: 'commitment' };
    if (spec.resolution) {
      const [within, calendar, kind] = spec.resolution;
      // `kind: objective` is the older spelling of the firmness written beside it; only `workaround` adds meaning.
      entry.resolution = { within, calendar: CALENDAR_IDS[calendar], firmness: 'objective', ...(kind === 'workaround' && { kind }) };
    }
    result[severity] = entry;
  }
  return result;
}

/**
 * The glossary: every term that carries a number or a promise, in words the author can change. The rendered
 * contract defines only what is written here, so the standard terms are written out: business hours and business
 * days only when a business-hours calendar exists, change order only when the agreement has change orders.
 */
function definitions(facts: InitFacts, preset: TierPreset, list: { calendars: Calendar[]; hasChangeOrders: boolean; hasUpdates: boolean }, locale: string, t: T): Definition[] {
  // The zone as the contract names it (`Berlin time (CET/CEST)`), not its IANA name.
  const zone = zoneWords(facts.timezone, locale).text;
  const holidaysIn = facts.holidays === 'none' ? 'none' : t('init.holidaysIn.' + facts.holidays);
  const hasBusinessCalendar = list.calendars.some((calendar) => calendar.hours !== '24x7');
  return [
    ...(hasBusinessCalendar
      ? [
          { term: t('init.definition.businessHours.term'), meaning: t('init.definition.businessHours.meaning', { hours: hoursInWords(preset, locale, t), zone, holidaysIn }) },
          { term: t('init.definition.businessDay.term'), meaning: t('init.definition.businessDay.meaning') },
        ]
      : []),
    ...(preset.roundTheClock ? [{ term: t('init.definition.aroundTheClock.term'), meaning: t('init.definition.aroundTheClock.meaning', { zone }) }] : []),
    { term: t('init.definition.severityLevel.term'), meaning: t('init.definition.severityLevel.meaning') },
    { term: t('init.definition.responseTime.term'), meaning: t('init.definition.responseTime.meaning') },
    ...(list.hasUpdates ? [{ term: t('init.definition.updateInterval.term'), meaning: t('init.definition.updateInterval.meaning') }] : []),
    { term: t('init.definition.resolutionTarget.term'), meaning: t('init.definition.resolutionTarget.meaning') },
    ...(list.hasChangeOrders ? [{ term: t('init.definition.changeOrder.term'), meaning: t('init.definition.changeOrder.meaning') }] : []),
    { term: t('init.definition.outputQuality.term'), meaning: t('init.definition.outputQuality.meaning') },
    { term: t('init.definition.evaluationSet.term'), meaning: t('init.definition.evaluationSet.meaning') },
  ];
}

interface People {
  supportLead: Contact;
  headOfDelivery: Contact;
  director: Contact;
  clientContact: Contact;
  clientSponsor: Contact;
}

function people(providerDomain: string, clientDomain: string, t: T): People {
  const role = (title: string) => ({ name: title, title });
  return {
    supportLead: { ...role(t('init.people.supportLead')), email: `support-lead@${providerDomain}`, roles: ['point-of-contact', 'technical'] },
    headOfDelivery: { ...role(t('init.people.headOfDelivery')), email: `delivery@${providerDomain}`, roles: ['escalation', 'signatory'] },
    director: { ...role(t('init.people.director')), email: `director@${providerDomain}`, roles: ['escalation', 'executive-sponsor'] },
    clientContact: { ...role(t('init.people.clientContact')), email: `operations@${clientDomain}`, roles: ['point-of-contact'] },
    clientSponsor: { ...role(t('init.people.clientSponsor')), email: `sponsor@${clientDomain}`, roles: ['escalation', 'executive-sponsor', 'signatory'] },
  };
}

function channels(preset: TierPreset, providerDomain: string, clientSlug: string, t: T): Channel[] {
  const list: Channel[] = [
    {
      id: 'portal',
      type: 'portal',
      address: `https://support.${providerDomain}/${clientSlug}`,
      hours: CALENDAR_IDS[preset.supportHours],
      description: t('init.channel.portal'),
    },
    {
      id: 'email',
      type: 'email',
      address: `support@${providerDomain}`,
      ...(preset.roundTheClock && { severities: ['high', 'normal', 'low'] }),
      hours: CALENDAR_IDS.business,
      description: t('init.channel.email'),
    },
  ];
  if (preset.id === 'standard') {
    list.push({
      id: 'on-call',
      type: 'phone',
      address: '+00 000 000 0000',
      severities: ['critical'],
      hours: CALENDAR_IDS.always,
      description: t('init.channel.onCall'),
    });
  }
  if (preset.id === 'premium') {
    list.push({
      id: 'pager',
      type: 'pager',
      address: '+00 000 000 0000',
      severities: ['critical', 'high'],
      hours: CALENDAR_IDS.always,
      description: t('init.channel.pager'),
    });
  }
  return list;
}

function escalation(preset: TierPreset, team: People, t: T): EscalationStep[] {
  const contact = ({ roles: _roles, ...rest }: Contact): Contact => rest;
  const steps: EscalationStep[] = [
    { step: 1, contact: contact(team.supportLead), when: t('init.escalation.step1') },
    { step: 2, contact: contact(team.headOfDelivery), when: t('init.escalation.step2', { essential: preset.id === 'essential' ? 'yes' : 'no' }) },
  ];
  if (preset.id === 'premium') steps.push({ step: 3, contact: contact(team.director), when: t('init.escalation.step3') });
  return steps;
}

function responsibilities(preset: TierPreset, t: T): ClientResponsibility[] {
  return [
    { category: 'designated-contact', description: t('init.responsibility.designatedContact') },
    { category: 'escalation-channel', description: t('init.responsibility.escalationChannel') },
    { category: 'access-and-context', description: t('init.responsibility.accessAndContext', { roundTheClock: preset.id === 'premium' ? 'yes' : 'no' }) },
    { category: 'client-systems', description: t('init.responsibility.clientSystems') },
    { category: 'operating-procedures', description: t('init.responsibility.operatingProcedures') },
    { category: 'data', description: t('init.responsibility.data') },
  ];
}

function metrics(preset: TierPreset, t: T): Metric[] {
  const list: Metric[] = [
    { id: 'output-quality', name: t('init.metric.outputQuality.name'), category: 'output-quality', description: t('init.metric.outputQuality.description'), threshold: t('init.metric.outputQuality.threshold') },
    { id: 'input-drift', name: t('init.metric.inputDrift.name'), category: 'drift', description: t('init.metric.inputDrift.description'), threshold: t('init.metric.inputDrift.threshold') },
    { id: 'latency', name: t('init.metric.latency.name'), category: 'latency', description: t('init.metric.latency.description'), threshold: t('init.metric.latency.threshold') },
    { id: 'error-rate', name: t('init.metric.errorRate.name'), category: 'error-rate', description: t('init.metric.errorRate.description'), threshold: t('init.metric.errorRate.threshold') },
    { id: 'cost-per-run', name: t('init.metric.costPerRun.name'), category: 'cost', description: t('init.metric.costPerRun.description'), threshold: t('init.metric.costPerRun.threshold') },
    { id: 'volume', name: t('init.metric.volume.name'), category: 'volume', description: t('init.metric.volume.description'), threshold: t('init.metric.volume.threshold') },
  ];
  if (preset.id === 'premium') {
    list.push(
      { id: 'low-confidence-share', name: t('init.metric.lowConfidenceShare.name'), category: 'confidence', description: t('init.metric.lowConfidenceShare.description'), threshold: t('init.metric.lowConfidenceShare.threshold') },
      { id: 'availability', name: t('init.metric.availability.name'), category: 'availability', description: t('init.metric.availability.description'), threshold: t('init.metric.availability.threshold') },
    );
  }
  return list;
}

function reports(preset: TierPreset, t: T): NonNullable<NonNullable<AgreementDocument['monitoring']>['reports']> {
  const list: NonNullable<NonNullable<AgreementDocument['monitoring']>['reports']> = [{
    name: t('init.report.serviceReport', { frequency: preset.reporting }),
    frequency: preset.reporting,
    deliveredWithin: { within: preset.reporting === 'weekly' ? '1d' : '5d', calendar: CALENDAR_IDS.business },
    contents: [
      t('init.report.contents.requests'),
      t('init.report.contents.metrics'),
      t('init.report.contents.tuningHours', { hours: preset.tuningHoursPerMonth }),
      ...(preset.proactiveOptimisation ? [t('init.report.contents.recommendations')] : []),
    ],
  }];
  if (preset.reporting === 'weekly') {
    list.push({
      name: t('init.report.businessReview'),
      frequency: 'monthly',
      deliveredWithin: { within: '5d', calendar: CALENDAR_IDS.business },
      contents: [t('init.report.contents.availability'), t('init.report.contents.optimisation')],
    });
  }
  return list;
}

/** The complete agreement for these facts, as data, in `facts.locale` (by default English, as the region writes it). */
export function buildAgreement(facts: InitFacts): BuiltAgreement {
  const preset = PRESETS[facts.tier];
  const notes: string[] = [];
  const { locale, currency } = localeAndCurrency(facts);
  const messages = translator(locale);
  const t: T = (key, args) => messages.t(key, args);
  const proactiveOptimisation = preset.proactiveOptimisation ? t('init.tier.proactiveOptimisation.' + preset.id) : undefined;
  const clientSlug = slugify(facts.client) || 'client';
  const providerSlug = slugify(facts.provider) || 'provider';
  const workflowSlug = slugify(facts.workflow, 30) || 'workflow';
  const providerDomain = `${providerSlug}.example`;
  const team = people(providerDomain, `${clientSlug}.example`, t);
  const on = (role: CalendarRole) => CALENDAR_IDS[role];
  const scaffoldCalendars = calendars(facts, preset, notes, locale, t);

  const document: AgreementDocument = {
    slaVersion: 1,
    kind: 'SupportAgreement',
    id: `${clientSlug}-${workflowSlug}`.slice(0, 64).replace(/-+$/, ''),
    title: t('init.title', { workflow: facts.workflow }),
    version: '0.1',
    status: 'draft',
    locale,
    effectiveDate: facts.effectiveDate,
    term: { initialMonths: preset.initialMonths, renewal: 'automatic', renewalMonths: 12, noticeDays: preset.noticeDays },
    parties: {
      provider: { name: facts.provider, contacts: [team.supportLead, team.headOfDelivery, ...(preset.id === 'premium' ? [team.director] : [])] },
      client: { name: facts.client, contacts: [team.clientContact, team.clientSponsor] },
    },
    definitions: definitions(facts, preset, { calendars: scaffoldCalendars, hasChangeOrders: true, hasUpdates: SEVERITY_IDS.some((id) => preset.targets[id].update) }, locale, t),
    services: [{
      id: workflowSlug,
      name: facts.workflow,
      description: t('init.service.description', { provider: facts.provider, client: facts.client }),
      environment: 'production',
      components: [
        { name: t('init.component.prompts.name'), description: t('init.component.prompts.description') },
        { name: t('init.component.modelConfiguration.name'), description: t('init.component.modelConfiguration.description') },
        { name: t('init.component.integrations.name'), description: t('init.component.integrations.description') },
        { name: t('init.component.evaluation.name'), description: t('init.component.evaluation.description') },
      ],
      dependencies: [
        { name: t('init.dependency.modelApi.name'), kind: 'model-provider', ownedBy: 'client', description: t('init.dependency.modelApi.description') },
        { name: t('init.dependency.clientSystems.name'), kind: 'api', ownedBy: 'client', description: t('init.dependency.clientSystems.description') },
      ],
    }],
    scope: {
      included: [
        { category: 'incident-response', description: t('init.scope.included.incidentResponse') },
        { category: 'troubleshooting', description: t('init.scope.included.troubleshooting') },
        { category: 'defect-remediation', description: t('init.scope.included.defectRemediation') },
        { category: 'monitoring-review', description: t('init.scope.included.monitoringReview', { frequency: preset.metricsReview }) },
        { category: 'reporting', description: t('init.scope.included.reporting', { frequency: preset.reporting }) },
        { category: 'prompt-tuning', description: t('init.scope.included.promptTuning', { hours: preset.tuningHoursPerMonth }) },
        { category: 'maintenance', description: t('init.scope.included.maintenance') },
        ...(proactiveOptimisation ? [{ category: 'optimisation-review' as const, description: proactiveOptimisation }] : []),
      ],
      excluded: [
        { category: 'new-features', description: t('init.scope.excluded.newFeatures') },
        { category: 'unrelated-systems', description: t('init.scope.excluded.unrelatedSystems') },
        { category: 'major-redesign', description: t('init.scope.excluded.majorRedesign') },
        { category: 'training', description: t('init.scope.excluded.training') },
        { category: 'client-systems', description: t('init.scope.excluded.clientSystems') },
        { category: 'third-party-services', description: t('init.scope.excluded.thirdPartyServices') },
      ],
    },
    requestTypes: [
      { id: 'incident', name: t('init.requestType.incident.name'), category: 'bug', coverage: 'included', description: t('init.requestType.incident.description') },
      { id: 'output-quality', name: t('init.requestType.outputQuality.name'), category: 'output-quality', coverage: 'included', description: t('init.requestType.outputQuality.description') },
      { id: 'tuning', name: t('init.requestType.tuning.name'), category: 'tuning', coverage: 'capped', cap: { hours: preset.tuningHoursPerMonth, per: 'month' }, description: t('init.requestType.tuning.description') },
      { id: 'question', name: t('init.requestType.question.name'), category: 'question', coverage: 'included', description: t('init.requestType.question.description') },
      { id: 'reporting', name: t('init.requestType.reporting.name'), category: 'monitoring', coverage: 'included', description: t('init.requestType.reporting.description') },
      { id: 'enhancement', name: t('init.requestType.enhancement.name'), category: 'enhancement', coverage: 'change-order', description: t('init.requestType.enhancement.description') },
    ],
    changeOrders: {
      threshold: t('init.changeOrders.threshold', { hours: preset.changeOrderHours }),
      thresholdHours: preset.changeOrderHours,
      evaluation: t('init.changeOrders.evaluation'),
      estimateWithin: target(preset.estimateWithin),
      rate: { amount: preset.hourlyRate, currency, per: 'hour' },
    },
    calendars: nonEmpty(scaffoldCalendars),
    severityLevels: [
      {
        id: 'critical', level: 1, name: t('init.severity.critical.name'),
        definition: t('init.severity.critical.definition'),
        businessImpact: t('init.severity.critical.businessImpact'),
        examples: [t('init.severity.critical.example1'), t('init.severity.critical.example2')],
      },
      {
        id: 'high', level: 2, name: t('init.severity.high.name'),
        definition: t('init.severity.high.definition'),
        businessImpact: t('init.severity.high.businessImpact'),
        examples: [t('init.severity.high.example1'), t('init.severity.high.example2')],
      },
      {
        id: 'normal', level: 3, name: t('init.severity.normal.name'),
        definition: t('init.severity.normal.definition'),
        businessImpact: t('init.severity.normal.businessImpact'),
        examples: [t('init.severity.normal.example1')],
      },
      {
        id: 'low', level: 4, name: t('init.severity.low.name'),
        definition: t('init.severity.low.definition'),
        businessImpact: t('init.severity.low.businessImpact'),
        examples: [t('init.severity.low.example1')],
      },
    ],
    serviceTier: preset.id,
    tiers: [{
      id: preset.id,
      name: t('init.tier.name.' + preset.id),
      description: t('init.tier.description.' + preset.id),
      businessCriticality: preset.businessCriticality,
      supportHours: on(preset.supportHours),
      reporting: preset.reporting,
      proactiveOptimisation: proactiveOptimisation ? { included: true, description: proactiveOptimisation } : { included: false },
      price: { amount: preset.monthlyPrice, currency, per: 'month' },
      targets: targets(preset),
    }],
    channels: nonEmpty(channels(preset, providerDomain, clientSlug, t)),
    escalation: escalation(preset, team, t),
    clientResponsibilities: responsibilities(preset, t),
    excusedDelays: [t('init.excusedDelay.clientResponsibilities'), t('init.excusedDelay.thirdParty')],
    monitoring: {
      metrics: metrics(preset, t),
      reviewFrequency: preset.metricsReview,
      reports: reports(preset, t),
      proactiveOutreach: [
        { trigger: t('init.outreach.outputQuality'), metric: 'output-quality', within: target(preset.qualityOutreach) },
        { trigger: t('init.outreach.inputDrift'), metric: 'input-drift', within: target(preset.driftOutreach) },
        { trigger: t('init.outreach.errorRate'), metric: 'error-rate', within: target(preset.qualityOutreach) },
      ],
    },
    maintenance: {
      windows: [{ days: nonEmpty(preset.maintenanceWindow.days), open: [preset.maintenanceWindow.open], timezone: facts.timezone }],
      notice: target(preset.maintenanceNotice),
      approval: { required: true, approver: t('init.maintenance.approver'), description: t('init.maintenance.approval') },
      testing: {
        required: true,
        description: t('init.maintenance.testing'),
        evaluationSet: {
          name: t('init.maintenance.evaluationSet', { workflow: facts.workflow }),
          size: preset.evaluationSetSize,
          passCriterion: t('init.maintenance.passCriterion'),
        },
      },
      emergencyChanges: {
        description: t('init.maintenance.emergencyChanges'),
        notifyWithin: target(preset.emergencyNotice),
      },
    },
    ...(preset.availability && {
      availability: {
        target: preset.availability.target,
        firmness: 'objective' as const,
        measurementWindow: 'month' as const,
        monthConvention: 'calendar' as const,
        measurement: t('init.availability.measurement'),
        exclusions: [t('init.availability.exclusion.maintenance'), t('init.availability.exclusion.outages')],
        serviceCredits: preset.availability.credits,
        creditTerms: { basis: t('init.availability.creditBasis'), cumulative: false, claimWithinDays: 30, claimProcedure: t('init.availability.claimProcedure') },
      },
    }),
    review: {
      frequency: preset.agreementReview,
      topics: [
        { category: 'issue-types', description: t('init.review.issueTypes') },
        { category: 'target-realism', description: t('init.review.targetRealism') },
        { category: 'tuning-volume', description: t('init.review.tuningVolume', { hours: preset.tuningHoursPerMonth }) },
        { category: 'client-understanding', description: t('init.review.clientUnderstanding') },
      ],
      participants: [t('init.review.participant', { title: team.supportLead.title, party: 'provider' }), t('init.review.participant', { title: team.clientContact.title, party: 'client' })],
    },
    signatures: [
      { party: 'provider', name: team.headOfDelivery.name, title: team.headOfDelivery.title! },
      { party: 'client', name: team.clientSponsor.name, title: team.clientSponsor.title! },
    ],
    // The summary's standing is a drafting choice, so it is data the author can change, not template text.
    presentation: { summaryNote: t('init.presentation.summaryNote') },
  };
  return { document, notes };
}

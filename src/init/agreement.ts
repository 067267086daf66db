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
import type { InitFacts } from './facts.js';
import { slugify } from './facts.js';
import { HOLIDAY_REGIONS, holidaysBetween, regionForTimezone, regionInfo } from './holidays.js';
import { CALENDAR_IDS, PRESETS, SEVERITY_IDS, type CalendarRole, type Timed, type TierPreset } from './presets.js';

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
  if (region) return { locale: regionInfo(region).locale, currency: regionInfo(region).currency };
  if (facts.timezone.startsWith('Europe/')) return { locale: 'en-GB', currency: 'EUR' };
  return { locale: 'en-GB', currency: 'USD' };
}

function hoursInWords(preset: TierPreset): string {
  const windows = preset.businessHours.open.map((text) => windowText(parseWindow(text)!)).join(' and ');
  return `${windows}, Monday to Friday`;
}

/** The last day of the initial term. */
export function termEnd(effectiveDate: string, months: number): string {
  return DateTime.fromISO(effectiveDate).plus({ months }).minus({ days: 1 }).toISODate()!;
}

function calendars(facts: InitFacts, preset: TierPreset, notes: string[]): Calendar[] {
  const business: Calendar = {
    id: CALENDAR_IDS.business,
    name: 'Business hours',
    timezone: facts.timezone,
    hours: [{ days: nonEmpty(preset.businessHours.days), open: nonEmpty(preset.businessHours.open) }],
  };
  if (facts.holidays !== 'none') {
    const last = termEnd(facts.effectiveDate, preset.initialMonths);
    const selection = holidaysBetween(facts.holidays, facts.effectiveDate, last);
    if (selection.holidays.length) business.holidays = selection.holidays;
    if (selection.missingYears.length) {
      const label = HOLIDAY_REGIONS.find((r) => r.id === facts.holidays)!.label;
      notes.push(`the holiday data for ${label} has no dates for ${selection.missingYears.join(', ')}; add that year's holidays to the \`${CALENDAR_IDS.business}\` calendar by hand`);
    }
  }
  const list = [business];
  if (preset.roundTheClock) list.push({ id: CALENDAR_IDS.always, name: 'Around the clock', timezone: facts.timezone, hours: '24x7' });
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
function definitions(facts: InitFacts, preset: TierPreset, list: { calendars: Calendar[]; hasChangeOrders: boolean; hasUpdates: boolean }): Definition[] {
  // The zone as the contract names it (`Berlin time (CET/CEST)`), not its IANA name.
  const zone = zoneWords(facts.timezone, localeAndCurrency(facts).locale).text;
  const holidaysClause = facts.holidays === 'none'
    ? ''
    : `, excluding the public holidays in ${regionInfo(facts.holidays).country} listed in the business-hours calendar`;
  const hasBusinessCalendar = list.calendars.some((calendar) => calendar.hours !== '24x7');
  return [
    ...(hasBusinessCalendar
      ? [
          { term: 'Business hours', meaning: `${hoursInWords(preset)}, ${zone}${holidaysClause}. A time stated in business hours counts only time within these hours.` },
          { term: 'Business day', meaning: 'A day on which the business-hours calendar has working hours. A time given in business days ends at the same time of day, that many business days later.' },
        ]
      : []),
    ...(preset.roundTheClock ? [{ term: 'Around the clock', meaning: `Every hour of every day, including weekends and public holidays, ${zone}.` }] : []),
    { term: 'Severity level', meaning: "The classification of an incident by its impact on the Client's business. Each incident is given one of the severity levels defined in this Agreement." },
    { term: 'Response time', meaning: 'The time from a request reaching one of the channels agreed in this Agreement to an engineer acknowledging it and starting work on it, counted on the calendar each target names. The response time runs from when a request reaches an agreed channel, not from when someone first reads it.' },
    ...(list.hasUpdates ? [{ term: 'Update interval', meaning: 'The longest time between two status updates to the Client while an incident is open, counted on the calendar each target names.' }] : []),
    { term: 'Resolution target', meaning: 'The time within which the Provider works to restore normal service or provide a workaround, counted on the calendar each target names. A resolution target that is an objective is not a promise that every fault is fixed in that time.' },
    ...(list.hasChangeOrders
      ? [{ term: 'Change order', meaning: 'Work outside the scope of support, such as work that changes what the workflow does. It is estimated and agreed in writing before it starts, and charged separately.' }]
      : []),
    { term: 'Output quality', meaning: "The share of the workflow's outputs that a reviewer grades correct and complete against the criteria agreed at launch, measured on a sample." },
    { term: 'Evaluation set', meaning: 'A fixed set of inputs with approved outputs that every change must pass before release.' },
  ];
}

interface People {
  supportLead: Contact;
  headOfDelivery: Contact;
  director: Contact;
  clientContact: Contact;
  clientSponsor: Contact;
}

function people(providerDomain: string, clientDomain: string): People {
  return {
    supportLead: { name: 'Support Lead', title: 'Support Lead', email: `support-lead@${providerDomain}`, roles: ['point-of-contact', 'technical'] },
    headOfDelivery: { name: 'Head of Delivery', title: 'Head of Delivery', email: `delivery@${providerDomain}`, roles: ['escalation', 'signatory'] },
    director: { name: 'Managing Director', title: 'Managing Director', email: `director@${providerDomain}`, roles: ['escalation', 'executive-sponsor'] },
    clientContact: { name: 'Operations Manager', title: 'Operations Manager', email: `operations@${clientDomain}`, roles: ['point-of-contact'] },
    clientSponsor: { name: 'Executive Sponsor', title: 'Executive Sponsor', email: `sponsor@${clientDomain}`, roles: ['escalation', 'executive-sponsor', 'signatory'] },
  };
}

function channels(preset: TierPreset, providerDomain: string, clientSlug: string): Channel[] {
  const list: Channel[] = [
    {
      id: 'portal',
      type: 'portal',
      address: `https://support.${providerDomain}/${clientSlug}`,
      hours: CALENDAR_IDS[preset.supportHours],
      description: 'The main channel for every request. Say what happened, when, what you expected, and attach an example input and output.',
    },
    {
      id: 'email',
      type: 'email',
      address: `support@${providerDomain}`,
      ...(preset.roundTheClock && { severities: ['high', 'normal', 'low'] }),
      hours: CALENDAR_IDS.business,
      description: 'Opens a portal ticket automatically.',
    },
  ];
  if (preset.id === 'standard') {
    list.push({
      id: 'on-call',
      type: 'phone',
      address: '+00 000 000 0000',
      severities: ['critical'],
      hours: CALENDAR_IDS.always,
      description: 'For critical incidents only, after logging them in the portal; the on-call engineer answers around the clock.',
    });
  }
  if (preset.id === 'premium') {
    list.push({
      id: 'pager',
      type: 'pager',
      address: '+00 000 000 0000',
      severities: ['critical', 'high'],
      hours: CALENDAR_IDS.always,
      description: 'Pages the on-call engineer, who calls back within the response target. Log the incident in the portal too.',
    });
  }
  return list;
}

function escalation(preset: TierPreset, team: People): EscalationStep[] {
  const contact = ({ roles: _roles, ...rest }: Contact): Contact => rest;
  const steps: EscalationStep[] = [
    { step: 1, contact: contact(team.supportLead), when: 'A response or update target is missed, or the Client disagrees with the severity assigned.' },
    {
      step: 2,
      contact: contact(team.headOfDelivery),
      when: preset.id === 'essential'
        ? 'A critical incident is open for more than one business day, or step 1 did not settle the matter within two business days.'
        : 'A critical incident is open for more than 4 hours, or step 1 did not settle the matter within one business day.',
    },
  ];
  if (preset.id === 'premium') {
    steps.push({ step: 3, contact: contact(team.director), when: 'A critical incident passes its resolution target, or availability for the month falls below the availability target.' });
  }
  return steps;
}

function responsibilities(preset: TierPreset): ClientResponsibility[] {
  const answerWithin = preset.id === 'premium' ? '30 minutes at any hour for critical incidents, and within one business day otherwise' : 'one business day';
  return [
    { category: 'designated-contact', description: 'Name a point of contact and a deputy who raise requests, agree severities and approve changes; tell the Provider in writing when either changes.' },
    { category: 'escalation-channel', description: 'Raise every request through a channel listed in this Agreement, and escalate only through the escalation path; requests sent elsewhere do not start the clock.' },
    { category: 'access-and-context', description: `Give the Provider access to the workflow's logs and the systems it connects to, and answer the Provider's questions about an incident within ${answerWithin}.` },
    { category: 'client-systems', description: 'Keep the client-owned systems and vendor accounts the workflow uses running, paid and within their usage limits, and announce changes to them 5 business days ahead.' },
    { category: 'operating-procedures', description: "Operate the workflow as the operating guide delivered at launch describes, including how to pause it, and do not change its prompts or configuration outside the Provider's release process." },
    { category: 'data', description: 'Tell the Provider 10 business days before the kind or volume of input data changes, for example a new document layout, language or customer segment.' },
  ];
}

function metrics(preset: TierPreset): Metric[] {
  const list: Metric[] = [
    { id: 'output-quality', name: 'Output quality', category: 'output-quality', description: 'Share of a weekly random sample of 100 outputs graded correct and complete against the evaluation criteria.', threshold: 'Below 95% in a weekly sample.' },
    { id: 'input-drift', name: 'Input drift', category: 'drift', description: 'Change in the mix of inputs (length, language, type) against the baseline recorded at launch, as a population stability index.', threshold: 'Index above 0.2 for a week.' },
    { id: 'latency', name: 'Latency', category: 'latency', description: '95th-percentile time from receiving an input to delivering the output.', threshold: 'Above twice the launch baseline for an hour.' },
    { id: 'error-rate', name: 'Error rate', category: 'error-rate', description: 'Share of runs that fail or need a retry.', threshold: 'Above 2% in a day.' },
    { id: 'cost-per-run', name: 'Cost per run', category: 'cost', description: 'Model and infrastructure cost divided by the number of runs.', threshold: 'More than 25% above the monthly budget per run.' },
    { id: 'volume', name: 'Volume', category: 'volume', description: 'Number of runs per day.', threshold: 'Zero on a business day, or more than twice the 28-day average.' },
  ];
  if (preset.id === 'premium') {
    list.push(
      { id: 'low-confidence-share', name: 'Low-confidence share', category: 'confidence', description: 'Share of outputs the workflow marks as low confidence and routes to a person.', threshold: 'Above 5% of outputs in a day.' },
      { id: 'availability', name: 'Availability', category: 'availability', description: 'Availability as defined in this Agreement, measured by synthetic requests every minute.', threshold: 'Below the availability target over a rolling 24 hours.' },
    );
  }
  return list;
}

function reports(preset: TierPreset): NonNullable<NonNullable<AgreementDocument['monitoring']>['reports']> {
  const name = `${preset.reporting === 'weekly' ? 'Weekly' : 'Monthly'} service report`;
  const list: NonNullable<NonNullable<AgreementDocument['monitoring']>['reports']> = [{
    name,
    frequency: preset.reporting,
    deliveredWithin: { within: preset.reporting === 'weekly' ? '1d' : '5d', calendar: CALENDAR_IDS.business },
    contents: [
      'Requests by severity and request type, and the response, update and resolution targets met.',
      'Every metric in this Agreement with its trend and the thresholds crossed.',
      `Tuning hours used against the ${preset.tuningHoursPerMonth}-hour monthly allowance.`,
      ...(preset.proactiveOptimisation ? ['Recommended changes for the next period.'] : []),
    ],
  }];
  if (preset.reporting === 'weekly') {
    list.push({
      name: 'Monthly business review',
      frequency: 'monthly',
      deliveredWithin: { within: '5d', calendar: CALENDAR_IDS.business },
      contents: ['Availability for the month and any service credits due.', 'Results of the optimisation review and the changes released.'],
    });
  }
  return list;
}

/** The complete agreement for these facts, as data. */
export function buildAgreement(facts: InitFacts): BuiltAgreement {
  const preset = PRESETS[facts.tier];
  const notes: string[] = [];
  const { locale, currency } = localeAndCurrency(facts);
  const clientSlug = slugify(facts.client) || 'client';
  const providerSlug = slugify(facts.provider) || 'provider';
  const workflowSlug = slugify(facts.workflow, 30) || 'workflow';
  const providerDomain = `${providerSlug}.example`;
  const team = people(providerDomain, `${clientSlug}.example`);
  const on = (role: CalendarRole) => CALENDAR_IDS[role];
  const scaffoldCalendars = calendars(facts, preset, notes);

  const document: AgreementDocument = {
    slaVersion: 1,
    kind: 'SupportAgreement',
    id: `${clientSlug}-${workflowSlug}`.slice(0, 64).replace(/-+$/, ''),
    title: `Support Agreement — ${facts.workflow}`,
    version: '0.1',
    status: 'draft',
    locale,
    effectiveDate: facts.effectiveDate,
    term: { initialMonths: preset.initialMonths, renewal: 'automatic', renewalMonths: 12, noticeDays: preset.noticeDays },
    parties: {
      provider: { name: facts.provider, contacts: [team.supportLead, team.headOfDelivery, ...(preset.id === 'premium' ? [team.director] : [])] },
      client: { name: facts.client, contacts: [team.clientContact, team.clientSponsor] },
    },
    definitions: definitions(facts, preset, { calendars: scaffoldCalendars, hasChangeOrders: true, hasUpdates: SEVERITY_IDS.some((id) => preset.targets[id].update) }),
    services: [{
      id: workflowSlug,
      name: facts.workflow,
      description: `The AI workflow that ${facts.provider} delivered to ${facts.client} and supports in production.`,
      environment: 'production',
      components: [
        { name: 'Prompts and instructions', description: 'System prompts, tool definitions, output schemas and routing rules.' },
        { name: 'Model configuration', description: 'The model versions, parameters and fallbacks the workflow uses.' },
        { name: 'Integrations', description: "The connectors that read inputs from and write outputs to the Client's systems." },
        { name: 'Evaluation set and monitoring', description: 'The evaluation set, dashboards and alerts for the metrics in this Agreement.' },
      ],
      dependencies: [
        { name: 'Hosted model API', kind: 'model-provider', ownedBy: 'client', description: "Runs under the Client's account. While the vendor has an outage the resolution target pauses; the response and update targets still apply." },
        { name: 'Client systems the workflow reads from and writes to', kind: 'api', ownedBy: 'client', description: "Maintained by the Client's IT team; faults inside them are outside this Agreement." },
      ],
    }],
    scope: {
      included: [
        { category: 'incident-response', description: 'Responding to failures, outages and wrong outputs of the workflow in production.' },
        { category: 'troubleshooting', description: 'Investigating unexpected behaviour, using the logs, inputs and outputs of the runs concerned.' },
        { category: 'defect-remediation', description: 'Fixing defects in the prompts, configuration and integrations the Provider delivered.' },
        { category: 'monitoring-review', description: `A ${preset.metricsReview} review of the metrics listed in this Agreement.` },
        { category: 'reporting', description: `The ${preset.reporting} service report described in this Agreement.` },
        { category: 'prompt-tuning', description: `Small changes to prompts and rules, up to ${preset.tuningHoursPerMonth} hours a month.` },
        { category: 'maintenance', description: 'Keeping model versions, dependencies and the evaluation set up to date, in the maintenance window.' },
        ...(preset.proactiveOptimisation ? [{ category: 'optimisation-review' as const, description: preset.proactiveOptimisation }] : []),
      ],
      excluded: [
        { category: 'new-features', description: 'New capabilities, input types, languages, integrations or channels.' },
        { category: 'unrelated-systems', description: 'Systems the Provider did not build, beyond the connectors to them.' },
        { category: 'major-redesign', description: 'Re-architecting the workflow or replacing the model vendor.' },
        { category: 'training', description: "Training the Client's staff beyond the operating guide delivered at launch." },
        { category: 'client-systems', description: "Faults inside the Client's own systems and vendor accounts." },
        { category: 'third-party-services', description: 'Fixing faults inside third-party services the Provider does not control, such as the hosted model API. When one of them causes an incident, the response and update targets still apply, and the Provider works with the Client and the third party to restore service.' },
      ],
    },
    requestTypes: [
      { id: 'incident', name: 'Bug or failure', category: 'bug', coverage: 'included', description: 'The workflow stops, errors, or a delivered integration fails.' },
      { id: 'output-quality', name: 'Output quality', category: 'output-quality', coverage: 'included', description: 'Wrong, incomplete or inconsistent outputs for inputs the workflow already handles.' },
      { id: 'tuning', name: 'Prompt and workflow tuning', category: 'tuning', coverage: 'capped', cap: { hours: preset.tuningHoursPerMonth, per: 'month' }, description: 'Changes to wording, rules, thresholds or routing requested by the Client.' },
      { id: 'question', name: 'User question', category: 'question', coverage: 'included', description: 'How the workflow behaves, how to operate it, how to read the reports.' },
      { id: 'reporting', name: 'Monitoring and reporting request', category: 'monitoring', coverage: 'included', description: 'An extra view of a metric, or an explanation of a report.' },
      { id: 'enhancement', name: 'Enhancement', category: 'enhancement', coverage: 'change-order', description: 'New capabilities, inputs, outputs or integrations.' },
    ],
    changeOrders: {
      threshold: `A request is a change order when it adds a capability the workflow did not have at launch, or when the Provider estimates it at more than ${preset.changeOrderHours} hours of work.`,
      thresholdHours: preset.changeOrderHours,
      evaluation: 'The Provider says whether the request is support or a change order; for a change order it sends a written estimate with effort, price and a start date, and starts work only after the Client approves the estimate in writing.',
      estimateWithin: target(preset.estimateWithin),
      rate: { amount: preset.hourlyRate, currency, per: 'hour' },
    },
    calendars: nonEmpty(scaffoldCalendars),
    severityLevels: [
      {
        id: 'critical', level: 1, name: 'Critical',
        definition: `The workflow is unavailable, or its outputs put the Client at legal or financial risk, and no workaround exists.`,
        businessImpact: 'The work the workflow does stops for everyone, or wrong outputs reach customers, payments or records.',
        examples: ['Every run fails or times out.', 'Outputs contradict the source data in a way that reaches customers.'],
      },
      {
        id: 'high', level: 2, name: 'High',
        definition: 'A major function fails or output quality is below its threshold, but a workaround, such as people taking over part of the work, keeps the business running.',
        businessImpact: 'Staff spend noticeably more time on the work, or a group of users is affected.',
        examples: ['One integration fails, so its outputs are handled by hand.', 'Output quality falls below its threshold for one input type.'],
      },
      {
        id: 'normal', level: 3, name: 'Normal',
        definition: 'A single feature or a small share of outputs misbehaves; the business impact is limited and a workaround exists.',
        businessImpact: 'Occasional manual corrections; no delay to the work.',
        examples: ['One unusual input is handled wrongly.'],
      },
      {
        id: 'low', level: 4, name: 'Low',
        definition: 'Questions, cosmetic issues and requests for advice, with no business impact.',
        businessImpact: 'None on users or customers.',
        examples: ['A question about how a metric in the report is calculated.'],
      },
    ],
    serviceTier: preset.id,
    tiers: [{
      id: preset.id,
      name: preset.name,
      description: preset.description,
      businessCriticality: preset.businessCriticality,
      supportHours: on(preset.supportHours),
      reporting: preset.reporting,
      proactiveOptimisation: preset.proactiveOptimisation ? { included: true, description: preset.proactiveOptimisation } : { included: false },
      price: { amount: preset.monthlyPrice, currency, per: 'month' },
      targets: targets(preset),
    }],
    channels: nonEmpty(channels(preset, providerDomain, clientSlug)),
    escalation: escalation(preset, team),
    clientResponsibilities: responsibilities(preset),
    excusedDelays: [
      "A delay caused by the Client not meeting one of its responsibilities in this Agreement, such as access not given or a question not answered within the agreed time; the Provider's targets depend on these responsibilities.",
      'A resolution target missed because a third-party service the Provider does not control, such as the hosted model API, is down or must act to fix the fault. The response and update targets still apply.',
    ],
    monitoring: {
      metrics: metrics(preset),
      reviewFrequency: preset.metricsReview,
      reports: reports(preset),
      proactiveOutreach: [
        { trigger: 'Output quality falls below its threshold.', metric: 'output-quality', within: target(preset.qualityOutreach) },
        { trigger: 'Input drift rises above its threshold, which usually means the inputs changed.', metric: 'input-drift', within: target(preset.driftOutreach) },
        { trigger: 'The error rate rises above its threshold.', metric: 'error-rate', within: target(preset.qualityOutreach) },
      ],
    },
    maintenance: {
      windows: [{ days: nonEmpty(preset.maintenanceWindow.days), open: [preset.maintenanceWindow.open], timezone: facts.timezone }],
      notice: target(preset.maintenanceNotice),
      approval: { required: true, approver: "The Client's point of contact", description: 'The Provider sends a summary of each change with its evaluation results; the point of contact approves it in the portal before the window.' },
      testing: {
        required: true,
        description: 'Every change to prompts, models, configuration or integrations runs against the evaluation set before release.',
        evaluationSet: {
          name: `${facts.workflow} evaluation set`,
          size: preset.evaluationSetSize,
          passCriterion: 'At least 95% of outputs graded correct, and no output that the current release gets right graded wrong.',
        },
      },
      emergencyChanges: {
        description: 'To stop a critical incident the Provider may release a change outside the window without prior approval; it runs the evaluation set within one business day afterwards and reports the result.',
        notifyWithin: target(preset.emergencyNotice),
      },
    },
    ...(preset.availability && {
      availability: {
        target: preset.availability.target,
        firmness: 'objective' as const,
        measurementWindow: 'month' as const,
        monthConvention: 'calendar' as const,
        measurement: 'Synthetic requests every minute; a minute is down when the workflow does not return a valid output within its latency threshold.',
        exclusions: [
          'Planned maintenance inside the maintenance window, announced with the agreed notice.',
          "Outages of the hosted model API or of the Client's systems.",
        ],
        serviceCredits: preset.availability.credits,
        creditTerms: { basis: 'the monthly support fee for that month', cumulative: false, claimWithinDays: 30, claimProcedure: 'open a billing request naming the month.' },
      },
    }),
    review: {
      frequency: preset.agreementReview,
      topics: [
        { category: 'issue-types', description: 'Which request types arrived, and whether the severity definitions fit them.' },
        { category: 'target-realism', description: 'Whether the response and resolution targets were met, and whether they are still realistic.' },
        { category: 'tuning-volume', description: `Tuning hours used against the ${preset.tuningHoursPerMonth}-hour allowance, and whether the allowance is right.` },
        { category: 'client-understanding', description: "Whether the Client's team knows what is covered, and which requests were change orders." },
      ],
      participants: [`${team.supportLead.title} (Provider)`, `${team.clientContact.title} (Client)`],
    },
    signatures: [
      { party: 'provider', name: team.headOfDelivery.name, title: team.headOfDelivery.title! },
      { party: 'client', name: team.clientSponsor.name, title: team.clientSponsor.title! },
    ],
    // The summary's standing is a drafting choice, so it is data the author can change, not template text.
    presentation: { summaryNote: 'This summary is for orientation; the sections it links to are the terms of this Agreement.' },
  };
  return { document, notes };
}

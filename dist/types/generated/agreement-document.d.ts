/**
 * A support agreement (SLA) for delivered AI workflows, as written for `sla` (validate, lint, render, due, report).
 */
export type AgreementDocument = {
    /**
     * Optional link to this JSON Schema, for editors.
     */
    $schema?: string;
    /**
     * The version of the agreement file format. Always `1` for this schema; later versions of `sla` use it to migrate older files.
     */
    slaVersion: 1;
    /**
     * The kind of document: `SupportAgreement`, an agreement between a provider and a named client (the client's tier is `serviceTier`), or `SupportPolicy`, a support policy the provider publishes for all its customers: no named client, a menu of tiers, and often no version or effective date. Required fields follow the kind.
     */
    kind: 'SupportAgreement' | 'SupportPolicy';
    id: Id;
    title: Name;
    /**
     * The version of this document, e.g. `1.0` or `2.1.0`. Change it whenever the terms change. Required for a `SupportAgreement`; a published policy often has none.
     */
    version?: string;
    /**
     * Where the document is in its life: `draft` (being written; rendered with a DRAFT watermark), `proposed` (sent to the client), `active` (signed and in force), `superseded` or `expired`.
     */
    status?: 'draft' | 'proposed' | 'active' | 'superseded' | 'expired';
    /**
     * The BCP 47 language tag of the rendered contract and reports: the language of their own words (English, German, French, Dutch or Spanish: `en-GB`, `en-US`, `de-DE`, `fr-FR`, `nl-NL`, `es-ES`) and how dates, times, numbers and money are written. The author's own text is printed as written. Defaults to `en-GB`.
     */
    locale?: string;
    effectiveDate?: Date;
    lastUpdated?: Date;
    term?: TermAndRenewal;
    amendments?: ChangesToThisDocument;
    contractFrame?: ContractFrame;
    parties: Parties;
    /**
     * Terms used in the agreement and what they mean.
     */
    definitions?: Definition[];
    /**
     * The delivered AI workflows this agreement supports.
     *
     * @minItems 1
     */
    services: [Service, ...Service[]];
    scope?: Scope;
    /**
     * The kinds of request the client can raise, and how each is covered.
     */
    requestTypes?: RequestType[];
    changeOrders?: SupportAndEnhancement;
    /**
     * Charges for work outside the support fee, such as after-hours work.
     */
    fees?: Fee[];
    /**
     * Named support-hours calendars. Every time target names the calendar its clock runs on.
     *
     * @minItems 1
     */
    calendars?: [Calendar, ...Calendar[]];
    /**
     * The severity levels, most severe first, each defined by its business impact.
     *
     * @minItems 1
     */
    severityLevels: [SeverityLevel, ...SeverityLevel[]];
    severityAssignment?: HowSeverityIsAssigned;
    serviceTier?: Id;
    /**
     * Service levels offered, differing by business criticality, hours, targets, reporting and price. The client's tier is `serviceTier`.
     *
     * @minItems 1
     */
    tiers: [ServiceTier, ...ServiceTier[]];
    /**
     * Where requests and incidents are raised. Required in a `SupportAgreement`.
     *
     * @minItems 1
     */
    channels?: [Channel, ...Channel[]];
    /**
     * Who to turn to, in order, when an incident is not progressing as agreed.
     */
    escalation?: EscalationStep[];
    /**
     * What the client must do so that the provider can meet its targets.
     */
    clientResponsibilities?: ClientResponsibility[];
    /**
     * Circumstances in which a missed target is not a breach, in the agreement's words, e.g. `A delay caused by the Client not meeting its responsibilities.`
     */
    excusedDelays?: Text[];
    monitoring?: MonitoringAndReporting;
    maintenance?: MaintenanceAndPlannedChange;
    availability?: Availability;
    review?: ReviewOfTheAgreement;
    /**
     * Signature blocks.
     */
    signatures?: Signature[];
    presentation?: Presentation;
};
/**
 * A short kebab-case identifier used to refer to this item elsewhere in the agreement, e.g. `office-hours` or `critical`.
 */
export type Id = string;
/**
 * A short name shown in the contract.
 */
export type Name = string;
/**
 * A calendar date written YYYY-MM-DD, e.g. `2027-01-01`.
 */
export type Date = string;
/**
 * Free text that appears in the contract. Be specific: name numbers, times and owners rather than 'promptly' or 'as soon as possible'.
 */
export type Text = string;
/**
 * An email address.
 */
export type Email = string;
/**
 * A length of time counted on a calendar: minutes `m`, hours `h` and working days `d`, combined largest first (`30m`, `4h`, `1h30m`, `2d`, `1d4h`), or ISO 8601 (`PT30M`, `PT4H`, `P2D`). On a business-hours calendar the clock runs only inside working hours; a working day `d` ends at the same clock time of the working day the clock starts in, that many working days later (at the next working minute of that day if the clock is stopped then, or at its close if it has closed; see docs/clock.md).
 */
export type Duration = string;
/**
 * A range of times, shortest first, e.g. `[1d, 2d]` for '1–2 business days'. The clock counts to the longer end.
 *
 * @minItems 2
 * @maxItems 2
 */
export type DurationRange = [Duration, Duration];
/**
 * A deadline named rather than measured: `next-business-day` (by the close of the first working day of the calendar after the day the request arrives), `same-business-day` (by the close of the working day the request arrives in, or of the next one when it arrives after hours).
 */
export type NamedDeadline = 'next-business-day' | 'same-business-day';
/**
 * How firm a target is, in the source's own terms: `commitment` (the provider commits to it; missing it is a breach), `objective` (a goal or target the provider works towards), `commercially-reasonable-efforts` (the provider uses commercially reasonable efforts to meet it), `best-effort` (no obligation beyond trying). Omit when the document does not say; `sla lint` reports the silence where it matters.
 */
export type Firmness = 'commitment' | 'objective' | 'commercially-reasonable-efforts' | 'best-effort';
/**
 * A day of the week.
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/**
 * Opening hours within one day as HH:MM-HH:MM on the 24-hour clock, e.g. `09:00-17:30`. `24:00` may end a window. A window whose end is earlier than its start runs past midnight into the next day (`22:00-06:00`).
 */
export type TimeWindow = string;
/**
 * How often something happens.
 */
export type Frequency = 'daily' | 'weekly' | 'fortnightly' | 'monthly' | 'quarterly' | 'semi-annually' | 'annually';
/**
 * A response target, or `unstated` / `not-offered`.
 */
export type ResponseTarget = ('unstated' | 'not-offered') | TimedResponseTarget;
/**
 * An update cadence, or `unstated` / `not-offered`.
 */
export type UpdateCadence = ('unstated' | 'not-offered') | TimedUpdateCadence;
/**
 * A resolution target, or `unstated` / `not-offered`.
 */
export type ResolutionTarget = ('unstated' | 'not-offered') | TimedResolutionTarget;
/**
 * An IANA time-zone name such as `Europe/Berlin`, `America/New_York` or `UTC`. Abbreviations such as EST or CET are ambiguous and are not accepted.
 */
export type Timezone = string;
/**
 * How long the agreement runs and how it renews.
 */
export interface TermAndRenewal {
    /**
     * Length of the initial term in months.
     */
    initialMonths: number;
    /**
     * How the agreement continues after the initial term: `automatic` (renews for `renewalMonths` unless notice is given), `by-agreement` (both parties must agree in writing) or `none` (ends).
     */
    renewal: 'automatic' | 'by-agreement' | 'none';
    /**
     * Length of each renewal period in months.
     */
    renewalMonths?: number;
    /**
     * Calendar days of written notice needed to end the agreement or prevent renewal.
     */
    noticeDays?: number;
}
/**
 * How the provider may change the document, e.g. a published policy that gives notice before adverse changes.
 */
export interface ChangesToThisDocument {
    /**
     * Calendar days of notice before a change takes effect, e.g. `90`; for the changes `description` names, or for every change when it names none.
     */
    noticeDays?: number;
    description?: Text;
}
/**
 * How this document sits among the parties' other contracts, and the law that governs it.
 */
export interface ContractFrame {
    masterAgreement?: Text;
    /**
     * When documents conflict, which one wins: listed highest first, e.g. `[Order Form, this Support Agreement, Master Services Agreement]`.
     *
     * @minItems 2
     */
    precedence?: [Name, Name, ...Name[]];
    governingLaw?: Name;
    jurisdiction?: Name;
}
/**
 * Who the agreement is between. A `SupportPolicy` names only the provider.
 */
export interface Parties {
    provider: Party;
    client?: Party;
}
/**
 * One side of the agreement.
 */
export interface Party {
    name: Name;
    legalName?: Name;
    address?: Text;
    /**
     * Named people for this party and their roles under the agreement.
     */
    contacts?: Contact[];
}
/**
 * A named person and how to reach them.
 */
export interface Contact {
    name: Name;
    title?: Name;
    email?: Email;
    /**
     * A phone number in international form, e.g. `+49 30 1234567`.
     */
    phone?: string;
    /**
     * What this contact does under the agreement: `point-of-contact` (designated contact who raises and receives support requests), `escalation` (contact for escalations), `technical`, `billing`, `executive-sponsor`, `signatory`.
     */
    roles?: ('point-of-contact' | 'escalation' | 'technical' | 'billing' | 'executive-sponsor' | 'signatory')[];
}
/**
 * A defined term.
 */
export interface Definition {
    term: Name;
    meaning: Text;
}
/**
 * A delivered workflow covered by support.
 */
export interface Service {
    id: Id;
    name: Name;
    description?: Text;
    /**
     * Which environment is covered.
     */
    environment?: 'production' | 'staging' | 'development' | 'all';
    /**
     * The parts of the workflow (models, prompts, integrations, data stores) that support covers.
     */
    components?: Component[];
    /**
     * Services the workflow relies on but neither party controls, such as model vendors and external APIs. Resolution of incidents can depend on them.
     */
    dependencies?: Dependency[];
}
/**
 * A part of the workflow.
 */
export interface Component {
    name: Name;
    description?: Text;
}
/**
 * A third-party service the workflow depends on.
 */
export interface Dependency {
    name: Name;
    /**
     * What kind of dependency it is.
     */
    kind: 'model-provider' | 'api' | 'saas' | 'infrastructure' | 'data-source' | 'other';
    /**
     * Whose account or contract the dependency runs under.
     */
    ownedBy?: 'client' | 'provider' | 'third-party';
    description?: Text;
}
/**
 * What support covers and what it does not.
 */
export interface Scope {
    /**
     * Work that support covers.
     */
    included?: IncludedWork[];
    /**
     * Work that support does not cover; it can be ordered as a change order.
     */
    excluded?: ExcludedWork[];
}
/**
 * A kind of work support covers.
 */
export interface IncludedWork {
    /**
     * The kind of work.
     */
    category: 'incident-response' | 'troubleshooting' | 'defect-remediation' | 'monitoring-review' | 'reporting' | 'prompt-tuning' | 'configuration-tuning' | 'maintenance' | 'optimisation-review' | 'user-support' | 'other';
    description: Text;
}
/**
 * A kind of work support does not cover.
 */
export interface ExcludedWork {
    /**
     * The kind of work.
     */
    category: 'new-features' | 'unrelated-systems' | 'major-redesign' | 'training' | 'third-party-services' | 'client-systems' | 'other';
    description: Text;
}
/**
 * A kind of request and its coverage.
 */
export interface RequestType {
    id: Id;
    name: Name;
    /**
     * What kind of request it is.
     */
    category: 'bug' | 'output-quality' | 'tuning' | 'question' | 'monitoring' | 'enhancement' | 'other';
    /**
     * How the request type is covered: `included` in the support fee, `capped` (included up to `cap`, then quoted), `change-order` (quoted and billed separately), or `not-covered` (not handled as support at all; say in `description` where it goes instead, e.g. a public issue tracker).
     */
    coverage: 'included' | 'capped' | 'change-order' | 'not-covered';
    cap?: Cap;
    response?: TimedResponseTarget;
    description?: Text;
}
/**
 * How much of this work is included before it becomes a change order.
 */
export interface Cap {
    /**
     * Hours of work included per period.
     */
    hours: number;
    /**
     * The period the cap resets.
     */
    per: 'month' | 'quarter' | 'year';
}
/**
 * How soon the provider acknowledges an incident and begins work, counted on the named calendar. Give exactly one of `within`, `between` or `by`.
 */
export interface TimedResponseTarget {
    within?: Duration;
    between?: DurationRange;
    by?: NamedDeadline;
    calendar: Id;
    firmness?: Firmness;
    outsideHours?: OutsideHoursTarget;
    description?: Text;
}
/**
 * A different target for a request raised while the calendar `hours` is closed, e.g. P2 within 2 hours in office hours but by the next business day otherwise.
 */
export interface OutsideHoursTarget {
    hours: Id;
    within?: Duration;
    between?: DurationRange;
    by?: NamedDeadline;
    calendar: Id;
}
/**
 * Where support ends and paid enhancement work begins, and how that work is quoted.
 */
export interface SupportAndEnhancement {
    threshold?: Text;
    /**
     * Estimated effort above which a request is a change order.
     */
    thresholdHours?: number;
    evaluation?: Text;
    estimateWithin?: TimeTarget;
    rate?: Money;
}
/**
 * A length of time on a calendar, e.g. how soon an estimate or a notice is given.
 */
export interface TimeTarget {
    within: Duration;
    calendar: Id;
}
/**
 * An amount in a currency, optionally per period.
 */
export interface Money {
    /**
     * The amount, e.g. `1500` or `149.50`.
     */
    amount: number;
    /**
     * ISO 4217 currency code such as `EUR`, `USD` or `GBP`.
     */
    currency: string;
    /**
     * The period or unit the amount is charged for.
     */
    per?: 'hour' | 'day' | 'month' | 'quarter' | 'year' | 'one-off';
}
/**
 * A charge.
 */
export interface Fee {
    /**
     * What the fee is for: `after-hours`, `weekend`, `public-holiday`, `emergency`, `on-site` or `other`.
     */
    for: 'after-hours' | 'weekend' | 'public-holiday' | 'emergency' | 'on-site' | 'other';
    rate?: Money;
    description?: Text;
}
/**
 * Support hours in one time zone, with holidays, or 24x7.
 */
export interface Calendar {
    id: Id;
    name: Name;
    /**
     * An IANA time-zone name such as `Europe/Berlin`; or `client-local` (a primary time zone the client names, as many policies say; `sla due --timezone` supplies it), or `unstated` when the document does not say. Give `timezone` or `timezones`.
     */
    timezone?: string;
    /**
     * Several IANA time zones for one calendar (follow-the-sun or regional teams, e.g. US Pacific, Central European and Australian Eastern): the weekly hours apply in each zone and the calendar is open whenever any of them is.
     *
     * @minItems 2
     */
    timezones?: [string, string, ...string[]];
    /**
     * `24x7` for round-the-clock cover, a list of weekly working windows, or `unstated` when the document names support hours without saying what they are (put its words in `description`).
     */
    hours: ('24x7' | 'unstated') | [WeeklyHours, ...WeeklyHours[]];
    description?: Text;
    /**
     * Holidays when the calendar is closed (or open for reduced hours): a dated day (`date`), or a rule that recurs every year — a fixed day (`month` and `day`, with `observed` for weekend observance) or the nth weekday of a month (`month`, `weekday`, `week`).
     */
    holidays?: Holiday[];
    /**
     * Public holidays of a region, every year, by name: `us` (US federal), `gb-eng` (England and Wales bank holidays), `de` (Germany, nationwide), `fr` (France), `nl` (the Netherlands).
     */
    holidaySets?: ('us' | 'gb-eng' | 'de' | 'fr' | 'nl')[];
    /**
     * iCalendar (`.ics`) files whose all-day events are holidays of this calendar, as paths relative to the agreement file, e.g. `holidays/berlin-2027.ics`.
     */
    holidayFiles?: string[];
    /**
     * When the holidays are those of a place the document does not list: `provider-location` (the holidays where the provider's support team works) or `client-location`. The clock cannot know them; `sla due` says so.
     */
    holidaysOf?: 'provider-location' | 'client-location';
    holidaysDescription?: Text;
}
/**
 * Working windows on some days of the week.
 */
export interface WeeklyHours {
    /**
     * The days these windows apply to.
     *
     * @minItems 1
     */
    days: [Weekday, ...Weekday[]];
    /**
     * Working windows on each of these days, e.g. `[09:00-12:30, 13:30-17:30]`.
     *
     * @minItems 1
     */
    open: [TimeWindow, ...TimeWindow[]];
    /**
     * The IANA zone of these windows when it is not the calendar's, e.g. a support week that opens at 10:00 on Monday in Sydney (`Australia/Sydney`) and closes at 17:00 on Friday in California (`America/Los_Angeles`). The calendar is open when any of its zones' windows is.
     */
    timezone?: string;
}
/**
 * A holiday.
 */
export interface Holiday {
    date?: Date;
    name: Name;
    /**
     * For a recurring holiday: the month, 1–12.
     */
    month?: number;
    /**
     * For a holiday on a fixed day every year: the day of the month, e.g. `25` for Christmas Day.
     */
    day?: number;
    weekday?: Weekday;
    /**
     * Which occurrence of `weekday` in the month: `1`–`4`, or `last`.
     */
    week?: 1 | 2 | 3 | 4 | 'last';
    /**
     * When a fixed-day holiday falls on a weekend: `nearest-weekday` (Saturday moves to Friday, Sunday to Monday, as US federal holidays), `next-weekday` (moves to the following Monday, as UK bank holidays), or `none` (not moved; the default).
     */
    observed?: 'nearest-weekday' | 'next-weekday' | 'none';
    /**
     * Working windows on this day, when it is a partial holiday (e.g. `[09:00-12:00]`). Omit for a full day off.
     */
    open?: TimeWindow[];
}
/**
 * A severity level.
 */
export interface SeverityLevel {
    id: Id;
    /**
     * The level's rank, 1 being the most severe. Levels are listed in this order.
     */
    level: number;
    name: Name;
    definition?: Text;
    businessImpact?: Text;
    /**
     * Typical incidents at this level.
     */
    examples?: Text[];
    /**
     * The `id`s of the tiers this severity level applies to. Omit for all.
     */
    tiers?: Id[];
    /**
     * The `id`s of the services this severity level applies to. Omit for all.
     */
    services?: Id[];
}
/**
 * Who sets an incident's severity, how, and how a disagreement is settled.
 */
export interface HowSeverityIsAssigned {
    /**
     * Who sets the severity when a request is raised: `client`, `provider` or `jointly`.
     */
    assignedBy?: 'client' | 'provider' | 'jointly';
    description?: Text;
    matrix?: ImpactAndUrgencyMatrix;
    reclassification?: Text;
    disputes?: Text;
}
/**
 * Severity as a table of impact (rows) against urgency (columns).
 */
export interface ImpactAndUrgencyMatrix {
    /**
     * Row labels, highest impact first, e.g. `[Many users blocked, One team blocked, One user affected]`.
     *
     * @minItems 1
     */
    impacts: [Name, ...Name[]];
    /**
     * Column labels, most urgent first.
     *
     * @minItems 1
     */
    urgencies: [Name, ...Name[]];
    /**
     * One row per impact, one severity `id` per urgency.
     *
     * @minItems 1
     */
    levels: [[Id, ...Id[]], ...[Id, ...Id[]][]];
}
/**
 * A service level.
 */
export interface ServiceTier {
    id: Id;
    name: Name;
    description?: Text;
    /**
     * The `id`s of the services this tier is offered for. Omit for all.
     */
    services?: Id[];
    /**
     * How critical the supported workflows are to the client's business.
     */
    businessCriticality?: 'low' | 'medium' | 'high' | 'mission-critical';
    supportHours?: Id;
    reporting?: Frequency;
    proactiveOptimisation?: ProactiveOptimisation;
    price?: Money;
    priceDescription?: Text;
    targets: Targets;
}
/**
 * Whether the provider proactively reviews and tunes the workflow.
 */
export interface ProactiveOptimisation {
    /**
     * Whether proactive optimisation is part of the tier.
     */
    included: boolean;
    description?: Text;
}
/**
 * Response, update and resolution targets for each severity level, keyed by severity `id`. A level the tier does not cover is `not-offered`; a level left out is reported by `sla lint`.
 */
export interface Targets {
    /**
     * Targets for one severity level, or `not-offered` when the tier does not cover this level at all.
     */
    [k: string]: 'not-offered' | SeverityTargets;
}
/**
 * Targets for one severity level.
 */
export interface SeverityTargets {
    response: ResponseTarget;
    update?: UpdateCadence;
    resolution?: ResolutionTarget;
}
/**
 * How often the client receives a status update while the incident is open, counted on the named calendar.
 */
export interface TimedUpdateCadence {
    every: Duration;
    calendar: Id;
    firmness?: Firmness;
    description?: Text;
}
/**
 * The time for restoring service or providing a workaround. Give exactly one of `within`, `between` or `by`.
 */
export interface TimedResolutionTarget {
    within?: Duration;
    between?: DurationRange;
    by?: NamedDeadline;
    calendar: Id;
    firmness?: Firmness;
    /**
     * What counts as resolved: `workaround` (service restored through a fix or a workaround). `objective` is the older way of writing `firmness: objective` and means the same.
     */
    kind?: 'objective' | 'workaround';
    /**
     * When the resolution clock starts: `opened` (when the request is logged; the default) or `response` (when the provider responds).
     */
    from?: 'opened' | 'response';
    outsideHours?: OutsideHoursTarget;
    description?: Text;
}
/**
 * A way to raise a request.
 */
export interface Channel {
    id: Id;
    /**
     * The kind of channel.
     */
    type: 'portal' | 'email' | 'phone' | 'chat' | 'pager' | 'other';
    address?: Name;
    /**
     * The severity levels this channel may be used for. Omit for all.
     */
    severities?: Id[];
    hours?: Id;
    /**
     * The `id`s of the tiers that may use this channel. Omit for all.
     */
    tiers?: Id[];
    /**
     * `false` when requests raised here do not start the target clocks (e.g. a chat channel that is not eligible for SLA issues). Omit when it does.
     */
    countsForTargets?: boolean;
    description?: Text;
}
/**
 * One step of the escalation path.
 */
export interface EscalationStep {
    /**
     * The step's position in the path, starting at 1.
     */
    step: number;
    contact: Contact;
    when: Text;
}
/**
 * A duty of the client.
 */
export interface ClientResponsibility {
    /**
     * Which duty: `designated-contact`, `escalation-channel` (raising and escalating through the agreed channel), `access-and-context` (timely access, logs and context), `client-systems` (maintaining client-owned systems), `operating-procedures` (following documented procedures), `testing`, `data` or `other`.
     */
    category: 'designated-contact' | 'escalation-channel' | 'access-and-context' | 'client-systems' | 'operating-procedures' | 'testing' | 'data' | 'other';
    description: Text;
    /**
     * The `id`s of the tiers this responsibility applies to. Omit for all.
     */
    tiers?: Id[];
    /**
     * The `id`s of the services this responsibility applies to. Omit for all.
     */
    services?: Id[];
}
/**
 * What is measured, how often it is reviewed, what the client receives, and what triggers proactive outreach.
 */
export interface MonitoringAndReporting {
    /**
     * The metrics tracked.
     */
    metrics?: Metric[];
    reviewFrequency?: Frequency;
    /**
     * Reports the client receives.
     */
    reports?: Report[];
    /**
     * Conditions under which the provider contacts the client before the client notices a problem.
     */
    proactiveOutreach?: OutreachTrigger[];
}
/**
 * A tracked metric.
 */
export interface Metric {
    id: Id;
    name: Name;
    /**
     * What the metric measures. For AI workflows, track `output-quality` and `drift`.
     */
    category: 'output-quality' | 'drift' | 'confidence' | 'latency' | 'cost' | 'volume' | 'error-rate' | 'availability' | 'other';
    description?: Text;
    threshold?: Text;
}
/**
 * A report sent to the client.
 */
export interface Report {
    name: Name;
    frequency: Frequency;
    deliveredWithin?: TimeTarget;
    /**
     * What the report contains.
     */
    contents?: Text[];
}
/**
 * A condition that triggers proactive contact.
 */
export interface OutreachTrigger {
    trigger: Text;
    metric?: Id;
    within?: TimeTarget;
}
/**
 * How planned changes are scheduled, announced, approved and tested.
 */
export interface MaintenanceAndPlannedChange {
    /**
     * When planned maintenance takes place.
     */
    windows?: MaintenanceWindow[];
    notice?: TimeTarget;
    approval?: Approval;
    testing?: TestingBeforeRelease;
    emergencyChanges?: EmergencyChanges;
}
/**
 * A recurring maintenance window.
 */
export interface MaintenanceWindow {
    /**
     * Days of the window.
     *
     * @minItems 1
     */
    days: [Weekday, ...Weekday[]];
    /**
     * Time windows on those days.
     *
     * @minItems 1
     */
    open: [TimeWindow, ...TimeWindow[]];
    timezone: Timezone;
}
/**
 * Whether the client approves planned changes before release.
 */
export interface Approval {
    /**
     * Whether client approval is needed.
     */
    required: boolean;
    approver?: Name;
    description?: Text;
}
/**
 * How changes are tested before they reach production.
 */
export interface TestingBeforeRelease {
    /**
     * Whether testing before release is required.
     */
    required: boolean;
    description?: Text;
    evaluationSet?: EvaluationSet;
}
/**
 * A fixed set of cases a change must pass before release.
 */
export interface EvaluationSet {
    name: Name;
    /**
     * Number of cases.
     */
    size?: number;
    passCriterion: Text;
}
/**
 * How urgent changes outside the normal process are handled.
 */
export interface EmergencyChanges {
    description: Text;
    notifyWithin?: TimeTarget;
}
/**
 * An availability target for the services, with measurement and service credits.
 */
export interface Availability {
    /**
     * The availability level as a percentage, e.g. `99.5`, or `unstated` when the document promises availability without a number.
     */
    target: 'unstated' | number;
    firmness?: Firmness;
    /**
     * The `id`s of the services the availability target covers. Omit for all.
     */
    services?: Id[];
    scope?: Text;
    /**
     * The period over which availability is measured, or `unstated` when the document gives credits without saying over what period availability is measured.
     */
    measurementWindow: 'month' | 'quarter' | 'year' | 'unstated';
    /**
     * How long a month is when computing allowed downtime: `30d` (30 days), `calendar` (the actual month), or `730h` (an average month).
     */
    monthConvention?: '30d' | 'calendar' | '730h';
    measurement?: Text;
    /**
     * What does not count as downtime.
     */
    exclusions?: Text[];
    /**
     * Credits owed when availability falls below a level.
     */
    serviceCredits?: ServiceCredit[];
    creditTerms?: ServiceCreditTerms;
}
/**
 * A credit tier.
 */
export interface ServiceCredit {
    /**
     * Availability below this percentage earns the credit.
     */
    below: number;
    /**
     * The band's floor, when the document gives one: availability below `below` and at or above this earns the credit, e.g. `99.0` in 'below 99.995% (and >= 99.0%)'.
     */
    atLeast?: number;
    /**
     * The credit, as a percentage of the fee `creditTerms.basis` names (the document's own words say which fee).
     */
    creditPercent: number;
}
/**
 * How service credits work: whether bands add up, the cap, the claim procedure and window.
 */
export interface ServiceCreditTerms {
    basis?: Text;
    /**
     * `true` when the credits of every band passed add up; `false` when only the lowest band reached applies.
     */
    cumulative?: boolean;
    /**
     * The most credit in one period, as a percentage of the fee, e.g. `100`.
     */
    capPercent?: number;
    /**
     * The period the cap applies to, when it differs from the measurement window or that is not stated: `month`, `quarter` or `year`.
     */
    capPer?: 'month' | 'quarter' | 'year';
    /**
     * Calendar days the client has to claim a credit, e.g. `10`.
     */
    claimWithinDays?: number;
    /**
     * Hours the client has to claim a credit, e.g. `24`.
     */
    claimWithinHours?: number;
    claimProcedure?: Text;
    /**
     * `true` when service credits are the client's sole and exclusive remedy for missed availability.
     */
    soleRemedy?: boolean;
    forfeiture?: Text;
}
/**
 * How often the agreement is reviewed against real support behaviour.
 */
export interface ReviewOfTheAgreement {
    frequency: Frequency;
    /**
     * What each review looks at.
     */
    topics?: ReviewTopic[];
    /**
     * Who takes part.
     */
    participants?: Name[];
}
/**
 * A question the review answers.
 */
export interface ReviewTopic {
    /**
     * The topic.
     */
    category: 'issue-types' | 'target-realism' | 'tuning-volume' | 'client-understanding' | 'scope' | 'pricing' | 'other';
    description: Text;
}
/**
 * A signature block.
 */
export interface Signature {
    /**
     * Which party signs.
     */
    party: 'provider' | 'client';
    name?: Name;
    title?: Name;
    place?: Name;
}
/**
 * How the rendered contract presents the agreement. Changes no term: only what the client sees and in what form.
 */
export interface Presentation {
    /**
     * `true` prints every tier offered side by side, with prices, in an agreement. Without it an agreement shows only the client's own tier, since a client sees the prices of tiers it did not buy only when the provider wants it to (`sla render --all-tiers` does the same for one run). A `SupportPolicy` always compares its tiers.
     */
    tierComparison?: boolean;
    /**
     * `true` or `false` to always or never print a table of contents in the PDF. Without it the PDF has one when the contract runs to more than four pages.
     */
    tableOfContents?: boolean;
    /**
     * `false` leaves out "Your support at a glance", the one-page summary after the title block that answers, from this file, what to do when something breaks, how fast the answer comes, what is included, what is separate work and what the client does. On by default in an agreement; a published policy has none.
     */
    summary?: boolean;
    summaryNote?: Text;
}

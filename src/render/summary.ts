/**
 * "Your support at a glance": the five questions a client asks before reading a support agreement, answered from
 * the agreement's own data — what to do when something breaks, how fast the answer comes, what is included, what is
 * separate work, and what the client does. Nothing here is fixed prose: every answer is built from fields the
 * contract's sections print, and an answer the data does not give is null, which the template says is not defined.
 * The worst-case wait is computed by the support clock (src/clock/worst-case.ts).
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar } from '../model/agreement.js';
import { translator } from '../i18n/catalog.js';
import { referenceYear } from '../clock/reference-year.js';
import { worstCaseResponseWait } from '../clock/worst-case.js';
import { sentences } from './sentences.js';
import type { ContractView } from './view.js';
import { clockWords, dateWords, listWords, zoneWords } from './words.js';

export interface SummaryRoute {
  /** `Critical`, `High, Normal and Low`, or `Any severity`. */
  severities: string;
  channels: { typeLabel: string; address: string | null; hours: string | null }[];
}

export interface SummaryTargetRow {
  name: string;
  /** The definition's first sentence, or null. */
  definition: string | null;
  /** `1 hour (commitment)`; null when the level has no such target. */
  response: string | null;
  update: string | null;
  resolution: string | null;
  /** The calendar the targets run on (`Berlin business hours`, `Around the clock`), or null when they differ. */
  hours: string | null;
}

export interface SummaryView {
  /** What the agreement says about the summary's standing (`presentation.summaryNote`), or null. */
  note: string | null;
  /** 1. When something breaks: channels per severity, and the first escalation step. */
  routes: SummaryRoute[];
  firstEscalation: { name: string; title: string | null; reach: string | null; when: string } | null;
  /** 2. How fast: the client's tier, its targets per level, and the worst wall-clock wait for the most severe level. */
  tierName: string | null;
  targets: SummaryTargetRow[];
  targetColumns: { update: boolean; resolution: boolean; hours: boolean };
  /** The firmness every target of a kind shares (`commitment`), written once in the column's header; else null. */
  targetFirmness: { response: string | null; update: string | null; resolution: string | null };
  worstCase: string | null;
  /** 3. Included: scope items, and request types included or capped. */
  included: string[];
  /** Request types included without a cap, and those included up to a cap (with it). */
  includedRequests: string[];
  cappedRequests: { name: string; coverageText: string }[];
  /** 4. Separate work: exclusions, request types that are change orders, and how such work is quoted and billed. */
  excluded: string[];
  changeOrderRequests: string[];
  changeOrder: { threshold: string | null; estimateWithin: string | null; rate: string | null } | null;
  /** 5. Your side: the client's responsibilities, as a checklist. */
  duties: { label: string; description: string }[];
}

type SummarySource = Pick<ContractView, 'channels' | 'escalation' | 'severityLevels' | 'tier' | 'scope' | 'requestTypes' | 'changeOrders' | 'clientResponsibilities'>;

/** The summary of an agreement (or a published policy), or null when it turns the summary off (`presentation.summary: false`). */
export function buildSummary(agreement: Agreement, view: SummarySource, options: { force?: boolean } = {}): SummaryView | null {
  if (!options.force && agreement.presentation?.summary === false) return null;
  const { locale } = agreement;
  const routes = channelRoutes(agreement, view);
  const first = view.escalation[0];
  const reach = first ? [first.email, first.phone].filter(Boolean).join(', ') : '';
  const levels = view.tier ? view.severityLevels.filter((level) => level.response || level.update || level.resolution) : [];
  // A firmness every target of a kind shares goes in the column's header, once.
  const shared = (kind: 'response' | 'update' | 'resolution'): string | null => {
    const words = new Set(levels.map((level) => level[kind]).filter((target) => target && !target.gap).map((target) => target!.firmnessText));
    const [only] = words;
    return words.size === 1 && only ? only : null;
  };
  const targetFirmness = { response: shared('response'), update: shared('update'), resolution: shared('resolution') };
  const cell = (level: (typeof levels)[number], kind: 'response' | 'update' | 'resolution'): string | null => {
    const target = level[kind];
    if (!target) return null;
    // With an Hours column the calendar is said there; without, the cell names it (`1 hour, 24×7`).
    const time = level.sharedCalendar ? target.words : target.short;
    return target.firmnessText && !target.gap && !targetFirmness[kind] ? translator(locale).t('view.target.withFirmness', { time, firmness: target.firmnessText }) : time;
  };
  const targets = levels.map((level): SummaryTargetRow => ({
    name: level.name,
    definition: level.definition ? (sentences(level.definition)[0] ?? null) : null,
    response: cell(level, 'response'), update: cell(level, 'update'), resolution: cell(level, 'resolution'),
    hours: level.sharedCalendar,
  }));
  return {
    note: agreement.presentation?.summaryNote?.trim() || null,
    routes,
    firstEscalation: first ? { name: first.name, title: first.title, reach: reach || null, when: first.when } : null,
    tierName: view.tier?.name ?? null,
    targets,
    targetColumns: { update: targets.some((t) => t.update), resolution: targets.some((t) => t.resolution), hours: targets.some((t) => t.hours) },
    targetFirmness,
    worstCase: worstCaseSentence(agreement, view.severityLevels, locale),
    included: (view.scope?.included ?? []).map((item) => item.label),
    includedRequests: view.requestTypes.filter((r) => r.coverage === 'included').map((r) => r.name),
    cappedRequests: view.requestTypes.filter((r) => r.coverage === 'capped').map((r) => ({ name: r.name, coverageText: r.coverageText })),
    excluded: (view.scope?.excluded ?? []).map((item) => item.label),
    changeOrderRequests: view.requestTypes.filter((r) => r.coverage === 'change-order').map((r) => r.name),
    changeOrder: view.changeOrders
      ? { threshold: view.changeOrders.threshold, estimateWithin: view.changeOrders.estimateWithin?.withCalendar ?? null, rate: view.changeOrders.rate }
      : null,
    duties: view.clientResponsibilities.map((duty) => ({ label: duty.label, description: duty.description })),
  };
}

/**
 * The channels that start the clock, per severity: levels served by the same channels share a line, in the order
 * of the levels (`Critical` → phone; `High, Normal and Low` → portal or e-mail).
 */
function channelRoutes(agreement: Agreement, view: SummarySource): SummaryRoute[] {
  // The view's levels are in order of severity already.
  const levels = view.severityLevels;
  const counted = agreement.channels.map((channel, index) => ({ channel, shown: view.channels[index]! })).filter(({ channel }) => channel.countsForTargets !== false);
  if (counted.length === 0) return [];
  const groups: { ids: string; levels: string[]; channels: SummaryRoute['channels'] }[] = [];
  for (const level of levels) {
    const serving = counted.filter(({ channel }) => !channel.severities?.length || channel.severities.includes(level.id));
    const ids = serving.map(({ channel }) => channel.id).join('\0');
    const group = groups.find((g) => g.ids === ids);
    if (group) group.levels.push(level.name);
    else groups.push({ ids, levels: [level.name], channels: serving.map(({ shown }) => ({ typeLabel: shown.typeLabel, address: shown.address, hours: shown.hours })) });
  }
  if (levels.length === 0) groups.push({ ids: '', levels: [], channels: counted.map(({ shown }) => ({ typeLabel: shown.typeLabel, address: shown.address, hours: shown.hours })) });
  return groups.filter((group) => group.channels.length > 0).map((group) => ({
    severities: group.levels.length === levels.length ? translator(agreement.locale).t('view.summary.anySeverity') : listWords(group.levels, agreement.locale),
    channels: group.channels,
  }));
}

/**
 * The longest wall-clock wait for an answer to the most severe level in the client's tier, in a sentence: "Raised
 * on Thursday, 24 December 2027 at 17:31 Berlin time, a Critical incident is answered by Monday, 28 December 2027
 * at 10:00: 64 hours 29 minutes later." On a 24×7 calendar the worst moment is any moment, so the sentence says
 * the target holds at any hour. Null when there is no such target or the clock cannot run on its calendar.
 */
function worstCaseSentence(agreement: Agreement, levels: SummarySource['severityLevels'], locale: string): string | null {
  const tier = agreement.tiers.find((t) => t.id === agreement.serviceTier);
  const top = levels.find((level) => tier?.targets[level.id]?.response);
  if (!tier || !top) return null;
  const response = tier.targets[top.id]!.response!;
  const calendar = agreement.calendars.find((c) => c.id === response.calendar);
  if (!calendar || calendar.hoursUnstated) return null;
  let wait;
  try {
    wait = worstCaseResponseWait(agreement, top.id, tier.id, { year: referenceYear(agreement) });
  } catch {
    // A calendar the clock cannot run on (no working hours at all): the summary claims nothing.
    return null;
  }
  const waitCalendar = agreement.calendars.find((c) => c.id === wait.calendar) ?? calendar;
  const waited = elapsedWords(Math.round(Math.abs(wait.wallMinutes)) * 60, locale, 'minute');
  if (waitCalendar.alwaysOpen) return translator(locale).t('view.summary.worstCaseAnyHour', { severity: top.name, wait: waited });
  const raised = moment(wait.raisedAt, waitCalendar, locale);
  const due = moment(wait.dueAt, waitCalendar, locale);
  return translator(locale).t('view.summary.worstCase', { severity: top.name, raised, due, wait: waited });
}

/** `Thursday, 24 December 2027 at 17:31 Berlin time`, in the calendar's zone and the agreement's locale. */
function moment(iso: string, calendar: Calendar, locale: string): string {
  const zone = calendar.timezones[0] ?? 'UTC';
  const at = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  return translator(locale).t('view.summary.moment', { date: dateWords(at.toISODate()!, locale, { weekday: true }), time: clockWords(at.hour * 60 + at.minute, locale), zone: zoneWords(zone, locale).name });
}

/**
 * A length of time on the wall clock, to the second or the minute: `64 hours 29 minutes`, `43 minutes 12 seconds`,
 * `0 minutes`. Units are written one after the other, without `and`, as a budget or a wait is read off a clock.
 */
export function elapsedWords(totalSeconds: number, locale: string, smallest: 'minute' | 'second'): string {
  const t = translator(locale);
  const seconds = Math.round(totalSeconds);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts: string[] = [];
  if (hours) parts.push(t.t('words.duration.hour', { count: hours }));
  if (minutes) parts.push(t.t('words.duration.minute', { count: minutes }));
  if (smallest === 'second' && (rest || parts.length === 0)) parts.push(t.t('view.duration.second', { count: rest }));
  if (smallest === 'minute' && parts.length === 0) parts.push(t.t('words.duration.minute', { count: 0 }));
  return parts.join(' ');
}

/**
 * `sla diff`: what a change to an agreement means for the client. FIRST CUT (work in progress on the branch
 * wip/sla-diff-tests): the data of both versions is walked in parallel (list items matched by their id, term, name or
 * value), each difference is attributed to the most specific rule of DIFF_RULES whose path pattern covers it, and the
 * rule classifies it as stronger, weaker, neutral or mixed for the client.
 */
import type { AgreementResult } from '../agreement.js';
import { DateTime } from 'luxon';
import { workingTimeBetween } from '../clock/clock.js';
import type { Agreement } from '../model/agreement.js';
import { pointerSegment } from '../load/source-map.js';
import { compareDurations, parseDuration } from '../model/duration.js';

import type { AgreementChange, AgreementDiff, AgreementVersion, ChangeEffect } from './types.js';
import { headlineOf } from './headline.js';
export * from './types.js';
export { headlineOf } from './headline.js';

type Json = unknown;
interface Site { old: Json; new: Json; oldPointer: string; newPointer: string; path: string }
type Classify = (site: Site) => { effect: ChangeEffect; reason?: string };
interface DiffRule { path: string; section: string; classify: Classify }

// ---- classifiers ----
const neutral: Classify = () => ({ effect: 'neutral' });
const mixed = (reason: string): Classify => () => ({ effect: 'mixed', reason });
const present = (v: Json) => v !== undefined && v !== null;
/** Added is `onAdd`, removed the opposite; a changed value is `onChange`. */
const listItem = (onAdd: ChangeEffect, onChange: ChangeEffect = 'neutral'): Classify => (s) => {
  if (!present(s.old)) return { effect: onAdd };
  if (!present(s.new)) return { effect: opposite(onAdd) };
  return { effect: onChange };
};
const opposite = (e: ChangeEffect): ChangeEffect => (e === 'stronger' ? 'weaker' : e === 'weaker' ? 'stronger' : e);
/** Numbers: `higher` says whether a higher value is better for the client. */
const number = (higher: boolean, whenAdded: ChangeEffect = 'neutral'): Classify => (s) => {
  if (!present(s.old)) return { effect: whenAdded };
  if (!present(s.new)) return { effect: opposite(whenAdded) };
  const a = Number(s.old), b = Number(s.new);
  if (a === b) return { effect: 'neutral' };
  return { effect: (b > a) === higher ? 'stronger' : 'weaker' };
};
const ranked = (order: readonly string[]): Classify => (s) => {
  // First in `order` is best for the client.
  if (!present(s.old) || !present(s.new)) return { effect: 'neutral' };
  const a = order.indexOf(String(s.old)), b = order.indexOf(String(s.new));
  if (a === b) return { effect: 'neutral' };
  if (a < 0) return { effect: 'stronger' };
  if (b < 0) return { effect: 'weaker' };
  return { effect: b < a ? 'stronger' : 'weaker' };
};
const FIRMNESS = ['commitment', 'objective', 'commercially-reasonable-efforts', 'best-effort'];
const FREQUENCY = ['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'semi-annually', 'annually'];
const COVERAGE = ['included', 'capped', 'change-order', 'not-covered'];
/** Two durations as written, ordered as the model orders them (working days before minutes); undefined when either is not one. */
function compareWritten(a: Json, b: Json): number | undefined {
  const x = typeof a === 'string' ? parseDuration(a) : undefined;
  const y = typeof b === 'string' ? parseDuration(b) : undefined;
  return x && y ? compareDurations(x, y) : undefined;
}
const duration = (shorter: ChangeEffect): Classify => (s) => {
  if (!present(s.old)) return { effect: shorter };
  if (!present(s.new)) return { effect: opposite(shorter) };
  const order = compareWritten(s.new, s.old);
  if (order === undefined) return { effect: 'mixed', reason: 'the times cannot be compared' };
  return { effect: order === 0 ? 'neutral' : order < 0 ? shorter : opposite(shorter) };
};

/** A time target (response, update, resolution): its time and its firmness. */
const target: Classify = (s) => {
  const o = s.old as Record<string, Json> | string | undefined;
  const n = s.new as Record<string, Json> | string | undefined;
  const timed = (t: typeof o) => typeof t === 'object' && t !== null;
  if (!timed(o) && !timed(n)) return { effect: o === n ? 'neutral' : String(n) === 'not-offered' && o === undefined ? 'neutral' : 'weaker' };
  if (!timed(o)) return { effect: o === 'not-offered' && n === undefined ? 'neutral' : 'stronger' };
  if (!timed(n)) return { effect: 'weaker' };
  const a = o as Record<string, Json>, b = n as Record<string, Json>;
  const effects: ChangeEffect[] = [];
  const time = (t: Record<string, Json>) => t.within ?? t.every ?? (Array.isArray(t.between) ? t.between[1] : undefined);
  const order = compareWritten(time(b), time(a));
  if (order !== undefined && order !== 0) effects.push(order < 0 ? 'stronger' : 'weaker');
  if (a.calendar !== b.calendar) {
    // Another calendar: more working time in a year means the same target passes sooner on the wall clock.
    const ca = yearlyMinutes(compared.old, String(a.calendar));
    const cb = yearlyMinutes(compared.new, String(b.calendar));
    effects.push(ca === undefined || cb === undefined ? 'mixed' : ca === cb ? 'neutral' : cb > ca ? 'stronger' : 'weaker');
  }
  const DEADLINES = ['same-business-day', 'next-business-day'];
  if (a.by !== b.by && a.by !== undefined && b.by !== undefined) effects.push(DEADLINES.indexOf(String(b.by)) < DEADLINES.indexOf(String(a.by)) ? 'stronger' : 'weaker');
  if ((a.from ?? 'opened') !== (b.from ?? 'opened')) effects.push((b.from ?? 'opened') === 'opened' ? 'stronger' : 'weaker');
  // A different, usually slower, target for requests raised outside hours.
  if ((a.outsideHours === undefined) !== (b.outsideHours === undefined)) effects.push(b.outsideHours === undefined ? 'stronger' : 'weaker');
  const fa = FIRMNESS.indexOf(String(a.firmness)), fb = FIRMNESS.indexOf(String(b.firmness));
  if (a.firmness !== b.firmness) effects.push(fa < 0 ? 'stronger' : fb < 0 ? 'weaker' : fb < fa ? 'stronger' : 'weaker');
  return combine(effects);
};
function combine(effects: ChangeEffect[]): { effect: ChangeEffect; reason?: string } {
  const set = new Set(effects.filter((e) => e !== 'neutral'));
  if (set.size === 0) return { effect: 'neutral' };
  if (set.size === 1) return { effect: [...set][0]! };
  return { effect: 'mixed', reason: 'some parts are better for the client and some worse' };
}

/** The two agreements being compared, for rules that measure through the clock (set by diffAgreements). */
let compared: { old?: Agreement; new?: Agreement } = {};

/** Working minutes of a calendar over the agreement's effective year: what its hours, days and holidays add up to. */
function yearlyMinutes(agreement: Agreement | undefined, calendarIndex: number | string): number | undefined {
  const calendar = typeof calendarIndex === 'string' ? agreement?.calendars.find((c) => c.id === calendarIndex) : agreement?.calendars[calendarIndex];
  if (!agreement || !calendar || calendar.hoursUnstated) return undefined;
  const year = Number(String(agreement.effectiveDate ?? '2027').slice(0, 4)) || 2027;
  try {
    // Three years from the effective year: holiday sets and rules count in every year, listed dates only in theirs.
    const from = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: calendar.timezone });
    return workingTimeBetween(from, from.plus({ years: 3 }), calendar) / 3;
  } catch {
    return undefined;
  }
}

/** A calendar's hours, days or holidays: judged by the working time a year holds, before and after. */
const calendarTime: Classify = (s) => {
  const index = (pointer: string) => Number(pointer.split('/')[2]);
  const a = yearlyMinutes(compared.old, index(s.oldPointer));
  const b = yearlyMinutes(compared.new, index(s.newPointer));
  if (a === undefined || b === undefined) return { effect: 'mixed', reason: 'the working time could not be measured' };
  if (a === b) return { effect: 'neutral' };
  return { effect: b > a ? 'stronger' : 'weaker', reason: `${Math.round(a / 60)} → ${Math.round(b / 60)} working hours a year` };
};
/** A yes/no field; `absent` is what leaving it out means. */
const flag = (trueIs: ChangeEffect, absent = false): Classify => (s) => {
  const a = s.old ?? absent, b = s.new ?? absent;
  return a === b ? { effect: 'neutral' } : { effect: b === true ? trueIs : opposite(trueIs) };
};

const SERVICE_LEVELS = 'Service levels';
/** Every schema path has a rule here or under a parent path; test/diff/schema-coverage.test.ts holds that. */
export const DIFF_RULES: readonly DiffRule[] = [
  { path: '/$schema', section: 'Document', classify: neutral },
  { path: '/slaVersion', section: 'Document', classify: neutral },
  { path: '/kind', section: 'Document', classify: mixed('the kind of document changed') },
  { path: '/id', section: 'Document', classify: neutral },
  { path: '/title', section: 'Document', classify: neutral },
  { path: '/version', section: 'Document', classify: neutral },
  { path: '/status', section: 'Document', classify: neutral },
  { path: '/locale', section: 'Document', classify: neutral },
  { path: '/effectiveDate', section: 'Document', classify: neutral },
  { path: '/lastUpdated', section: 'Document', classify: neutral },
  { path: '/term', section: 'Term and renewal', classify: mixed('the term binds both parties alike') },
  { path: '/amendments', section: 'Changes to this document', classify: neutral },
  { path: '/amendments/noticeDays', section: 'Changes to this document', classify: number(true, 'stronger') },
  { path: '/contractFrame', section: 'Contract frame', classify: mixed('the contract frame changed') },
  { path: '/parties', section: 'Parties', classify: neutral },
  { path: '/definitions', section: 'Definitions', classify: mixed('a definition changed; its effect depends on where the term is used') },
  { path: '/services', section: 'Services covered', classify: listItem('stronger') },
  { path: '/services/*/name', section: 'Services covered', classify: neutral },
  { path: '/services/*/description', section: 'Services covered', classify: neutral },
  { path: '/services/*/id', section: 'Services covered', classify: neutral },
  { path: '/services/*/environment', section: 'Services covered', classify: mixed('the covered environment changed') },
  { path: '/services/*/components', section: 'Services covered', classify: listItem('stronger') },
  { path: '/services/*/dependencies', section: 'Services covered', classify: neutral },
  { path: '/scope', section: 'Scope', classify: neutral },
  { path: '/scope/included', section: 'Scope', classify: listItem('stronger') },
  { path: '/scope/excluded', section: 'Scope', classify: listItem('weaker') },
  { path: '/requestTypes', section: 'Request types', classify: listItem('stronger') },
  { path: '/requestTypes/*/coverage', section: 'Request types', classify: ranked(COVERAGE) },
  { path: '/requestTypes/*/cap', section: 'Request types', classify: neutral },
  { path: '/requestTypes/*/cap/hours', section: 'Request types', classify: number(true) },
  { path: '/requestTypes/*/response', section: SERVICE_LEVELS, classify: target },
  { path: '/requestTypes/*/id', section: 'Request types', classify: neutral },
  { path: '/requestTypes/*/name', section: 'Request types', classify: neutral },
  { path: '/requestTypes/*/category', section: 'Request types', classify: neutral },
  { path: '/requestTypes/*/description', section: 'Request types', classify: neutral },
  { path: '/changeOrders', section: 'Support and enhancement', classify: neutral },
  { path: '/changeOrders/thresholdHours', section: 'Support and enhancement', classify: number(true) },
  { path: '/changeOrders/estimateWithin', section: 'Support and enhancement', classify: target },
  { path: '/changeOrders/rate', section: 'Fees', classify: neutral },
  { path: '/changeOrders/rate/amount', section: 'Fees', classify: number(false) },
  { path: '/fees', section: 'Fees', classify: listItem('weaker') },
  { path: '/fees/*/rate/amount', section: 'Fees', classify: number(false) },
  { path: '/calendars', section: 'Support hours and holidays', classify: neutral },
  { path: '/calendars/*/timezone', section: 'Support hours and holidays', classify: mixed('the hours move against the client\u2019s day') },
  { path: '/calendars/*/hours', section: 'Support hours and holidays', classify: calendarTime },
  { path: '/calendars/*/holidays', section: 'Support hours and holidays', classify: calendarTime },
  { path: '/calendars/*/holidaySets', section: 'Support hours and holidays', classify: calendarTime },
  { path: '/calendars/*/holidayFiles', section: 'Support hours and holidays', classify: calendarTime },
  { path: '/calendars/*/holidaysOf', section: 'Support hours and holidays', classify: calendarTime },
  { path: '/severityLevels', section: 'Severity levels', classify: listItem('stronger') },
  { path: '/severityAssignment', section: 'Severity levels', classify: neutral },
  { path: '/severityAssignment/assignedBy', section: 'Severity levels', classify: ranked(['client', 'jointly', 'provider']) },
  { path: '/serviceTier', section: SERVICE_LEVELS, classify: mixed('another tier: its price and its targets differ') },
  { path: '/tiers', section: SERVICE_LEVELS, classify: listItem('stronger') },
  { path: '/tiers/*/price/amount', section: 'Fees', classify: number(false) },
  { path: '/tiers/*/targets', section: SERVICE_LEVELS, classify: neutral },
  { path: '/tiers/*/targets/*', section: SERVICE_LEVELS, classify: (s) => (!present(s.new) && s.old !== 'not-offered' ? { effect: 'weaker' } : !present(s.old) && s.new !== 'not-offered' ? { effect: 'stronger' } : { effect: s.new === 'not-offered' || s.old === 'not-offered' ? (present(s.old) && present(s.new) ? (s.new === 'not-offered' ? 'weaker' : 'stronger') : 'neutral') : 'neutral' }) },
  { path: '/tiers/*/targets/*/response', section: SERVICE_LEVELS, classify: target },
  { path: '/tiers/*/targets/*/update', section: SERVICE_LEVELS, classify: target },
  { path: '/tiers/*/targets/*/resolution', section: SERVICE_LEVELS, classify: target },
  { path: '/tiers/*/name', section: SERVICE_LEVELS, classify: neutral },
  { path: '/tiers/*/description', section: SERVICE_LEVELS, classify: neutral },
  { path: '/channels', section: 'How to reach support', classify: listItem('stronger') },
  { path: '/escalation', section: 'Escalation', classify: listItem('stronger') },
  { path: '/clientResponsibilities', section: 'Client responsibilities', classify: listItem('weaker') },
  { path: '/excusedDelays', section: 'Excused delays', classify: listItem('weaker') },
  { path: '/monitoring', section: 'Monitoring and reporting', classify: neutral },
  { path: '/monitoring/metrics', section: 'Monitoring and reporting', classify: listItem('stronger') },
  { path: '/monitoring/reviewFrequency', section: 'Monitoring and reporting', classify: ranked(FREQUENCY) },
  { path: '/monitoring/reports/*/frequency', section: 'Monitoring and reporting', classify: ranked(FREQUENCY) },
  { path: '/maintenance', section: 'Maintenance', classify: neutral },
  { path: '/maintenance/notice/within', section: 'Maintenance', classify: duration('weaker') },
  { path: '/maintenance/windows', section: 'Maintenance', classify: listItem('weaker') },
  { path: '/availability', section: 'Availability', classify: neutral },
  { path: '/availability/target', section: 'Availability', classify: number(true) },
  { path: '/availability/firmness', section: 'Availability', classify: ranked(FIRMNESS) },
  { path: '/availability/exclusions', section: 'Availability', classify: listItem('weaker') },
  { path: '/availability/measurementWindow', section: 'Availability', classify: ranked(['day', 'week', 'month', 'quarter', 'year']) },
  { path: '/availability/serviceCredits', section: 'Availability', classify: listItem('stronger') },
  { path: '/availability/serviceCredits/*/below', section: 'Availability', classify: number(true) },
  { path: '/maintenance/approval/required', section: 'Maintenance', classify: flag('stronger') },
  { path: '/maintenance/testing/required', section: 'Maintenance', classify: flag('stronger') },
  { path: '/maintenance/emergencyChanges/notifyWithin', section: 'Maintenance', classify: target },
  { path: '/monitoring/reports', section: 'Monitoring and reporting', classify: listItem('stronger') },
  { path: '/monitoring/proactiveOutreach', section: 'Monitoring and reporting', classify: listItem('stronger') },
  { path: '/monitoring/proactiveOutreach/*/within', section: 'Monitoring and reporting', classify: target },
  { path: '/tiers/*/reporting', section: SERVICE_LEVELS, classify: ranked(FREQUENCY) },
  { path: '/tiers/*/proactiveOptimisation/included', section: SERVICE_LEVELS, classify: flag('stronger') },
  { path: '/channels/*/hours', section: 'How to reach support', classify: (s) => {
    const a = yearlyMinutes(compared.old, String(s.old)), b = yearlyMinutes(compared.new, String(s.new));
    return a === undefined || b === undefined ? { effect: 'mixed', reason: 'the hours could not be measured' } : { effect: a === b ? 'neutral' : b > a ? 'stronger' : 'weaker' };
  } },
  { path: '/channels/*/countsForTargets', section: 'How to reach support', classify: flag('stronger', true) },
  { path: '/channels/*/severities', section: 'How to reach support', classify: listItem('stronger') },
  { path: '/requestTypes/*/cap/per', section: 'Request types', classify: ranked(['year', 'quarter', 'month'].reverse()) },
  { path: '/fees/*/rate', section: 'Fees', classify: neutral },
  { path: '/availability/serviceCredits/*/creditPercent', section: 'Availability', classify: number(true) },
  { path: '/availability/creditTerms/capPercent', section: 'Availability', classify: number(true, 'weaker') },
  { path: '/availability/creditTerms/claimWithinDays', section: 'Availability', classify: number(true) },
  { path: '/availability/creditTerms/soleRemedy', section: 'Availability', classify: (s) => ({ effect: s.new === true ? 'weaker' : s.old === true ? 'stronger' : 'neutral' }) },
  { path: '/review', section: 'Review', classify: neutral },
  { path: '/review/frequency', section: 'Review', classify: ranked(FREQUENCY) },
  { path: '/signatures', section: 'Signatures', classify: neutral },
  { path: '/presentation', section: 'Document', classify: neutral },
];

export const DIFF_RULE_PATHS: readonly string[] = DIFF_RULES.map((r) => r.path);

const segmentsOf = (pattern: string) => pattern.split('/').slice(1);
/** The most specific rule whose pattern covers the schema path. */
function ruleFor(path: string): DiffRule | undefined {
  const parts = segmentsOf(path);
  let best: DiffRule | undefined;
  let bestLength = -1;
  for (const rule of DIFF_RULES) {
    const p = segmentsOf(rule.path);
    if (p.length > parts.length || p.length <= bestLength) continue;
    if (p.every((seg, i) => seg === '*' || seg === parts[i])) {
      best = rule;
      bestLength = p.length;
    }
  }
  return best;
}
/** True when some rule sits below `path`, so the walk must go deeper before classifying. */
function hasDeeperRule(path: string): boolean {
  const parts = segmentsOf(path);
  return DIFF_RULES.some((rule) => {
    const p = segmentsOf(rule.path);
    return p.length > parts.length && parts.every((seg, i) => p[i] === '*' || p[i] === seg || seg === '*');
  });
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (item: Json): string | undefined => {
  if (!isObject(item)) return undefined;
  const id = item.id ?? item.term ?? item.date;
  return id === undefined ? undefined : String(id);
};

/**
 * Pairs the items of two versions of a list: by id (or term, or date) where items have one, then equal items, then
 * what is left in order; an unpaired item was added or removed.
 */
function matchItems(olds: readonly Json[], news: readonly Json[]): Array<[number | undefined, number | undefined]> {
  const pairs: Array<[number | undefined, number | undefined]> = [];
  const usedNew = new Set<number>();
  const freeOld: number[] = [];
  olds.forEach((item, i) => {
    const id = idOf(item);
    let j = id === undefined ? -1 : news.findIndex((n, k) => !usedNew.has(k) && idOf(n) === id);
    if (j < 0 && id === undefined) j = news.findIndex((n, k) => !usedNew.has(k) && idOf(n) === undefined && equal(n, item));
    if (j >= 0) {
      usedNew.add(j);
      pairs.push([i, j]);
    } else freeOld.push(i);
  });
  const freeNew = news.map((_, j) => j).filter((j) => !usedNew.has(j));
  // An item whose id alone changed is the same item renamed.
  const withoutId = (item: Json) => (isObject(item) ? JSON.stringify({ ...item, id: undefined, term: undefined }) : JSON.stringify(item));
  for (let k = freeOld.length - 1; k >= 0; k--) {
    const i = freeOld[k]!;
    const m = freeNew.findIndex((j) => withoutId(news[j]) === withoutId(olds[i]));
    if (m >= 0) {
      pairs.push([i, freeNew[m]!]);
      freeNew.splice(m, 1);
      freeOld.splice(k, 1);
    }
  }
  // Left-over items without ids are the same item edited when both sides have one at the same place in the order.
  while (freeOld.length > 0 && freeNew.length > 0 && idOf(olds[freeOld[0]!]) === undefined && idOf(news[freeNew[0]!]) === undefined && freeOld.length === freeNew.length) {
    pairs.push([freeOld.shift()!, freeNew.shift()!]);
  }
  for (const i of freeOld) pairs.push([i, undefined]);
  for (const j of freeNew) pairs.push([undefined, j]);
  return pairs;
}
const equal = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

export function diffAgreements(oldResult: AgreementResult, newResult: AgreementResult): AgreementDiff {
  if (!oldResult || !newResult) throw new TypeError('diffAgreements: pass two AgreementResults, as loadAgreementText returns them');
  compared = { old: oldResult.agreement, new: newResult.agreement };
  const changes: AgreementChange[] = [];
  const lineOf = (r: AgreementResult, pointer: string) => r.source.sourceMap.get(pointer)?.value.line;
  const emit = (site: Site) => {
    const rule = ruleFor(site.path);
    const { effect, reason } = rule ? rule.classify(site) : { effect: 'mixed' as const, reason: 'no diff rule for this field yet' };
    const change = site.old === undefined ? 'added' : site.new === undefined ? 'removed' : 'changed';
    const pointer = change === 'removed' ? site.oldPointer : site.newPointer;
    changes.push({
      pointer, change, effect, section: rule?.section ?? 'Other', reason,
      subject: pointer, summary: `${change} ${pointer}`,
      ...(site.old !== undefined && { oldPointer: site.oldPointer }),
      ...(site.new !== undefined && { newPointer: site.newPointer }),
      ...(site.old !== undefined && { oldLine: lineOf(oldResult, site.oldPointer) }),
      ...(site.new !== undefined && { newLine: lineOf(newResult, site.newPointer) }),
    });
  };
  const walk = (site: Site): void => {
    if (equal(site.old, site.new)) return;
    if (site.path.split('/').pop()?.startsWith('x-')) return emitNeutral(site);
    // Lists are always matched item by item (an item added or removed is what most rules judge); mappings only when a
    // rule sits deeper.
    // A mapping added or removed whole is compared with an empty one where rules sit inside it (a notice period added
    // is judged by the notice rule, not as "amendments added").
    if (hasDeeperRule(site.path) && !site.path.endsWith('/*') && !Array.isArray(site.old) && !Array.isArray(site.new)) {
      if (site.old === undefined && isObject(site.new)) site = { ...site, old: {} };
      else if (site.new === undefined && isObject(site.old)) site = { ...site, new: {} };
    }
    const deeper = (Array.isArray(site.old) && Array.isArray(site.new)) || (hasDeeperRule(site.path) && isObject(site.old) && isObject(site.new));
    if (!deeper) return emit(site);
    if (Array.isArray(site.old) && Array.isArray(site.new)) {
      const olds = site.old as Json[];
      const news = site.new as Json[];
      const pairs = matchItems(olds, news);
      const kept = pairs.filter(([i, j]) => i !== undefined && j !== undefined) as Array<[number, number]>;
      const inOrder = kept.every(([, j], k) => k === 0 || j > kept[k - 1]![1]);
      if (!inOrder) changes.push({ pointer: site.newPointer, change: 'reordered', effect: 'neutral', section: ruleFor(`${site.path}/*`)?.section ?? 'Other', subject: site.newPointer, summary: 'items reordered' });
      for (const [i, j] of pairs) {
        walk({ old: i === undefined ? undefined : olds[i], new: j === undefined ? undefined : news[j], oldPointer: `${site.oldPointer}/${i ?? j}`, newPointer: `${site.newPointer}/${j ?? i}`, path: `${site.path}/*` });
      }
      return;
    }
    const o = site.old as Record<string, Json>, n = site.new as Record<string, Json>;
    for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const childPath = /^\/tiers\/\*\/targets$/.test(site.path) ? `${site.path}/*` : `${site.path}/${key}`;
      walk({ old: o[key], new: n[key], oldPointer: `${site.oldPointer}/${pointerSegment(key)}`, newPointer: `${site.newPointer}/${pointerSegment(key)}`, path: childPath.replace(/\/\d+(?=\/|$)/g, '/*') });
    }
  };
  const emitNeutral = (site: Site): void => void changes.push({ pointer: site.newPointer, change: 'changed', effect: 'neutral', section: 'Other', subject: site.newPointer, summary: 'an extension field changed' });
  walk({ old: oldResult.source.data, new: newResult.source.data, oldPointer: '', newPointer: '', path: '' });
  const verdict = { stronger: 0, weaker: 0, neutral: 0, mixed: 0 };
  for (const c of changes) verdict[c.effect]++;
  const versionOf = (a: AgreementResult): AgreementVersion => {
    const data = a.source.data as Record<string, unknown> | undefined;
    const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    return { title: text(data?.title), version: text(data?.version), effectiveDate: text(data?.effectiveDate) };
  };
  return { old: versionOf(oldResult), new: versionOf(newResult), changes, verdict, headline: headlineOf(verdict) };
}

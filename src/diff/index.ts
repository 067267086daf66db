/**
 * `sla diff`: what a change to an agreement means for the client. The data of both versions is walked side by side
 * (list items paired by id, term or date — see match.ts); each difference is attributed to the most specific rule of
 * ./rules whose path pattern covers it, which judges it stronger, weaker, neutral or mixed for the client (time
 * targets through the support clock, see target.ts and measure.ts) and puts it in the contract's words (words.ts).
 */
import type { AgreementResult } from '../agreement.js';
import { headlineOf } from './headline.js';
import { matchItems } from './match.js';
import { isObject, present, sameJson, type DiffContext, type DiffRule, type Json, type Site } from './rule.js';
import { DIFF_RULES, SECTION_ORDER } from './rules/index.js';
import { defaultSubject, defaultWords, summarise } from './words.js';
import { pointerSegment } from '../load/source-map.js';
import type { AgreementChange, AgreementDiff, AgreementVersion, ChangeEffect } from './types.js';

export * from './types.js';
export { headlineOf } from './headline.js';
export { DIFF_RULES, SECTION_ORDER } from './rules/index.js';
export type { DiffRule } from './rule.js';

/** The path pattern of every rule, for the test that every schema path is covered. */
export const DIFF_RULE_PATHS: readonly string[] = DIFF_RULES.map((rule) => rule.path);

const segmentsOf = (pattern: string) => pattern.split('/').slice(1);
const RULE_SEGMENTS = DIFF_RULES.map((rule) => ({ rule, segments: segmentsOf(rule.path) }));

/** The most specific rule whose pattern covers the schema path. */
function ruleFor(path: string): DiffRule | undefined {
  const parts = segmentsOf(path);
  let best: DiffRule | undefined;
  let bestLength = -1;
  for (const { rule, segments } of RULE_SEGMENTS) {
    if (segments.length > parts.length || segments.length <= bestLength) continue;
    if (segments.every((segment, i) => segment === '*' || segment === parts[i])) {
      best = rule;
      bestLength = segments.length;
    }
  }
  return best;
}

/** True when some rule sits below `path`, so the walk must go deeper before judging. */
function hasDeeperRule(path: string): boolean {
  const parts = segmentsOf(path);
  return RULE_SEGMENTS.some(({ segments }) => segments.length > parts.length && parts.every((segment, i) => segments[i] === '*' || segments[i] === segment || segment === '*'));
}

function isAgreementResult(value: unknown): value is AgreementResult {
  return isObject(value) && isObject(value.source) && 'data' in value.source && value.source.sourceMap !== undefined;
}

function versionOf(result: AgreementResult): AgreementVersion {
  const data = result.source.data;
  const text = (v: Json) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  if (!isObject(data)) return {};
  const version: AgreementVersion = {};
  if (text(data.title) !== undefined) version.title = text(data.title);
  if (text(data.version) !== undefined) version.version = text(data.version);
  if (text(data.effectiveDate) !== undefined) version.effectiveDate = text(data.effectiveDate);
  return version;
}

/** The measures a one-line summary can carry; more are for the formatters' tables. */
const MEASURES_IN_SUMMARY = 2;

/**
 * Compares two versions of an agreement, as loadAgreementText or loadAgreement return them, from the client's side.
 * Versions with schema errors are compared too (by their data; measures through the clock need a valid version).
 */
export function diffAgreements(oldResult: AgreementResult, newResult: AgreementResult): AgreementDiff {
  if (!isAgreementResult(oldResult) || !isAgreementResult(newResult)) {
    throw new TypeError('diffAgreements: pass two AgreementResults, as loadAgreementText or loadAgreement return them');
  }
  const context: DiffContext = { old: oldResult.agreement, new: newResult.agreement, oldData: oldResult.source.data, newData: newResult.source.data };
  const changes: AgreementChange[] = [];
  const lineOf = (result: AgreementResult, pointer: string) => result.source.sourceMap.get(pointer)?.value.line;
  const located = (site: Site) => ({
    ...(present(site.old) && { oldPointer: site.oldPointer, oldLine: lineOf(oldResult, site.oldPointer) }),
    ...(present(site.new) && { newPointer: site.newPointer, newLine: lineOf(newResult, site.newPointer) }),
  });

  const emit = (site: Site): void => {
    const rule = ruleFor(site.path);
    const judgement = rule ? rule.classify(site) : { effect: 'mixed' as const, reason: 'no diff rule covers this field' };
    const change = !present(site.old) ? 'added' : !present(site.new) ? 'removed' : 'changed';
    const subject = rule?.subject?.(site) ?? defaultSubject(site);
    const words = (value: Json, side: 'old' | 'new') => (present(value) ? (rule?.words?.(value, side, site) ?? defaultWords(value, site)) : undefined);
    const before = words(site.old, 'old'), after = words(site.new, 'new');
    let summary = summarise(judgement.plain ? { ...rule!, direction: undefined } : rule, change, judgement.effect, subject, before, after, judgement.reason, rule?.note?.(site));
    const measures = judgement.measures ?? [];
    // A measure the reason already tells (`the worst-case wait grows from 2 hours to 116 hours`) is not said twice.
    const untold = measures.filter((m) => !judgement.reason?.includes(`${m.before} to ${m.after}`));
    if (untold.length > 0 && measures.length <= MEASURES_IN_SUMMARY) {
      summary = `${summary.slice(0, -1)}; ${untold.map((m) => `${m.label}: ${m.before} → ${m.after}`).join('; ')}.`;
    }
    changes.push({
      pointer: change === 'removed' ? site.oldPointer : site.newPointer,
      change,
      effect: judgement.effect,
      section: rule?.section ?? 'Other',
      subject,
      ...(before !== undefined && { before }),
      ...(after !== undefined && { after }),
      summary,
      ...(judgement.reason && { reason: judgement.reason }),
      ...(measures.length > 0 && { measures }),
      ...located(site),
    });
  };

  const walk = (site: Site): void => {
    if (sameJson(site.old, site.new)) return;
    const key = site.path.split('/').pop() ?? '';
    if (key.startsWith('x-')) {
      const subject = `Extension field \`${key}\``;
      changes.push({ pointer: present(site.new) ? site.newPointer : site.oldPointer, change: !present(site.old) ? 'added' : !present(site.new) ? 'removed' : 'changed', effect: 'neutral', section: ruleFor(site.path.replace(/\/[^/]*$/, ''))?.section ?? 'Document', subject, summary: `${subject} changed, with no effect on the terms (extension fields are for tools, not for the contract).`, ...located(site) });
      return;
    }
    // A mapping added or removed whole is compared with an empty one where rules sit inside it: a notice period added
    // is judged by the notice rule, not as "amendments added". List items are judged whole.
    if (hasDeeperRule(site.path) && !site.path.endsWith('/*') && !Array.isArray(site.old) && !Array.isArray(site.new)) {
      if (site.old === undefined && isObject(site.new)) site = { ...site, old: {} };
      else if (site.new === undefined && isObject(site.old)) site = { ...site, new: {} };
    }
    const rule = ruleFor(site.path);
    if (rule?.whole && rule.path.split('/').length === site.path.split('/').length) return emit(site);
    if (Array.isArray(site.old) && Array.isArray(site.new)) return walkList(site, site.old, site.new);
    if (hasDeeperRule(site.path) && isObject(site.old) && isObject(site.new)) return walkMapping(site, site.old, site.new);
    emit(site);
  };

  const walkList = (site: Site, olds: Json[], news: Json[]): void => {
    const pairs = matchItems(olds, news);
    const kept = (pairs.filter(([i, j]) => i !== undefined && j !== undefined) as Array<[number, number]>).sort((a, b) => a[0] - b[0]);
    const inOrder = kept.every(([, j], k) => k === 0 || j > kept[k - 1]![1]);
    if (!inOrder) {
      const subject = defaultSubject(site);
      changes.push({
        pointer: site.newPointer, change: 'reordered', effect: 'neutral', section: ruleFor(`${site.path}/*`)?.section ?? 'Other', subject,
        summary: `${subject}: the order changed, with no effect on the terms.`, ...located(site),
      });
    }
    for (const [i, j] of pairs) {
      walk({
        old: i === undefined ? undefined : olds[i], new: j === undefined ? undefined : news[j],
        oldPointer: `${site.oldPointer}/${i ?? j}`, newPointer: `${site.newPointer}/${j ?? i}`, path: `${site.path}/*`, context,
      });
    }
  };

  const walkMapping = (site: Site, olds: Record<string, Json>, news: Record<string, Json>): void => {
    for (const key of new Set([...Object.keys(olds), ...Object.keys(news)])) {
      // A tier's targets are keyed by severity id: free-form keys, one pattern.
      const childPath = /^\/tiers\/\*\/targets$/.test(site.path) ? `${site.path}/*` : `${site.path}/${key}`;
      walk({ old: olds[key], new: news[key], oldPointer: `${site.oldPointer}/${pointerSegment(key)}`, newPointer: `${site.newPointer}/${pointerSegment(key)}`, path: childPath, context });
    }
  };

  walk({ old: oldResult.source.data, new: newResult.source.data, oldPointer: '', newPointer: '', path: '', context });

  const sectionRank = (section: string) => {
    const rank = SECTION_ORDER.indexOf(section);
    return rank < 0 ? SECTION_ORDER.length : rank;
  };
  const order = changes.map((change, index) => ({ change, index }));
  order.sort((a, b) => sectionRank(a.change.section) - sectionRank(b.change.section) || (a.change.newLine ?? a.change.oldLine ?? 0) - (b.change.newLine ?? b.change.oldLine ?? 0) || a.index - b.index);
  const sorted = order.map(({ change }) => change);
  const verdict: Record<ChangeEffect, number> = { stronger: 0, weaker: 0, neutral: 0, mixed: 0 };
  for (const change of sorted) verdict[change.effect]++;
  return { old: versionOf(oldResult), new: versionOf(newResult), changes: sorted, verdict, headline: headlineOf(verdict) };
}

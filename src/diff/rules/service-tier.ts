/**
 * Service tiers and the client's tier. Every tier's targets and price count, also tiers the client has not bought:
 * they are what is on offer. Moving the client to another tier is judged by its targets and its price side by side.
 */
import { combine, flag, FREQUENCY, listItem, neutral, number, ranked } from '../classifiers.js';
import { hoursWords, measured, yearlyMinutes } from '../measure.js';
import { isObject, present, type Classify, type DiffRule, type Json } from '../rule.js';
import { judgeTargets, TARGET_DIRECTION, targetNote, targetValueWords, tierTargetSubject, timeTarget, UPDATE_DIRECTION } from '../target.js';
import { isMoney, targetWords, valueAt } from '../words.js';
import { moneyWords } from '../../render/words.js';
import type { ChangeEffect, ChangeMeasure } from '../types.js';

const tiers = 'Service tier';
const targets = 'Severity levels and targets';
const fees = 'Fees';

const tierNamed = (data: Json, id: Json): Record<string, Json> | undefined => {
  const list = valueAt(data, '/tiers');
  return Array.isArray(list) ? (list.find((t) => isObject(t) && t.id === id) as Record<string, Json> | undefined) : undefined;
};

/** Another tier for the client: each target of the old tier against the new one, the support hours and the price. */
const clientTier: Classify = (site) => {
  const before = tierNamed(site.context.oldData, site.old), after = tierNamed(site.context.newData, site.new);
  if (!before || !after) return { effect: 'mixed', reason: 'another tier: its targets and price differ' };
  const effects: ChangeEffect[] = [];
  const measures: ChangeMeasure[] = [];
  const count = { stronger: 0, weaker: 0 };
  const oldTargets = isObject(before.targets) ? before.targets : {}, newTargets = isObject(after.targets) ? after.targets : {};
  const severities = site.context.new?.severityLevels ?? site.context.old?.severityLevels ?? [];
  for (const id of new Set([...Object.keys(oldTargets), ...Object.keys(newTargets)])) {
    const name = severities.find((s) => s.id === id)?.name ?? id;
    for (const kind of ['response', 'update', 'resolution']) {
      const a = valueAt(oldTargets[id], `/${kind}`), b = valueAt(newTargets[id], `/${kind}`);
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      const judged = judgeTargets(a, b, site.context.old, site.context.new);
      if (judged.effect === 'neutral') continue;
      effects.push(judged.effect);
      if (judged.effect === 'stronger' || judged.effect === 'weaker') count[judged.effect]++;
      measures.push({
        label: `${name} ${kind === 'update' ? 'update interval' : `${kind} target`}`,
        ...(() => {
          const firmness = !isObject(a) || !isObject(b) || a.firmness !== b.firmness;
          return { before: targetWords(a, site.context.old, { firmness }) ?? 'none', after: targetWords(b, site.context.new, { firmness }) ?? 'none' };
        })(),
        effect: judged.effect,
      });
      // What the client waits at worst for a response, by the wall clock, under each tier.
      const wait = kind === 'response' ? judged.measures?.find((m) => m.label === 'worst-case wait') : undefined;
      if (wait) measures.push({ ...wait, label: `worst-case wait for a ${name} response` });
    }
  }
  const hours = measured('support hours a year', yearlyMinutes(site.context.old, String(before.supportHours)), yearlyMinutes(site.context.new, String(after.supportHours)), false, hoursWords);
  if (hours && hours.effect !== 'neutral') {
    effects.push(hours.effect);
    measures.push(hours);
  }
  const price = priceMeasure(before.price, after.price, site.context.new?.locale ?? 'en-GB');
  if (price) {
    effects.push(price.effect);
    measures.push(price);
  }
  const parts: string[] = [];
  if (count.stronger) parts.push(`${count.stronger} ${count.stronger === 1 ? 'target is' : 'targets are'} faster`);
  if (count.weaker) parts.push(`${count.weaker} ${count.weaker === 1 ? 'target is' : 'targets are'} slower`);
  if (hours && hours.effect !== 'neutral') parts.push(`support hours ${hours.effect === 'stronger' ? 'grow' : 'shrink'}`);
  if (price) parts.push(`the price ${price.effect === 'weaker' ? 'rises' : 'falls'} from ${price.before} to ${price.after}`);
  const judged = combine(effects, parts.join('; '));
  return { ...judged, ...(judged.effect !== 'mixed' && parts.length && { reason: parts.join('; ') }), ...(measures.length && { measures }) };
};


/** A price moving: lower is better for the client. Prices in different currencies or periods are not compared. */
function priceMeasure(before: Json, after: Json, locale: string): ChangeMeasure | undefined {
  if (!isMoney(before) || !isMoney(after) || before.amount === after.amount) return undefined;
  if (before.currency !== after.currency || before.per !== after.per) return undefined;
  return { label: 'price', before: moneyWords(before, locale), after: moneyWords(after, locale), effect: after.amount < before.amount ? 'stronger' : 'weaker' };
}

/** A whole severity's targets in a tier: added is stronger, removed weaker, unless it is a `not-offered` entry. */
const severityTargets: Classify = (site) => {
  const offered = (v: Json) => present(v) && v !== 'not-offered';
  if (offered(site.old) === offered(site.new)) return { effect: 'neutral' };
  return { effect: offered(site.new) ? 'stronger' : 'weaker' };
};

export const serviceTierRules: readonly DiffRule[] = [
  {
    path: '/serviceTier', section: tiers, classify: clientTier,
    words: (value, side, site) => {
      const tier = tierNamed(side === 'old' ? site.context.oldData : site.context.newData, value);
      return typeof tier?.name === 'string' ? tier.name : String(value);
    },
  },
  { path: '/tiers', section: tiers, classify: listItem('stronger') },
  { path: '/tiers/*/name', section: tiers, classify: neutral },
  { path: '/tiers/*/description', section: tiers, classify: neutral },
  { path: '/tiers/*/reporting', section: tiers, classify: ranked(FREQUENCY), direction: ['more frequent', 'less frequent'] },
  { path: '/tiers/*/proactiveOptimisation/included', section: tiers, classify: flag('stronger') },
  { path: '/tiers/*/price/amount', section: fees, classify: number(false), direction: ['lower', 'higher'] },
  { path: '/tiers/*/targets', section: targets, classify: neutral },
  { path: '/tiers/*/targets/*', section: targets, classify: severityTargets, subject: tierTargetSubject, words: targetValueWords },
  { path: '/tiers/*/targets/*/response', section: targets, classify: timeTarget, subject: tierTargetSubject, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION },
  { path: '/tiers/*/targets/*/update', section: targets, classify: timeTarget, subject: tierTargetSubject, words: targetValueWords, note: targetNote, direction: UPDATE_DIRECTION },
  { path: '/tiers/*/targets/*/resolution', section: targets, classify: timeTarget, subject: tierTargetSubject, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION },
];

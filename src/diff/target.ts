/**
 * Time targets (a response, an update interval, a resolution, an estimate, a notice) judged through the support
 * clock: the nominal time and the worst-case wall-clock wait, plus the named deadline, the resolution clock's start,
 * an outside-hours fallback and the firmness.
 */
import type { Agreement } from '../model/agreement.js';
import { minutesInWords } from '../model/duration.js';
import { combine, compareWritten, FIRMNESS } from './classifiers.js';
import { measured, worstCaseWait, yearlyMinutes } from './measure.js';
import { isObject, type Classify, type DiffRule, type Json, type Judgement, type Site } from './rule.js';
import { targetWords, valueAt } from './words.js';
import type { ChangeEffect, ChangeMeasure } from './types.js';

const DEADLINES = ['same-business-day', 'next-business-day'];
const timeOf = (t: Record<string, Json>) => t.within ?? t.every ?? (Array.isArray(t.between) ? t.between[1] : undefined);
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

/** Compares two targets as written, each measured in its own agreement. */
export function judgeTargets(before: Json, after: Json, oldAgreement: Agreement | undefined, newAgreement: Agreement | undefined, waitLabel = 'worst-case wait'): Judgement {
  const timed = (t: Json): t is Record<string, Json> => isObject(t);
  if (!timed(before) && !timed(after)) {
    if (before === after) return { effect: 'neutral' };
    // A severity never offered, written out or left out, is the same promise.
    if ((before === undefined && after === 'not-offered') || (before === 'not-offered' && after === undefined)) return { effect: 'neutral' };
    if (after === undefined || after === 'not-offered' || after === 'unstated') return { effect: before === undefined ? 'neutral' : 'weaker' };
    return { effect: 'stronger' };
  }
  if (!timed(before)) return { effect: 'stronger' };
  if (!timed(after)) return { effect: 'weaker' };
  const effects: ChangeEffect[] = [];
  const measures: ChangeMeasure[] = [];
  const order = compareWritten(timeOf(after), timeOf(before));
  if (order !== undefined && order !== 0) effects.push(order < 0 ? 'stronger' : 'weaker');
  const clockChanged = !same(timeOf(before), timeOf(after)) || before.calendar !== after.calendar || before.by !== after.by || !same(before.outsideHours, after.outsideHours);
  if (clockChanged) {
    const wait = measured(waitLabel, worstCaseWait(oldAgreement, before), worstCaseWait(newAgreement, after), true, minutesInWords);
    if (wait) {
      effects.push(wait.effect);
      if (wait.effect !== 'neutral') measures.push(wait);
    } else if (before.calendar !== after.calendar) {
      // The clock cannot count one of them: judge the calendars by the working time a year holds.
      const a = yearlyMinutes(oldAgreement, String(before.calendar)), b = yearlyMinutes(newAgreement, String(after.calendar));
      effects.push(a === undefined || b === undefined ? 'mixed' : a === b ? 'neutral' : b > a ? 'stronger' : 'weaker');
    }
  }
  if (before.by !== after.by && before.by !== undefined && after.by !== undefined) effects.push(DEADLINES.indexOf(String(after.by)) < DEADLINES.indexOf(String(before.by)) ? 'stronger' : 'weaker');
  if ((before.from ?? 'opened') !== (after.from ?? 'opened')) effects.push((after.from ?? 'opened') === 'opened' ? 'stronger' : 'weaker');
  if ((before.outsideHours === undefined) !== (after.outsideHours === undefined)) effects.push(after.outsideHours === undefined ? 'stronger' : 'weaker');
  if (before.firmness !== after.firmness) {
    const a = FIRMNESS.indexOf(before.firmness as never), b = FIRMNESS.indexOf(after.firmness as never);
    effects.push(a < 0 ? 'stronger' : b < 0 ? 'weaker' : b < a ? 'stronger' : 'weaker');
  }
  const judgement = combine(effects, mixedReason(effects, measures));
  return measures.length ? { ...judgement, measures } : judgement;
}

function mixedReason(effects: ChangeEffect[], measures: ChangeMeasure[]): string {
  const wait = measures[0];
  if (wait && effects[0] && effects[0] !== wait.effect) {
    return `the time is ${effects[0] === 'stronger' ? 'shorter' : 'longer'}, but the worst-case wait ${wait.effect === 'stronger' ? 'shrinks' : 'grows'} from ${wait.before} to ${wait.after}`;
  }
  return 'some parts of the target are better for the client and some worse';
}

export const timeTarget: Classify = (site) => judgeTargets(site.old, site.new, site.context.old, site.context.new);

/** How a target reads: `30 minutes, 24×7`. */
export const targetValueWords: NonNullable<DiffRule['words']> = (value, side, site) => targetWords(value, side === 'old' ? site.context.old : site.context.new);

const KIND_WORDS: Record<string, string> = { response: 'response', update: 'update interval', resolution: 'resolution', estimateWithin: 'estimate', notifyWithin: 'notice of an emergency change', within: 'time' };

/** `Critical response target (Premium tier)` for a tier's target; the kind alone elsewhere. */
export function tierTargetSubject(site: Site): string {
  const useNew = site.new !== undefined;
  const data = useNew ? site.context.newData : site.context.oldData;
  const parts = (useNew ? site.newPointer : site.oldPointer).split('/');
  const tier = valueAt(data, parts.slice(0, 3).join('/'));
  const tierName = isObject(tier) && typeof tier.name === 'string' ? tier.name : parts[2];
  const severityId = parts[4]!;
  const agreement = useNew ? site.context.new : site.context.old;
  const severity = agreement?.severityLevels.find((s) => s.id === severityId)?.name
    ?? site.context.old?.severityLevels.find((s) => s.id === severityId)?.name ?? severityId;
  const kind = parts[5];
  const what = kind === undefined ? 'targets' : kind === 'update' ? 'update interval' : `${KIND_WORDS[kind] ?? kind} target`;
  const tiers = valueAt(data, '/tiers');
  const onlyTier = Array.isArray(tiers) && tiers.length === 1;
  return `${severity} ${what}${onlyTier ? '' : ` (${tierName} tier)`}`;
}

export const TARGET_DIRECTION = ['faster', 'slower'] as const;
export const UPDATE_DIRECTION = ['more frequent', 'less frequent'] as const;

/**
 * Time targets (a response, an update interval, a resolution, an estimate, a notice) judged through the support
 * clock: the nominal time and the worst-case wall-clock wait, plus the named deadline, the resolution clock's start,
 * an outside-hours fallback and the firmness.
 */
import type { Agreement } from '../model/agreement.js';
import { minutesInWords } from '../model/duration.js';
import { combine, compareWritten, FIRMNESS } from './classifiers.js';
import { measured, worstCaseWait, yearlyMinutes } from './measure.js';
import { isObject, sameJson as same, type Classify, type DiffRule, type Json, type Judgement, type Site } from './rule.js';
import { calendarNote, targetWords, valueAt } from './words.js';
import type { ChangeEffect, ChangeMeasure } from './types.js';

const DEADLINES = ['same-business-day', 'next-business-day'];
const timeOf = (t: Record<string, Json>) => t.within ?? t.every ?? (Array.isArray(t.between) ? t.between[1] : undefined);

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
  const timing = effects.some((effect) => effect !== 'neutral');
  if (before.firmness !== after.firmness) {
    const a = FIRMNESS.indexOf(before.firmness as never), b = FIRMNESS.indexOf(after.firmness as never);
    effects.push(a < 0 ? 'stronger' : b < 0 ? 'weaker' : b < a ? 'stronger' : 'weaker');
  }
  const judgement: Judgement = { ...combine(effects, mixedReason(effects, measures)), ...(!timing && { plain: true }) };
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

/** Both versions count on the same hours: the calendar is said once, after both values. */
function sameCalendar(site: Site): boolean {
  if (!isObject(site.old) || !isObject(site.new) || site.old.calendar !== site.new.calendar) return false;
  if (site.old.outsideHours !== undefined || site.new.outsideHours !== undefined) return false;
  return calendarNote(site.context.old, site.old.calendar) === calendarNote(site.context.new, site.new.calendar);
}

/** How a target reads: `30 minutes, 24×7`; the firmness only where it changed, the calendar once where it did not. */
export const targetValueWords: NonNullable<DiffRule['words']> = (value, side, site) => {
  const other = side === 'old' ? site.new : site.old;
  const firmness = !isObject(value) || !isObject(other) || value.firmness !== other.firmness;
  const agreement = side === 'old' ? site.context.old : site.context.new;
  if (isObject(value) && !('calendar' in value) && !('within' in value) && !('every' in value)) return severityTargetWords(value, agreement);
  // Only the firmness changed: that is the change.
  if (isObject(value) && isObject(other) && firmness && same({ ...value, firmness: undefined, description: undefined }, { ...other, firmness: undefined, description: undefined })) {
    return typeof value.firmness === 'string' ? `a${value.firmness === 'objective' ? 'n' : ''} ${value.firmness.replace(/-/g, ' ')}` : 'firmness not stated';
  }
  return targetWords(value, agreement, { firmness, withCalendar: !sameCalendar(site) });
};

export const targetNote: NonNullable<DiffRule['note']> = (site) => {
  if (!sameCalendar(site) || !isObject(site.new) || !isObject(site.old)) return undefined;
  const firmnessOnly = same({ ...site.old, firmness: undefined, description: undefined }, { ...site.new, firmness: undefined, description: undefined });
  return firmnessOnly ? undefined : calendarNote(site.context.new, site.new.calendar);
};

/** A severity's targets in a tier: `response 1 business day; resolution 10 business days`. */
function severityTargetWords(value: Record<string, Json>, agreement: Agreement | undefined): string | undefined {
  const parts = ['response', 'update', 'resolution'].filter((kind) => value[kind] !== undefined).map((kind) => `${kind} ${targetWords(value[kind], agreement, { firmness: false }) ?? ''}`.trim());
  return parts.length ? parts.join('; ') : undefined;
}

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
  if (kind === undefined) return `Targets for ${severity}${onlyTierOf(data) ? '' : ` (${tierName} tier)`}`;
  const what = kind === 'update' ? 'update interval' : `${KIND_WORDS[kind] ?? kind} target`;
  return `${severity} ${what}${onlyTierOf(data) ? '' : ` (${tierName} tier)`}`;
}

export const TARGET_DIRECTION = ['faster', 'slower'] as const;
export const UPDATE_DIRECTION = ['more frequent', 'less frequent'] as const;

function onlyTierOf(data: Json): boolean {
  const tiers = valueAt(data, '/tiers');
  return Array.isArray(tiers) && tiers.length === 1;
}

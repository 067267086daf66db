/** The ways a rule judges a difference, shared by the rules of every section. */
import { compareDurations, parseDuration } from '../model/duration.js';
import { present, type Classify, type Json, type Judgement } from './rule.js';
import type { ChangeEffect } from './types.js';

export const opposite = (effect: ChangeEffect): ChangeEffect => (effect === 'stronger' ? 'weaker' : effect === 'weaker' ? 'stronger' : effect);

/** No effect on what the client is promised: names, descriptions, ids, presentation. */
export const neutral: Classify = () => ({ effect: 'neutral' });

/** Material, with no direction that can be decided from the data: says why. */
export const mixed = (reason: string): Classify => () => ({ effect: 'mixed', reason });

/** A list item (or optional value): adding it is `onAdd` for the client, removing it the opposite; editing it `onChange`. */
export const listItem = (onAdd: ChangeEffect, onChange: ChangeEffect = 'neutral'): Classify => (site) => {
  if (!present(site.old)) return { effect: onAdd };
  if (!present(site.new)) return { effect: opposite(onAdd) };
  return { effect: onChange };
};

/** A number; `higherIsBetter` says whether a higher value is better for the client. */
export const number = (higherIsBetter: boolean, whenAdded: ChangeEffect = 'neutral'): Classify => (site) => {
  if (!present(site.old)) return { effect: whenAdded };
  if (!present(site.new)) return { effect: opposite(whenAdded) };
  const before = Number(site.old), after = Number(site.new);
  if (before === after) return { effect: 'neutral' };
  return { effect: (after > before) === higherIsBetter ? 'stronger' : 'weaker' };
};

/** One of a list of words, best for the client first. An unknown word ranks below every known one. */
export const ranked = (order: readonly string[]): Classify => (site) => {
  if (!present(site.old) || !present(site.new)) return { effect: 'neutral' };
  const before = order.indexOf(String(site.old)), after = order.indexOf(String(site.new));
  if (before === after) return { effect: 'neutral' };
  if (before < 0) return { effect: 'stronger' };
  if (after < 0) return { effect: 'weaker' };
  return { effect: after < before ? 'stronger' : 'weaker' };
};

/** A yes/no field; `absent` is what leaving it out means. */
export const flag = (trueIs: ChangeEffect, absent = false): Classify => (site) => {
  const before = site.old ?? absent, after = site.new ?? absent;
  return before === after ? { effect: 'neutral' } : { effect: after === true ? trueIs : opposite(trueIs) };
};

/** Two durations as written, ordered as the model orders them; undefined when either is not one. */
export function compareWritten(a: Json, b: Json): number | undefined {
  const x = typeof a === 'string' ? parseDuration(a) : undefined;
  const y = typeof b === 'string' ? parseDuration(b) : undefined;
  return x && y ? compareDurations(x, y) : undefined;
}

/** A plain duration (a notice period, say); `shorterIs` is what a shorter one means for the client. */
export const duration = (shorterIs: ChangeEffect): Classify => (site) => {
  if (!present(site.old)) return { effect: shorterIs };
  if (!present(site.new)) return { effect: opposite(shorterIs) };
  const order = compareWritten(site.new, site.old);
  if (order === undefined) return { effect: 'mixed', reason: 'the times cannot be compared' };
  return { effect: order === 0 ? 'neutral' : order < 0 ? shorterIs : opposite(shorterIs) };
};

/** Several findings about one value: one direction wins outright, or the whole is mixed. */
export function combine(effects: readonly ChangeEffect[], reason = 'some parts are better for the client and some worse'): Judgement {
  const directions = new Set(effects.filter((effect) => effect !== 'neutral'));
  if (directions.size === 0) return { effect: 'neutral' };
  if (directions.size === 1) return { effect: [...directions][0]! };
  return { effect: 'mixed', reason };
}

export const FIRMNESS = ['commitment', 'objective', 'commercially-reasonable-efforts', 'best-effort'] as const;
export const FREQUENCY = ['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'semi-annually', 'annually'] as const;

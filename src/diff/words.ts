/**
 * A changed value in the contract's words: what it is (`Excluded work “Training”`, `Critical response target
 * (Premium tier)`) and what it says (`30 minutes, 24×7`, `€4,800 per month`), and the sentence a reviewer reads.
 */
import type { Agreement, Money } from '../model/agreement.js';
import { calendarHoursShort, capitalise, durationWithCalendar, durationWords, dateWords, moneyWords } from '../render/words.js';
import { parseDuration } from '../model/duration.js';
import { calendarOf } from './measure.js';
import { splitPointer } from '../load/source-map.js';
import { isObject, present, type DiffRule, type Json, type Site } from './rule.js';
import { schemaTitle } from './titles.js';
import type { ChangeEffect } from './types.js';

const LONGEST = 160;
/** Long free text is cut at a word for a one-line summary; the whole text is in the agreement. */
export function clip(text: string, longest = LONGEST): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= longest) return flat;
  const cut = flat.slice(0, longest);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), longest - 20))}…`;
}

/** The name a list item goes by (its name, term, title, date or id), if it has one. */
export function itemName(item: Json, locale = 'en-GB'): string | undefined {
  if (!isObject(item)) return undefined;
  for (const key of ['name', 'term', 'title', 'label']) if (typeof item[key] === 'string') return clip(item[key] as string, 60);
  if (typeof item.date === 'string') return dateWords(item.date, locale);
  if (typeof item.id === 'string') return item.id;
  if (isObject(item.contact) && typeof item.contact.name === 'string') return item.contact.name;
  return undefined;
}

/** A list item in a few words: its name, else the start of its text. */
export function itemLabel(item: Json, locale = 'en-GB'): string | undefined {
  if (typeof item === 'string' || typeof item === 'number') return clip(String(item), 60);
  if (!isObject(item)) return undefined;
  const name = itemName(item, locale);
  if (name) return name;
  for (const key of ['description', 'text', 'condition', 'metric']) if (typeof item[key] === 'string') return clip(item[key] as string, 60);
  return undefined;
}


/** The value at a pointer of a document's data. */
export function valueAt(data: Json, pointer: string): Json {
  let node = data;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

function localeOf(site: Site): string {
  return site.context.new?.locale ?? site.context.old?.locale ?? 'en-GB';
}

/** Severity names by id, from either version. */
function severityName(site: Site, id: string): string {
  const find = (agreement?: Agreement) => agreement?.severityLevels.find((s) => s.id === id)?.name;
  return find(site.context.new) ?? find(site.context.old) ?? id;
}

/** Item titles that say nothing of their own (`Text`): the list's title, in the singular, says more. */
const GENERIC_TITLES = new Set(['Text', 'Item']);
const singular = (title: string) => title.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');

/** Leaves that only carry their parent's value: `Price › Amount` is the price, `Notice › Within` the notice. */
const UNNAMED_LEAVES = new Set(['amount', 'within', 'every']);

/**
 * What the changed value is: the schema's title of the field, qualified by the list items and map entries it sits in
 * (`Request type “Tuning” › Cap › Hours`). The first segment is the section and is not repeated.
 */
export function defaultSubject(site: Site): string {
  const useNew = present(site.new);
  const pointer = useNew ? site.newPointer : site.oldPointer;
  const data = useNew ? site.context.newData : site.context.oldData;
  const pathSegments = splitPointer(site.path);
  const pointerSegments = splitPointer(pointer);
  const parts: string[] = [];
  let listTitled = false;
  for (let i = 0; i < pathSegments.length; i++) {
    const path = `/${pathSegments.slice(0, i + 1).join('/')}`;
    const title = schemaTitle(path);
    const last = i === pathSegments.length - 1;
    if (pathSegments[i] === '*') {
      const item = valueAt(data, `/${pointerSegments.slice(0, i + 1).join('/')}`);
      const isKey = !/^\d+$/.test(pointerSegments[i] ?? '');
      // Only a name goes into the subject: a description is the value itself, and is shown as such.
      const label = isKey ? (pathSegments[i - 1] === 'targets' ? severityName(site, pointerSegments[i]!) : pointerSegments[i]) : itemName(item, localeOf(site));
      if (listTitled) parts.pop(); // `Service tiers › Service tier “Premium”` reads as `Service tier “Premium”`
      const itemTitle = title && !GENERIC_TITLES.has(title) ? title : singular(schemaTitle(path.replace(/\/\*$/, '')) ?? 'Item');
      parts.push(label ? `${itemTitle} “${label}”` : itemTitle);
      listTitled = false;
    } else if (title && !(last && UNNAMED_LEAVES.has(pathSegments[i]!)) && (i > 0 || pathSegments.length === 1)) {
      parts.push(title);
      listTitled = true;
    } else listTitled = false;
  }
  return parts.join(' › ') || 'The document';
}

/** A time target written `{ within: 2h, calendar: x }` (or every, between, by) in words: `30 minutes, 24×7`. */
export function targetWords(raw: Json, agreement: Agreement | undefined, { firmness = true, withCalendar = true } = {}): string | undefined {
  if (typeof raw === 'string') return raw === 'not-offered' ? 'not offered' : raw === 'unstated' ? 'not stated' : raw;
  if (!isObject(raw)) return undefined;
  const locale = agreement?.locale ?? 'en-GB';
  const calendar = typeof raw.calendar === 'string' ? calendarOf(agreement, raw.calendar) : undefined;
  const duration = (text: Json) => (typeof text === 'string' ? parseDuration(text) : undefined);
  const onCalendar = (text: Json) => {
    const d = duration(text);
    if (!d) return typeof text === 'string' ? text : undefined;
    if (!withCalendar && calendar) return durationWords(d, calendar);
    return calendar ? durationWithCalendar(d, calendar, locale) : `${text} on ${String(raw.calendar)}`;
  };
  let words: string | undefined;
  if (raw.by === 'same-business-day') words = 'by the end of the same business day';
  else if (raw.by === 'next-business-day') words = 'by the end of the next business day';
  else if (raw.every !== undefined) words = `every ${onCalendar(raw.every)}`;
  else if (Array.isArray(raw.between)) {
    const shortest = duration(raw.between[0]);
    const longest = onCalendar(raw.between[1]);
    const shortWords = shortest && calendar ? durationWords(shortest, calendar) : String(raw.between[0]);
    // `1–2 business days` when both ends are in one unit, as the contract writes a range.
    const [count, ...unit] = shortWords.split(' ');
    words = longest?.replace(/^\d+ /, '').startsWith(unit.join(' ').replace(/s$/, '')) && /^\d+$/.test(count ?? '') && unit.length > 0 ? `${count}–${longest}` : `${shortWords} to ${longest}`;
  }
  else words = onCalendar(raw.within);
  if (words && calendar && raw.by && withCalendar) words += calendar.alwaysOpen ? '' : ` (${calendar.name})`;
  const extras: string[] = [];
  if (typeof raw.firmness === 'string' && firmness) extras.push(raw.firmness.replace(/-/g, ' '));
  if (raw.from === 'response') extras.push('counted from the response');
  if (isObject(raw.outsideHours)) extras.push(`outside hours: ${targetWords({ ...raw.outsideHours, firmness: undefined }, agreement) ?? 'another target'}`);
  return extras.length ? `${words}; ${extras.join('; ')}` : words;
}

/** Values with a shape every reader knows: a credit band, a weekly window, a term, an escalation step. */
function shapeWords(value: Record<string, Json>, site: Site, locale: string): string | undefined {
  if (typeof value.creditPercent === 'number') {
    const from = typeof value.atLeast === 'number' ? `from ${value.atLeast}% ` : '';
    return `${value.creditPercent}% credit ${from}below ${String(value.below)}% availability`;
  }
  if (Array.isArray(value.days) && Array.isArray(value.open)) {
    const days = value.days.map((d) => capitalise(String(d))).join(', ');
    return `${days} ${value.open.join(', ')}${typeof value.timezone === 'string' ? ` (${value.timezone})` : ''}`;
  }
  if (typeof value.initialMonths === 'number' || typeof value.renewal === 'string') {
    const parts: string[] = [];
    if (typeof value.initialMonths === 'number') parts.push(`initial term ${value.initialMonths} months`);
    if (typeof value.renewal === 'string') parts.push(`renewal ${value.renewal.replace(/-/g, ' ')}${typeof value.renewalMonths === 'number' ? ` for ${value.renewalMonths} months` : ''}`);
    if (typeof value.noticeDays === 'number') parts.push(`${value.noticeDays} days' notice to end it`);
    return parts.join('; ');
  }
  if (typeof value.step === 'number' && isObject(value.contact)) {
    const contact = value.contact;
    const who = [contact.name, contact.title].filter((part) => typeof part === 'string').join(', ');
    return `step ${value.step}: ${who}${typeof value.when === 'string' ? ` — ${clip(value.when, 80)}` : ''}`;
  }
  void site;
  void locale;
  return undefined;
}

const PERCENT_PATHS = /Percent$|^\/availability\/target$|\/below$/;
export const isMoney = (value: Json): value is Money => isObject(value) && typeof value.amount === 'number' && typeof value.currency === 'string';

/** A value in contract words, for any field a rule does not word itself. */
export function defaultWords(value: Json, site: Site): string | undefined {
  if (value === undefined || value === null) return undefined;
  const locale = localeOf(site);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (PERCENT_PATHS.test(site.path)) return `${value}%`;
    // An amount is worded with the currency and period of the money it belongs to.
    if (site.path.endsWith('/amount')) {
      const useNew = value === site.new;
      const money = valueAt(useNew ? site.context.newData : site.context.oldData, (useNew ? site.newPointer : site.oldPointer).replace(/\/amount$/, ''));
      if (isMoney(money)) return moneyWords({ ...money, amount: value }, locale);
    }
    return value.toLocaleString(locale);
  }
  if (typeof value === 'string' && site.path.endsWith('/within')) {
    // A time on its parent's calendar: the notice of `{ within: 5d, calendar: x }`.
    const useNew = value === site.new;
    const parent = valueAt(useNew ? site.context.newData : site.context.oldData, (useNew ? site.newPointer : site.oldPointer).replace(/\/within$/, ''));
    if (isObject(parent)) return targetWords({ ...parent, within: value, firmness: undefined }, useNew ? site.context.new : site.context.old, { firmness: false });
  }
  if (typeof value === 'string') return clip(/^\d{4}-\d\d-\d\d$/.test(value) ? dateWords(value, locale) : value);
  if (isMoney(value)) return moneyWords(value, locale);
  if (isObject(value)) {
    const shaped = shapeWords(value, site, locale);
    if (shaped) return shaped;
  }
  if (Array.isArray(value)) return clip(value.map((item) => itemLabel(item, locale) ?? '…').join(', ')) || 'none';
  const object = value as Record<string, Json>;
  const label = itemLabel(object, locale);
  const description = typeof object.description === 'string' ? object.description : undefined;
  if (label && description && !description.startsWith(label.replace(/…$/, ''))) return clip(`${label}: ${description}`);
  if (label) return clip(description ?? label);
  return clip(Object.entries(object).filter(([key]) => !key.startsWith('x-')).map(([key, v]) => `${key}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('; '));
}

const EFFECT_WORDS: Record<ChangeEffect, string> = {
  stronger: 'better for the client',
  weaker: 'worse for the client',
  mixed: 'mixed for the client',
  neutral: 'no effect on the terms',
};

/** Direction words that already say better or worse for the client. */
const EVALUATIVE = new Set(['faster', 'slower', 'more frequent', 'less frequent']);

/** The sentence a reviewer reads for one change. */
export function summarise(
  rule: DiffRule | undefined,
  change: 'added' | 'removed' | 'changed',
  effect: ChangeEffect,
  subject: string,
  before: string | undefined,
  after: string | undefined,
  reason: string | undefined,
  note?: string,
): string {
  const word = effect === 'stronger' ? rule?.direction?.[0] : effect === 'weaker' ? rule?.direction?.[1] : undefined;
  // `slower for the client` says it all; `higher` needs saying whether that is better or worse.
  const verdict = word === undefined ? EFFECT_WORDS[effect] : EVALUATIVE.has(word) ? `${word} for the client` : `${word}, ${EFFECT_WORDS[effect]}`;
  const because = reason && effect !== 'neutral' ? ` (${reason})` : '';
  const sentence = (text: string) => `${text.replace(/[.\s]+$/, '')}.`;
  // Added or removed, a direction word (`lower`) has nothing to compare with.
  const plainVerdict = EFFECT_WORDS[effect];
  if (change === 'added') return sentence(`${subject} added, ${plainVerdict}${after ? `: ${after}` : ''}${because}`);
  if (change === 'removed') return sentence(`${subject} removed, ${plainVerdict}${before ? ` (was: ${before.replace(/[.\s]+$/, '')})` : ''}${because}`);
  const values = before !== undefined && after !== undefined && before !== after ? `: ${before.replace(/[.\s]+$/, '')} → ${after}${note ? ` (${note})` : ''}` : '';
  const is = /^Targets\b/.test(subject) ? 'are' : 'is';
  return sentence(`${subject} ${effect === 'neutral' ? 'changed, with no effect on the terms' : `${is} ${verdict}`}${values}${because}`);
}

/** `24×7` or `Mon–Fri 08:00–18:00 London time`: the hours a calendar counts, said once for two targets that share it. */
export function calendarNote(agreement: Agreement | undefined, calendarId: Json): string | undefined {
  const calendar = typeof calendarId === 'string' ? calendarOf(agreement, calendarId) : undefined;
  return calendar ? calendarHoursShort(calendar, agreement?.locale ?? 'en-GB') : undefined;
}

/**
 * A changed value in the contract's words: what it is (`Excluded work “Training”`, `Critical response target
 * (Premium tier)`) and what it says (`30 minutes, 24×7`, `€4,800 per month`), and the sentence a reviewer reads.
 */
import type { Agreement, Money } from '../model/agreement.js';
import { durationWithCalendar, dateWords, moneyWords } from '../render/words.js';
import { parseDuration } from '../model/duration.js';
import { calendarOf } from './measure.js';
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

/** The name a list item goes by: its name, term, title or date, else its id, else the start of its description. */
export function itemLabel(item: Json, locale = 'en-GB'): string | undefined {
  if (typeof item === 'string' || typeof item === 'number') return clip(String(item), 60);
  if (!isObject(item)) return undefined;
  for (const key of ['name', 'term', 'title', 'label']) if (typeof item[key] === 'string') return clip(item[key] as string, 60);
  if (typeof item.date === 'string') return dateWords(item.date, locale);
  if (typeof item.id === 'string') return item.id;
  for (const key of ['description', 'text', 'condition', 'metric']) if (typeof item[key] === 'string') return clip(item[key] as string, 60);
  return undefined;
}

const segmentsOf = (pointer: string) => (pointer === '' ? [] : pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));

/** The value at a pointer of a document's data. */
export function valueAt(data: Json, pointer: string): Json {
  let node = data;
  for (const segment of segmentsOf(pointer)) {
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

/**
 * What the changed value is: the schema's title of the field, qualified by the list items and map entries it sits in
 * (`Request type “Tuning” › Cap › Hours`). The first segment is the section and is not repeated.
 */
export function defaultSubject(site: Site): string {
  const useNew = present(site.new);
  const pointer = useNew ? site.newPointer : site.oldPointer;
  const data = useNew ? site.context.newData : site.context.oldData;
  const pathSegments = segmentsOf(site.path);
  const pointerSegments = segmentsOf(pointer);
  const parts: string[] = [];
  for (let i = 0; i < pathSegments.length; i++) {
    const path = `/${pathSegments.slice(0, i + 1).join('/')}`;
    const title = schemaTitle(path);
    const last = i === pathSegments.length - 1;
    if (pathSegments[i] === '*') {
      const item = valueAt(data, `/${pointerSegments.slice(0, i + 1).join('/')}`);
      const isKey = !/^\d+$/.test(pointerSegments[i] ?? '');
      const label = isKey ? (pathSegments[i - 1] === 'targets' ? severityName(site, pointerSegments[i]!) : pointerSegments[i]) : itemLabel(item, localeOf(site));
      if (parts.length > 0 && !last) parts.pop(); // `Service tiers › Service tier “Premium”` reads as `Service tier “Premium”`
      parts.push(label ? `${title ?? 'Item'} “${label}”` : (title ?? 'An item'));
    } else if (title && (i > 0 || pathSegments.length === 1)) {
      parts.push(title);
    }
  }
  return parts.join(' › ') || 'The document';
}

/** A time target written `{ within: 2h, calendar: x }` (or every, between, by) in words: `30 minutes, 24×7`. */
export function targetWords(raw: Json, agreement: Agreement | undefined): string | undefined {
  if (typeof raw === 'string') return raw === 'not-offered' ? 'not offered' : raw === 'unstated' ? 'not stated' : raw;
  if (!isObject(raw)) return undefined;
  const locale = agreement?.locale ?? 'en-GB';
  const calendar = typeof raw.calendar === 'string' ? calendarOf(agreement, raw.calendar) : undefined;
  const duration = (text: Json) => (typeof text === 'string' ? parseDuration(text) : undefined);
  const onCalendar = (text: Json) => {
    const d = duration(text);
    if (!d) return typeof text === 'string' ? text : undefined;
    return calendar ? durationWithCalendar(d, calendar, locale) : `${text} on ${String(raw.calendar)}`;
  };
  let words: string | undefined;
  if (raw.by === 'same-business-day') words = 'by the end of the same business day';
  else if (raw.by === 'next-business-day') words = 'by the end of the next business day';
  else if (raw.every !== undefined) words = `every ${onCalendar(raw.every)}`;
  else if (Array.isArray(raw.between)) words = `between ${raw.between[0]} and ${onCalendar(raw.between[1])}`;
  else words = onCalendar(raw.within);
  if (words && calendar && raw.by) words += calendar.alwaysOpen ? '' : ` (${calendar.name})`;
  const extras: string[] = [];
  if (typeof raw.firmness === 'string') extras.push(raw.firmness.replace(/-/g, ' '));
  if (raw.from === 'response') extras.push('counted from the response');
  if (isObject(raw.outsideHours)) extras.push(`outside hours: ${targetWords({ ...raw.outsideHours, firmness: undefined }, agreement) ?? 'another target'}`);
  return extras.length ? `${words}; ${extras.join('; ')}` : words;
}

const isMoney = (value: Json): value is Money => isObject(value) && typeof value.amount === 'number' && typeof value.currency === 'string';

/** A value in contract words, for any field a rule does not word itself. */
export function defaultWords(value: Json, site: Site): string | undefined {
  if (value === undefined || value === null) return undefined;
  const locale = localeOf(site);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return /Percent$/.test(site.path) ? `${value}%` : value.toLocaleString(locale);
  if (typeof value === 'string') return clip(/^\d{4}-\d\d-\d\d$/.test(value) ? dateWords(value, locale) : value);
  if (isMoney(value)) return moneyWords(value, locale);
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

/** The sentence a reviewer reads for one change. */
export function summarise(
  rule: DiffRule | undefined,
  change: 'added' | 'removed' | 'changed',
  effect: ChangeEffect,
  subject: string,
  before: string | undefined,
  after: string | undefined,
  reason: string | undefined,
): string {
  const direction = rule?.direction && (effect === 'stronger' ? `${rule.direction[0]} for the client` : effect === 'weaker' ? `${rule.direction[1]} for the client` : undefined);
  const verdict = direction ?? EFFECT_WORDS[effect];
  const because = reason && effect !== 'neutral' ? ` (${reason})` : '';
  if (change === 'added') return `${subject} added, ${verdict}${after ? `: ${after}` : ''}${because}.`;
  if (change === 'removed') return `${subject} removed, ${verdict}${before ? ` (was: ${before})` : ''}${because}.`;
  const values = before !== undefined && after !== undefined && before !== after ? `: ${before} → ${after}` : '';
  return `${subject} ${effect === 'neutral' ? 'changed, with no effect on the terms' : `is ${verdict}`}${values}${because}.`;
}

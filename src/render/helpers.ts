/**
 * Handlebars helpers for contract wording. They receive the escaped view, so text from the agreement passes
 * through unchanged; what a helper writes itself (dates, money, numbers) is escaped before it is returned.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { DateTime } from 'luxon';
import type { Calendar } from '../model/agreement.js';
import { parseDuration } from '../model/duration.js';
import { translator, type Catalog, Translator, UnknownMessageError } from '../i18n/catalog.js';
import { escapeMarkdown } from './escape.js';
import { capitalise, dateWords, durationWithCalendar, durationWords, listWords, moneyWords, numberWords, percentWords } from './words.js';

/** What helpers need to know about the agreement being rendered, found through the view object they are given. */
export interface RenderScope {
  locale: string;
  calendars: Map<string, Calendar>;
  /** A custom template's own messages (`messages.json` beside its files), before the shipped catalogs. */
  messages?: Catalog;
}

const withMessages = new WeakMap<Catalog, Map<string, Translator>>();

/** The translator of a render: the shipped catalogs, with the custom template's messages first when it has any. */
function translatorOf(scope: RenderScope): Translator {
  if (!scope.messages) return translator(scope.locale);
  let byLocale = withMessages.get(scope.messages);
  if (!byLocale) withMessages.set(scope.messages, (byLocale = new Map()));
  let found = byLocale.get(scope.locale);
  if (!found) byLocale.set(scope.locale, (found = new Translator(scope.locale, scope.messages)));
  return found;
}

/**
 * A value of the view as a message argument. Numbers stay numbers and a list is its length (plurals count them);
 * text is the escaped view value; a missing, empty or false value is `none` and true is `yes`, so a message selects
 * on it:
 * `{iana, select, none {} other {, IANA time zone {iana}}}`.
 */
function messageArgument(value: unknown): string | number {
  if (typeof value === 'number') return value;
  // A list counts its items (`{count, plural, =0 {…} one {…} other {…}}`).
  if (Array.isArray(value)) return value.length;
  if (value === undefined || value === null || value === false || value === '') return 'none';
  if (value === true) return 'yes';
  return String(value);
}

export const renderScopes = new WeakMap<object, RenderScope>();

export class HelperError extends Error {
  constructor(message: string, readonly loc?: { start: { line: number; column: number } }) {
    super(message);
  }
}

function scopeOf(options: HelperOptions): RenderScope {
  const root = (options.data as { root?: object } | undefined)?.root;
  const scope = root && renderScopes.get(root);
  if (!scope) throw new Error('internal: helper called outside a render');
  return scope;
}

/** Helpers are called with their arguments and then the options object. */
function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  return { params: args.slice(0, -1), options: args.at(-1) as HelperOptions };
}

function fail(options: HelperOptions, message: string): never {
  throw new HelperError(message, (options as unknown as { loc?: HelperError['loc'] }).loc);
}

function requireNumber(value: unknown, helper: string, options: HelperOptions): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(options, `{{${helper}}} needs a number, got ${JSON.stringify(value) ?? 'nothing'}`);
  return value;
}

function itemsOf(value: unknown, helper: string, options: HelperOptions): unknown[] {
  if (!Array.isArray(value)) fail(options, `{{${helper}}} needs a list, got ${JSON.stringify(value) ?? 'nothing'}`);
  return value;
}

export const HELPERS: Record<string, HelperDelegate> = {
  /**
   * `{{t "support-hours.timezone" zone=timezoneText iana=timezoneIana}}`: a message of the catalogs in the
   * agreement's locale, its placeholders filled from the hash (see messageArgument).
   */
  t: (...args) => {
    const { params, options } = split(args);
    const key = params[0];
    if (typeof key !== 'string') fail(options, `{{t}} needs a message key such as "support-hours.heading", got ${JSON.stringify(key) ?? 'nothing'}`);
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries((options.hash ?? {}) as Record<string, unknown>)) values[name] = messageArgument(value);
    try {
      return translatorOf(scopeOf(options)).t(key, values);
    } catch (error) {
      if (error instanceof UnknownMessageError) fail(options, `{{t}}: ${error.message}`);
      fail(options, `{{t "${key}"}}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  },
  eq: (...args) => { const { params } = split(args); return params[0] === params[1]; },
  ne: (...args) => { const { params } = split(args); return params[0] !== params[1]; },
  /** `{{#if (gt items.length 1)}}`: a number greater than another. */
  gt: (...args) => { const { params, options } = split(args); return requireNumber(params[0], 'gt', options) > requireNumber(params[1], 'gt', options); },
  and: (...args) => split(args).params.every(Boolean),
  or: (...args) => split(args).params.some(Boolean),
  not: (...args) => !split(args).params[0],
  /** `{{inc @index}}`: 1-based numbering. */
  inc: (...args) => { const { params, options } = split(args); return requireNumber(params[0], 'inc', options) + 1; },

  /**
   * `{{duration target}}` for a target of the view (with its calendar), `{{duration target calendar=false}}` for
   * the words alone, or `{{duration "4h" "office-hours"}}` for any duration on one of the agreement's calendars.
   */
  duration: (...args) => {
    const { params, options } = split(args);
    const withCalendar = options.hash?.calendar !== false;
    const [value, calendarId] = params;
    if (value && typeof value === 'object' && 'withCalendar' in value) {
      const time = value as { words: string; withCalendar: string };
      return withCalendar ? time.withCalendar : time.words;
    }
    const duration = typeof value === 'string' ? parseDuration(value) : undefined;
    if (!duration) fail(options, `{{duration}} needs a target or a duration such as "4h", got ${JSON.stringify(value) ?? 'nothing'}`);
    const calendar = typeof calendarId === 'string' ? scopeOf(options).calendars.get(calendarId) : undefined;
    if (!calendar) fail(options, `{{duration}} needs the id of one of the agreement's calendars, got ${JSON.stringify(calendarId) ?? 'nothing'}`);
    return escapeMarkdown(withCalendar ? durationWithCalendar(duration, calendar, scopeOf(options).locale) : durationWords(duration, calendar));
  },
  /** `{{date "2027-01-01"}}` → `1 January 2027` in the agreement's locale; `weekday=true` adds the day. */
  date: (...args) => {
    const { params, options } = split(args);
    if (typeof params[0] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(params[0])) fail(options, `{{date}} needs a date written YYYY-MM-DD, got ${JSON.stringify(params[0]) ?? 'nothing'}`);
    if (!DateTime.fromISO(params[0], { zone: 'UTC' }).isValid) fail(options, `{{date}}: "${params[0]}" is not a calendar date`);
    return escapeMarkdown(dateWords(params[0], scopeOf(options).locale, { weekday: options.hash?.weekday === true }));
  },
  /** `{{money 2900 "EUR" "month"}}` → `€2,900 per month`. */
  money: (...args) => {
    const { params, options } = split(args);
    const amount = requireNumber(params[0], 'money', options);
    const currency = params[1];
    if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) fail(options, `{{money}} needs an ISO 4217 currency code such as "EUR", got ${JSON.stringify(currency) ?? 'nothing'}`);
    const per = typeof params[2] === 'string' ? (params[2] as 'month') : undefined;
    return escapeMarkdown(moneyWords({ amount, currency, ...(per && { per }) }, scopeOf(options).locale));
  },
  /** `{{percent 99.9}}` → `99.9%`. */
  percent: (...args) => {
    const { params, options } = split(args);
    return escapeMarkdown(percentWords(requireNumber(params[0], 'percent', options), scopeOf(options).locale));
  },
  /** `{{number 1234.5}}` → `1,234.5`. */
  number: (...args) => {
    const { params, options } = split(args);
    return escapeMarkdown(numberWords(requireNumber(params[0], 'number', options), scopeOf(options).locale, 3));
  },
  /** `{{plural 3 "hour"}}` → `3 hours`; `{{plural n "entry" "entries"}}`. */
  plural: (...args) => {
    const { params, options } = split(args);
    const count = requireNumber(params[0], 'plural', options);
    if (typeof params[1] !== 'string') fail(options, '{{plural}} needs a count and a word');
    const word = count === 1 ? params[1] : typeof params[2] === 'string' ? params[2] : `${params[1]}s`;
    return `${escapeMarkdown(numberWords(count, scopeOf(options).locale, 3))} ${word}`;
  },
  /** `{{list items}}` → `a, b and c`; `key="name"` picks a field of each item; `type="or"` for `a, b or c`. */
  list: (...args) => {
    const { params, options } = split(args);
    const key = options.hash?.key as string | undefined;
    const items = itemsOf(params[0], 'list', options).map((item) => {
      if (!key) return String(item);
      const value = item && typeof item === 'object' && Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined;
      if (value === undefined) fail(options, `{{list}}: an item has no field "${key}"`);
      return String(value);
    });
    return listWords(items, scopeOf(options).locale, options.hash?.type === 'or' ? 'disjunction' : 'conjunction');
  },
  /** `{{join items "; "}}`. */
  join: (...args) => {
    const { params, options } = split(args);
    return itemsOf(params[0], 'join', options).map(String).join(typeof params[1] === 'string' ? params[1] : ', ');
  },
  /** `{{default title "—"}}`: the value, or the fallback when the value is empty. */
  default: (...args) => {
    const { params } = split(args);
    const value = params[0];
    return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? params[1] : value;
  },
  /** `{{sentences examples}}`: items joined as sentences, each ending with a full stop. */
  sentences: (...args) => {
    const { params, options } = split(args);
    return itemsOf(params[0], 'sentences', options).map((item) => {
      const text = String(item).trim();
      return /[.!?:;…)]$/.test(text) ? text : `${text}.`;
    }).join(' ');
  },
  capitalise: (...args) => capitalise(String(split(args).params[0] ?? '')),
  lower: (...args) => String(split(args).params[0] ?? '').toLowerCase(),
};

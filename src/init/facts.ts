/**
 * The facts only the user knows (who, what, where, when), how each is checked, and the documented defaults used
 * when a fact is missing and nobody can be asked.
 */
import { DateTime } from 'luxon';
import { checkTimezone } from '../model/timezone.js';
import { didYouMean, listOf } from '../util/did-you-mean.js';
import { HOLIDAY_REGIONS, isHolidayRegion, regionForTimezone, type HolidayRegion } from './holidays.js';
import { isTierId, TIER_IDS, type TierId } from './presets.js';
import { parseSourceDateEpoch } from '../util/source-date-epoch.js';

export type HolidayChoice = HolidayRegion | 'none';

export interface InitFacts {
  client: string;
  provider: string;
  /** The AI workflow supported, e.g. `Invoice extraction`. */
  workflow: string;
  timezone: string;
  tier: TierId;
  /** YYYY-MM-DD. */
  effectiveDate: string;
  holidays: HolidayChoice;
  /**
   * The language the agreement is written in and its `locale:` (a canonical BCP 47 tag, e.g. `de-DE`). Unset, it is
   * English: `en-US` with US holidays, else `en-GB`.
   */
  locale?: string;
}

/** The facts asked for one by one; the locale is asked for only in some cases (see askForFacts). */
export type FactName = Exclude<keyof InitFacts, 'locale'>;

/** The order facts are asked in, and the flag that sets each. */
export const FACTS: readonly { name: FactName; flag: string; label: string }[] = [
  { name: 'client', flag: '--client', label: 'client' },
  { name: 'provider', flag: '--provider', label: 'provider (your agency)' },
  { name: 'workflow', flag: '--workflow', label: 'AI workflow supported' },
  { name: 'tier', flag: '--tier', label: 'service tier' },
  { name: 'timezone', flag: '--timezone', label: 'time zone' },
  { name: 'holidays', flag: '--holidays', label: 'public holidays' },
  { name: 'effectiveDate', flag: '--effective-date', label: 'effective date' },
];

export const DEFAULT_NAMES = { client: 'Example Client', provider: 'Example Agency', workflow: 'AI workflow' } as const;
export const DEFAULT_TIER: TierId = 'standard';

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

export function checkName(what: string, value: string): Check<string> {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (!trimmed) return { ok: false, message: `the ${what} name is empty` };
  if (trimmed.length > 120) return { ok: false, message: `the ${what} name is ${trimmed.length} characters long; keep it under 120` };
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return { ok: false, message: `the ${what} name contains control characters` };
  return { ok: true, value: trimmed };
}

export function checkTier(value: string): Check<TierId> {
  const lower = value.trim().toLowerCase();
  if (isTierId(lower)) return { ok: true, value: lower };
  const suggestion = didYouMean(lower, TIER_IDS);
  return { ok: false, message: `\`${value}\` is not a tier; ${suggestion ? `did you mean \`${suggestion}\`? ` : ''}choose ${listOf([...TIER_IDS], 'or')}` };
}

export function checkZone(value: string): Check<string> {
  const zone = value.trim();
  const result = checkTimezone(zone);
  return result.ok ? { ok: true, value: zone } : { ok: false, message: result.message };
}

export const HOLIDAY_CHOICES: readonly string[] = [...HOLIDAY_REGIONS.map((region) => region.id), 'none'];

export function checkHolidays(value: string): Check<HolidayChoice> {
  const lower = value.trim().toLowerCase();
  if (lower === 'none' || isHolidayRegion(lower)) return { ok: true, value: lower };
  const suggestion = didYouMean(lower, HOLIDAY_CHOICES);
  return {
    ok: false,
    message: `there is no holiday data for \`${value}\`; ${suggestion ? `did you mean \`${suggestion}\`? ` : ''}choose ${listOf([...HOLIDAY_CHOICES], 'or')} (and add other holidays to the calendar by hand)`,
  };
}

export function checkEffectiveDate(value: string): Check<string> {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { ok: false, message: `\`${value}\` is not a date written YYYY-MM-DD, e.g. 2027-01-01` };
  if (!DateTime.fromISO(text).isValid) return { ok: false, message: `\`${value}\` is not a real date` };
  return { ok: true, value: text };
}

/** Checks one fact given as text (a flag or a prompt answer). */
export function checkFact(name: FactName, value: string): Check<string> {
  switch (name) {
    case 'client': return checkName('client', value);
    case 'provider': return checkName('provider', value);
    case 'workflow': return checkName('workflow', value);
    case 'tier': return checkTier(value);
    case 'timezone': return checkZone(value);
    case 'holidays': return checkHolidays(value);
    case 'effectiveDate': return checkEffectiveDate(value);
  }
}

export interface Environment {
  /** Today, as YYYY-MM-DD. */
  today: string;
  /** The machine's zone, if it is an IANA name. */
  systemZone?: string;
}

/** What the defaults are, given the facts already known (the holiday default follows the zone). */
export function defaultFact(name: FactName, known: Partial<InitFacts>, env: Environment): string {
  switch (name) {
    case 'client': return DEFAULT_NAMES.client;
    case 'provider': return DEFAULT_NAMES.provider;
    case 'workflow': return DEFAULT_NAMES.workflow;
    case 'tier': return DEFAULT_TIER;
    case 'timezone': return env.systemZone && checkTimezone(env.systemZone).ok ? env.systemZone : 'UTC';
    case 'holidays': return regionForTimezone(known.timezone ?? defaultFact('timezone', known, env)) ?? 'none';
    case 'effectiveDate': return DateTime.fromISO(env.today).plus({ months: 1 }).startOf('month').toISODate()!;
  }
}

/** Why a default is what it is, for the stderr note. */
export function defaultReason(name: FactName, value: string, env: Environment): string {
  switch (name) {
    case 'timezone': return value === env.systemZone ? "this machine's time zone" : 'no usable system time zone';
    case 'holidays': return value === 'none' ? 'no holiday data for this time zone' : 'the time zone';
    case 'effectiveDate': return 'the first day of next month';
    default: return 'default';
  }
}

/**
 * The environment of this process. `SOURCE_DATE_EPOCH` pins "today" so scripted runs are reproducible; a malformed
 * value throws the same RangeError as in `sla render` and `sla report`.
 */
export function processEnvironment(env: Record<string, string | undefined>, now = new Date()): Environment {
  const epoch = parseSourceDateEpoch(env.SOURCE_DATE_EPOCH) ?? now;
  const systemZone = env.TZ && checkTimezone(env.TZ).ok ? env.TZ : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { today: epoch.toISOString().slice(0, 10), ...(systemZone && { systemZone }) };
}

const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };

/** A kebab-case id from a name: `Müller & Söhne GmbH` → `muller-sohne-gmbh`. Empty for names with no Latin letters. */
export function slugify(name: string, maxLength = 40): string {
  const latin = name
    .toLowerCase()
    .replace(/[ßæøœłđþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

export function isHolidayChoice(value: string): value is HolidayChoice {
  return value === 'none' || isHolidayRegion(value);
}

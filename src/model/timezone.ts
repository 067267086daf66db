import { IANAZone } from 'luxon';
import { didYouMean } from '../util/did-you-mean.js';

/** Abbreviations people write in contracts, and the zone they usually mean. They are ambiguous and do not follow DST rules. */
const ABBREVIATIONS: Record<string, string> = {
  EST: 'America/New_York', EDT: 'America/New_York', ET: 'America/New_York',
  CST: 'America/Chicago', CDT: 'America/Chicago', CT: 'America/Chicago',
  MST: 'America/Denver', MDT: 'America/Denver', MT: 'America/Denver',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', PT: 'America/Los_Angeles',
  GMT: 'Europe/London', BST: 'Europe/London', WET: 'Europe/Lisbon', IST: 'Asia/Kolkata',
  CET: 'Europe/Berlin', CEST: 'Europe/Berlin', MET: 'Europe/Berlin', EET: 'Europe/Helsinki', EEST: 'Europe/Helsinki',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', JST: 'Asia/Tokyo', SGT: 'Asia/Singapore', HKT: 'Asia/Hong_Kong',
};

export const TIMEZONE_ABBREVIATIONS: ReadonlySet<string> = new Set(Object.keys(ABBREVIATIONS));

/** What a calendar's `timezone` may say instead of an IANA zone: the document gives none, or the client names it. */
export const TIMEZONE_KEYWORDS: readonly string[] = ['unstated', 'client-local'];

export type TimezoneCheck = { ok: true } | { ok: false; message: string };

let knownZones: string[] | undefined;
function zoneNames(): string[] {
  knownZones ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return knownZones;
}

// Checking a zone builds an Intl.DateTimeFormat, which is slow; agreements name the same few zones over and over.
const checked = new Map<string, TimezoneCheck>();

/** Accepts IANA names (`Europe/Berlin`, `UTC`); refuses abbreviations and misspellings with the fix. */
export function checkTimezone(name: string): TimezoneCheck {
  let result = checked.get(name);
  if (!result) {
    result = checkUncached(name);
    if (checked.size < 1000) checked.set(name, result);
  }
  return result;
}

function checkUncached(name: string): TimezoneCheck {
  const upper = name.toUpperCase();
  const meant = ABBREVIATIONS[upper];
  if (meant) {
    return { ok: false, message: `\`${name}\` is a time-zone abbreviation, which is ambiguous and ignores daylight saving; use an IANA name such as \`${meant}\`` };
  }
  const isRegionName = name.includes('/') || upper === 'UTC' || upper === 'ETC/UTC';
  if (isRegionName && IANAZone.isValidZone(name)) return { ok: true };
  const suggestion = didYouMean(name, zoneNames());
  const fix = suggestion ? `did you mean \`${suggestion}\`?` : 'use an IANA name such as `Europe/Berlin`, `America/New_York` or `UTC`';
  return { ok: false, message: `\`${name}\` is not a known IANA time zone; ${fix}` };
}

/**
 * The UTC offset written at the end of a time (`+01:00`, `-0530`), when it is one no place uses: hours beyond
 * -12..+14 or minutes of 60 or more. luxon reads any offset, even `+99:99`, as a valid time.
 */
export function impossibleUtcOffset(text: string): string | undefined {
  const match = /T[^+-]*(([+-])(\d{2})(?::?(\d{2}))?)$/.exec(text.trim());
  if (!match) return undefined;
  const [, offset, sign, hours, minutes = '00'] = match as unknown as [string, string, string, string, string?];
  const total = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return Number(minutes) >= 60 || total < -12 * 60 || total > 14 * 60 ? offset : undefined;
}

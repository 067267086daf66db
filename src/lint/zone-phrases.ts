/**
 * Time zones as prose writes them — abbreviations ("EST", "5pm PT") and names ("Eastern Daylight Time", "US Pacific",
 * "Australian Eastern") — found in text with the IANA zone each stands for, and whether the words name a zone's
 * year-round clock or something less. `timezone-abbreviation` reports the ambiguous ones; `support-hours-in-prose`
 * uses them to tell a calendar whose zone is written in its words from one that has none.
 *
 * Zone names are matched as whole phrases, the longest first, so each mention is one: "European Central Time" and
 * "Central European Time" are Europe/Berlin, not US Central; "Australian Eastern Time" is Australia/Sydney.
 */
import { checkTimezone, TIMEZONE_ABBREVIATIONS } from '../model/timezone.js';

/** How a mention names its zone. */
export type ZoneMentionKind =
  /** "EST", "CET", "5pm PT": an abbreviation, ambiguous across countries and often a fixed offset. */
  | 'abbreviation'
  /** "Eastern Daylight Time", "Central European Time", "Australian Eastern": a name that is a fixed offset, half a zone, or several. */
  | 'spelledOut'
  /**
   * "Pacific Time", "US Pacific", "US Eastern", "UK time": the name of one region's clock, daylight saving included
   * — as precise as the IANA zone, and the way people write it.
   */
  | 'zoneName';

export interface ZoneMention {
  kind: ZoneMentionKind;
  /** The words as written. */
  words: string;
  start: number;
  end: number;
  /** The IANA zone the words usually stand for. */
  zone: string;
}

// Abbreviations the calendar validator does not list but published policies use.
const MORE_ABBREVIATIONS: Record<string, string> = {
  AET: 'Australia/Sydney', ACST: 'Australia/Adelaide', ACDT: 'Australia/Adelaide', AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland', AKST: 'America/Anchorage', AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu', WEST: 'Europe/Lisbon',
};
const ALL_ABBREVIATIONS = [...TIMEZONE_ABBREVIATIONS, ...Object.keys(MORE_ABBREVIATIONS)];

// Two-letter abbreviations (ET, PT, CT, MT) are also ordinary initials (MT is machine translation), so they count
// only straight after a clock time: "5pm PT", "17:00 CT".
const SHORT = ALL_ABBREVIATIONS.filter((a) => a.length === 2);
const LONG = ALL_ABBREVIATIONS.filter((a) => a.length > 2);
// A clock time just before: "17:00", "5pm", "6 a.m.", "9:30 PM" — not a bare number ("3 Eastern markets").
const AFTER_CLOCK_TIME = String.raw`(?<=\b(?:\d{1,2}:\d{2}(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?)\s?)`;
const ABBREVIATION = new RegExp(`(?<![\\w/])(?:${LONG.join('|')})(?![\\w/])`, 'g');
// Found first and then checked for the clock time before it: an expression opening with the lookbehind would try
// it at every character of every field.
const SHORT_ABBREVIATION = new RegExp(`(?<![\\w/])(?:${SHORT.join('|')})(?![\\w/])`, 'g');
const CLOCK_TIME_BEFORE = new RegExp(AFTER_CLOCK_TIME, 'y');

/** True when a clock time ends just before `index` (the sticky lookbehind is tried at that one position). */
function afterClockTime(text: string, index: number): boolean {
  CLOCK_TIME_BEFORE.lastIndex = index;
  return CLOCK_TIME_BEFORE.test(text);
}

/** A zone written out in words, and the IANA zone it stands for. */
interface ZonePhrase {
  /** A regular-expression source without capturing groups. */
  pattern: string;
  zone: string;
  /** Only a zone straight after a clock time: "5pm Eastern" is one, "3 Eastern markets" is not. */
  afterClockTime?: boolean;
  /**
   * The region keeps one clock, daylight saving included, so its name without "Standard", "Daylight" or "Summer" is
   * the zone's name ("Pacific Time", "US Pacific"). Not for regions that split between clocks (US Mountain: Arizona
   * keeps no daylight saving; Australian Eastern: Queensland neither).
   */
  oneClock?: boolean;
}

const VARIANT = String.raw`(?:\s+(?:Standard|Daylight|Summer|Prevailing))?`;
// A variant that names one half of the year, which the zone's own name does not.
const HALF_YEAR = /\b(?:Standard|Daylight|Summer)\b/i;
const TIME = String.raw`\s+Time\b`;
const US = String.raw`(?:U\.?S\.?\s+)`;
const US_REGIONS: [region: string, zone: string, oneClock: boolean][] = [
  ['Eastern', 'America/New_York', true],
  ['Central', 'America/Chicago', true],
  ['Mountain', 'America/Denver', false],
  ['Pacific', 'America/Los_Angeles', true],
];
// A US region word that is the first half of another zone's name: "Central European", "Eastern Australia".
const NOT_US = String.raw`(?!\s+(?:Europe|European|Australia|Australian|Africa|African|Asia|Asian)\b)`;

// In order of preference where two could start at the same word: the more specific phrase first. Matching is
// left to right, so "European Central Time" is taken whole at "European" before "Central Time" could be seen.
const ZONE_PHRASES: ZonePhrase[] = [
  // Australia
  { pattern: String.raw`\bAustralian\s+Eastern${VARIANT}${TIME}|\bEastern\s+Australian?${VARIANT}${TIME}|\bAustralian\s+Eastern\s+(?:Standard|Daylight|Summer)\b`, zone: 'Australia/Sydney' },
  { pattern: String.raw`\bAustralian\s+Central${VARIANT}${TIME}|\bCentral\s+Australian?${VARIANT}${TIME}`, zone: 'Australia/Adelaide' },
  { pattern: String.raw`\bAustralian\s+Western${VARIANT}${TIME}|\bWestern\s+Australian?${VARIANT}${TIME}`, zone: 'Australia/Perth' },
  { pattern: String.raw`\bAustralian\s+Eastern\b`, zone: 'Australia/Sydney', afterClockTime: true },
  // Europe
  { pattern: String.raw`\b(?:Central\s+Europe(?:an)?|European\s+Central)${VARIANT}${TIME}`, zone: 'Europe/Berlin' },
  { pattern: String.raw`\b(?:Eastern\s+Europe(?:an)?|European\s+Eastern)${VARIANT}${TIME}`, zone: 'Europe/Helsinki' },
  { pattern: String.raw`\b(?:Western\s+Europe(?:an)?|European\s+Western)${VARIANT}${TIME}`, zone: 'Europe/Lisbon' },
  { pattern: String.raw`\bCentral\s+European\b`, zone: 'Europe/Berlin', afterClockTime: true },
  { pattern: String.raw`\bBritish\s+Summer${TIME}|\bGreenwich\s+Mean${TIME}`, zone: 'Europe/London' },
  { pattern: String.raw`\bU\.?K\.?${TIME}`, zone: 'Europe/London', oneClock: true },
  // Asia
  { pattern: String.raw`\bIndia(?:n)?\s+Standard${TIME}`, zone: 'Asia/Kolkata' },
  { pattern: String.raw`\bJapan\s+Standard${TIME}`, zone: 'Asia/Tokyo' },
  { pattern: String.raw`\bChina\s+Standard${TIME}`, zone: 'Asia/Shanghai' },
  { pattern: String.raw`\bSingapore(?:\s+Standard)?${TIME}`, zone: 'Asia/Singapore' },
  // North America: "Eastern Time", "US Pacific", and a region alone straight after a clock time.
  ...US_REGIONS.map(([region, zone, oneClock]): ZonePhrase => ({ pattern: String.raw`(?<!Asia[\s-])\b${US}?${region}${VARIANT}${TIME}`, zone, oneClock })),
  ...US_REGIONS.map(([region, zone, oneClock]): ZonePhrase => ({ pattern: String.raw`\b${US}${region}\b${NOT_US}`, zone, oneClock })),
  // "5pm Eastern": which Eastern (US, Australian) the words alone do not say.
  ...US_REGIONS.map(([region, zone]): ZonePhrase => ({ pattern: String.raw`\b${region}\b${NOT_US}(?!${VARIANT}${TIME})`, zone, afterClockTime: true })),
];

// One expression, one capturing group per phrase: the group that took part says which phrase (and zone) matched.
const ZONE_PHRASE = new RegExp(ZONE_PHRASES.map((phrase) => `(${phrase.pattern})`).join('|'), 'g');
// Every phrase contains one of these words; texts without any are passed over without running the expression.
const ZONE_WORD = /Eastern|Central|Mountain|Pacific|Western|Europe|British|Greenwich|U\.?K\.?\s+Time|Standard\s+Time|Singapore/;

/** The IANA zone the abbreviation usually stands for, as the calendar validator suggests it. */
function zoneFor(abbreviation: string): string {
  const more = MORE_ABBREVIATIONS[abbreviation];
  if (more) return more;
  const check = checkTimezone(abbreviation);
  return (!check.ok && /IANA name such as `([^`]+)`/.exec(check.message)?.[1]) || 'Europe/Berlin';
}

function matchesOf(pattern: RegExp, text: string): { text: string; start: number; end: number }[] {
  const found: { text: string; start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return found;
}

/**
 * Every time zone the text names, in order: names first matched as whole phrases, then abbreviations. An
 * abbreviation written beside a name of the same zone, either way round ("Eastern Daylight Time (EDT)", "AEST
 * (Australian Eastern Standard Time)"), is part of that mention and not listed again.
 */
export function zoneMentions(text: string): ZoneMention[] {
  const names: ZoneMention[] = [];
  if (ZONE_WORD.test(text)) {
    ZONE_PHRASE.lastIndex = 0;
    for (let match = ZONE_PHRASE.exec(text); match; match = ZONE_PHRASE.exec(text)) {
      const phrase = ZONE_PHRASES[match.findIndex((group, index) => index > 0 && group !== undefined) - 1]!;
      if (phrase.afterClockTime && !afterClockTime(text, match.index)) continue;
      const kind: ZoneMentionKind = phrase.oneClock && !HALF_YEAR.test(match[0]) ? 'zoneName' : 'spelledOut';
      names.push({ kind, words: match[0], start: match.index, end: match.index + match[0].length, zone: phrase.zone });
    }
  }
  const abbreviations = [...matchesOf(ABBREVIATION, text), ...matchesOf(SHORT_ABBREVIATION, text).filter((m) => afterClockTime(text, m.start))]
    .filter((m) => !names.some((name) =>
      name.end <= m.start ? /^[\s(/,]*$/.test(text.slice(name.end, m.start)) : m.end <= name.start && /^[\s(/,]*$/.test(text.slice(m.end, name.start))))
    .map((m): ZoneMention => ({ kind: 'abbreviation', words: m.text, start: m.start, end: m.end, zone: zoneFor(m.text) }));
  // "Tokyo time (Japan Standard Time)", "Berlin time (CET/CEST)": the place names the zone exactly, and what follows
  // in parentheses only says what the zone is called there — the way the rendered contract writes zones.
  return [...names, ...abbreviations].filter((mention) => !afterPlaceTime(text, mention.start));
}

let places: Set<string> | undefined;
/** The places IANA zones are named after, lower-cased: `berlin`, `new york`, `tokyo`. */
function zonePlaces(): Set<string> {
  places ??= new Set(Intl.supportedValuesOf('timeZone').map((zone) => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ').toLowerCase()));
  return places;
}

// At most three words of a place name, then "time (" — read backwards from a mention, so its cost is bounded.
const PLACE_TIME_BEFORE = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.'-]*\s){0,2}\p{Lu}[\p{L}.'-]*)\s+time\s*\(\s*$/u;

function afterPlaceTime(text: string, start: number): boolean {
  const match = PLACE_TIME_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return match !== null && zonePlaces().has(match[1]!.toLowerCase());
}

/**
 * "9am–5pm EST" is wrong for half the year (New York is on EDT from March to November) and "CST" means three
 * different zones. The calendars already carry IANA zones (the schema refuses abbreviations there); prose that
 * repeats the hours must not reintroduce the ambiguity.
 *
 * Zone names are matched as whole phrases, the longest first, so each mention is one finding with the zone it
 * means: "European Central Time" and "Central European Time" are Europe/Berlin, not US Central; "Australian
 * Eastern Time" is Australia/Sydney, not US Eastern.
 */
import { checkTimezone, TIMEZONE_ABBREVIATIONS } from '../../model/timezone.js';
import { findInFields } from '../rule-helpers.js';
import type { Rule } from '../types.js';

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
}

const VARIANT = String.raw`(?:\s+(?:Standard|Daylight|Summer|Prevailing))?`;
const TIME = String.raw`\s+Time\b`;
const US = String.raw`(?:U\.?S\.?\s+)`;
const US_REGIONS: [region: string, zone: string][] = [
  ['Eastern', 'America/New_York'],
  ['Central', 'America/Chicago'],
  ['Mountain', 'America/Denver'],
  ['Pacific', 'America/Los_Angeles'],
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
  { pattern: String.raw`\bBritish\s+Summer${TIME}|\bGreenwich\s+Mean${TIME}|\bU\.?K\.?${TIME}`, zone: 'Europe/London' },
  // Asia
  { pattern: String.raw`\bIndia(?:n)?\s+Standard${TIME}`, zone: 'Asia/Kolkata' },
  { pattern: String.raw`\bJapan\s+Standard${TIME}`, zone: 'Asia/Tokyo' },
  { pattern: String.raw`\bChina\s+Standard${TIME}`, zone: 'Asia/Shanghai' },
  { pattern: String.raw`\bSingapore(?:\s+Standard)?${TIME}`, zone: 'Asia/Singapore' },
  // North America: "Eastern Time", "US Pacific", and a region alone straight after a clock time.
  ...US_REGIONS.map(([region, zone]): ZonePhrase => ({ pattern: String.raw`(?<!Asia[\s-])\b${US}?${region}${VARIANT}${TIME}`, zone })),
  ...US_REGIONS.map(([region, zone]): ZonePhrase => ({ pattern: String.raw`\b${US}${region}\b${NOT_US}`, zone })),
  ...US_REGIONS.map(([region, zone]): ZonePhrase => ({ pattern: String.raw`\b${region}\b${NOT_US}(?!${VARIANT}${TIME})`, zone, afterClockTime: true })),
];

// One expression, one capturing group per phrase: the group that took part says which phrase (and zone) matched.
const ZONE_PHRASE = new RegExp(ZONE_PHRASES.map((phrase) => `(${phrase.pattern})`).join('|'), 'g');
// Every phrase contains one of these words; fields without any are passed over without running the expression.
const ZONE_WORD = /Eastern|Central|Mountain|Pacific|Western|Europe|British|Greenwich|U\.?K\.?\s+Time|Standard\s+Time|Singapore/;

/** The IANA zone the abbreviation usually stands for, as the calendar validator suggests it. */
function zoneFor(abbreviation: string): string {
  const more = MORE_ABBREVIATIONS[abbreviation];
  if (more) return more;
  const check = checkTimezone(abbreviation);
  return (!check.ok && /IANA name such as `([^`]+)`/.exec(check.message)?.[1]) || 'Europe/Berlin';
}

export const timezoneAbbreviation: Rule = {
  meta: {
    id: 'timezone-abbreviation',
    description: 'Prose names a time zone by abbreviation (EST, CET, PT...) instead of an IANA zone such as America/New_York.',
    category: 'calendar',
    defaultSeverity: 'warning',
    recommended: true,
    kind: 'text',
    messages: {
      abbreviation: '"{{words}}" is ambiguous and ignores daylight saving; name the IANA zone, e.g. {{zone}}, as the calendars do',
      spelledOut: '"{{words}}" changes with daylight saving and is not a zone name; name the IANA zone, e.g. {{zone}}, as the calendars do',
    },
  },
  check(context) {
    const fields = context.textFields();
    // "Eastern Daylight Time (EDT)" is one mention: report the name, not the abbreviation beside it as well.
    const spelledOut = new Map<string, { start: number; end: number }[]>();
    for (const field of fields) {
      if (!ZONE_WORD.test(field.text)) continue;
      ZONE_PHRASE.lastIndex = 0;
      for (let match = ZONE_PHRASE.exec(field.text); match; match = ZONE_PHRASE.exec(field.text)) {
        const phrase = ZONE_PHRASES[match.findIndex((group, index) => index > 0 && group !== undefined) - 1]!;
        if (phrase.afterClockTime && !afterClockTime(field.text, match.index)) continue;
        const name = { start: match.index, end: match.index + match[0].length };
        spelledOut.set(field.pointer, [...(spelledOut.get(field.pointer) ?? []), name]);
        context.report({ messageId: 'spelledOut', data: { words: match[0], zone: phrase.zone }, pointer: field.pointer, range: field.rangeOf(name.start, name.end) });
      }
    }
    const abbreviations = [
      ...findInFields(fields, ABBREVIATION),
      ...findInFields(fields, SHORT_ABBREVIATION).filter((match) => afterClockTime(match.field.text, match.start)),
    ];
    for (const match of abbreviations) {
      const { text } = match.field;
      // Beside the name, either way round: "Eastern Daylight Time (EDT)", "AEST (Australian Eastern Standard Time)".
      const beside = (spelledOut.get(match.field.pointer) ?? []).some((name) =>
        name.end <= match.start ? /^[\s(/,]*$/.test(text.slice(name.end, match.start)) : match.end <= name.start && /^[\s(/,]*$/.test(text.slice(match.end, name.start)),
      );
      if (beside) continue;
      context.report({ messageId: 'abbreviation', data: { words: match.text, zone: zoneFor(match.text) }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  },
};

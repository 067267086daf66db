/**
 * "9am–5pm EST" is wrong for half the year (New York is on EDT from March to November) and "CST" means three
 * different zones. The calendars already carry IANA zones (the schema refuses abbreviations there); prose that
 * repeats the hours must not reintroduce the ambiguity.
 */
import { checkTimezone, TIMEZONE_ABBREVIATIONS } from '../../model/timezone.js';
import { findInFields } from '../rule-helpers.js';
import type { Rule } from '../types.js';

// Two-letter abbreviations (ET, PT, CT, MT) are also ordinary initials (MT is machine translation), so they count
// only straight after a clock time: "5pm PT", "17:00 CT".
const SHORT = [...TIMEZONE_ABBREVIATIONS].filter((a) => a.length === 2);
const LONG = [...TIMEZONE_ABBREVIATIONS].filter((a) => a.length > 2);
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

// Each with a word every match contains, so most fields are passed over without running the expression.
const SPELLED_OUT: [RegExp, string, string][] = [
  [/\b(?:US\s+)?Eastern(?:\s+(?:Standard|Daylight))?\s+Time\b/g, 'America/New_York', 'Eastern'],
  [/\b(?:US\s+)?Central(?:\s+(?:Standard|Daylight))?\s+Time\b/g, 'America/Chicago', 'Central'],
  [/\b(?:US\s+)?Mountain(?:\s+(?:Standard|Daylight))?\s+Time\b/g, 'America/Denver', 'Mountain'],
  [/\b(?:US\s+)?Pacific(?:\s+(?:Standard|Daylight))?\s+Time\b|\bUS\s+Pacific\b/g, 'America/Los_Angeles', 'Pacific'],
  [/\bCentral\s+European(?:\s+(?:Standard|Summer))?\s+Time\b/g, 'Europe/Berlin', 'European'],
  // Straight after a clock time the region alone is a zone: "9am to 5pm Eastern".
  [new RegExp(String.raw`${AFTER_CLOCK_TIME}(?:US\s+)?Eastern\b(?!\s+(?:Standard|Daylight|Time))`, 'g'), 'America/New_York', 'Eastern'],
  [new RegExp(String.raw`${AFTER_CLOCK_TIME}(?:US\s+)?Central\b(?!\s+(?:Standard|Daylight|Time|European))`, 'g'), 'America/Chicago', 'Central'],
  [new RegExp(String.raw`${AFTER_CLOCK_TIME}(?:US\s+)?Mountain\b(?!\s+(?:Standard|Daylight|Time))`, 'g'), 'America/Denver', 'Mountain'],
  [new RegExp(String.raw`${AFTER_CLOCK_TIME}Pacific\b(?!\s+(?:Standard|Daylight|Time))`, 'g'), 'America/Los_Angeles', 'Pacific'],
];

/** The IANA zone the abbreviation usually stands for, as the calendar validator suggests it. */
function zoneFor(abbreviation: string): string {
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
    for (const [pattern, zone, word] of SPELLED_OUT) {
      for (const match of findInFields(fields, pattern, word)) {
        spelledOut.set(match.field.pointer, [...(spelledOut.get(match.field.pointer) ?? []), match]);
        context.report({ messageId: 'spelledOut', data: { words: match.text, zone }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
      }
    }
    const abbreviations = [
      ...findInFields(fields, ABBREVIATION),
      ...findInFields(fields, SHORT_ABBREVIATION).filter((match) => afterClockTime(match.field.text, match.start)),
    ];
    for (const match of abbreviations) {
      const beside = (spelledOut.get(match.field.pointer) ?? []).some((name) => /^\s*\(?\s*$/.test(match.field.text.slice(name.end, match.start)));
      if (beside) continue;
      context.report({ messageId: 'abbreviation', data: { words: match.text, zone: zoneFor(match.text) }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  },
};

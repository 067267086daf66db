/**
 * Small pieces the rules share: finding words inside free text, the sentence around a match, negation and
 * quantities (so "not a guarantee" and "promptly, within 2 hours" stay quiet), and the agreement's ordering of
 * severity levels and calendars.
 */
import type { Agreement, Calendar, Duration, SeverityLevel, ServiceTier } from '../model/agreement.js';
import type { TextField } from './types.js';

/** A match of a phrase inside one text field. */
export interface TextMatch {
  field: TextField;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
}

const globalForms = new WeakMap<RegExp, RegExp>();

/**
 * Every match of `pattern` (a global regex is made of it) in every field. With `mustContain`, fields without that
 * text are skipped before the expression runs: patterns that open with a lookbehind cannot skip ahead by themselves.
 */
export function findInFields(fields: readonly TextField[], pattern: RegExp, mustContain?: string): TextMatch[] {
  let global = globalForms.get(pattern);
  if (!global) {
    global = pattern.global ? new RegExp(pattern.source, pattern.flags) : new RegExp(pattern.source, `${pattern.flags}g`);
    globalForms.set(pattern, global);
  }
  const matches: TextMatch[] = [];
  for (const field of fields) {
    if (mustContain !== undefined && !field.text.includes(mustContain)) continue;
    // exec() on one expression: matchAll() would copy the expression for every field.
    global.lastIndex = 0;
    for (let match = global.exec(field.text); match; match = global.exec(field.text)) {
      if (match[0] === '') {
        global.lastIndex++;
        continue;
      }
      matches.push({ field, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return matches;
}

/** Bounds of the sentence around `index`: split at . ! ? ; followed by space or end, and at line breaks. */
export function sentenceAt(text: string, index: number): { start: number; end: number; text: string } {
  const boundary = /[.!?;](?=\s|$)|\n/g;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(boundary)) {
    const at = match.index;
    if (at < index) start = at + 1;
    else {
      end = at + 1;
      break;
    }
  }
  return { start, end, text: text.slice(start, end) };
}

const NEGATION = /\b(?:not|no|never|without|nor|neither|cannot|can't|won't|doesn't|don't|isn't|aren't|non)\b/i;

/** True when one of the few words before `index` in the same sentence negates what follows ("not a guarantee"). */
export function isNegated(text: string, index: number, wordsBefore = 4): boolean {
  const sentence = sentenceAt(text, index);
  const words = text.slice(sentence.start, index).trim().split(/\s+/).slice(-wordsBefore).join(' ');
  return NEGATION.test(words);
}

// The service being up, as opposed to an incident being fixed: "99.9% availability", "uptime", "available 99.5%".
const AVAILABILITY_AFTER =
  /^[\s,:]+(?:\S+\s+){0,8}?(?:(?:service\s+)?(?:availability|uptime|up-time)\b|available\b(?=[^.;!?]{0,60}?\d+(?:[.,]\d+)?\s*%))/i;
const AVAILABILITY_BEFORE = /(?:\d+(?:[.,]\d+)?\s*%\s+)?(?:service\s+)?(?:availability|uptime|up-time)(?:\s+(?:level|SLA))?\s+$/i;
const ABOUT_RESOLUTION = /\b(?:resol\w*|fix\w*|repair\w*|restor\w*|workaround\w*|solv\w*|correct\w*)\b/i;

/**
 * When the word at [start, end) (a "guarantee") is about the service's availability rather than about fixing an
 * incident — "guarantees 99.9% availability", "a guarantee of 99.95% uptime", "a 99.9% uptime guarantee" — the range
 * from the guarantee to the availability words; otherwise undefined. Words about resolution between them ("guarantees
 * to restore availability") make it a resolution promise again.
 */
export function availabilityGuarantee(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const sentence = sentenceAt(text, start);
  const after = AVAILABILITY_AFTER.exec(text.slice(end, sentence.end));
  if (after && !ABOUT_RESOLUTION.test(after[0])) return { start, end: end + after[0].length };
  const before = AVAILABILITY_BEFORE.exec(text.slice(sentence.start, start));
  if (before) return { start: sentence.start + before.index, end };
  return undefined;
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four|thirty|thirty-six|forty-five|forty-eight|sixty|seventy-two|ninety|a|an|half an?';
const UNITS = 'minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?';
const QUANTITY = new RegExp(
  `(?:\\b\\d+(?:[.,]\\d+)?\\s*(?:%|percent\\b|(?:business |working |calendar )?(?:${UNITS})\\b|[mhd]\\b)` +
    `|\\b(?:${NUMBER_WORDS})\\s+(?:business |working |calendar )?(?:${UNITS})\\b` +
    `|\\b\\d{1,2}:\\d{2}\\b|\\bP(?:\\d+D)?T\\d+[HM]\\b)`,
  'i',
);

// Legal drafting repeats a number in brackets: "four (4) hours", "thirty (30) days", "24 (twenty-four) hours".
const BRACKETED_NUMBER = new RegExp(String.raw`\s*\((?:\d+(?:[.,]\d+)?|${NUMBER_WORDS})\)(?=\s)`, 'gi');

/**
 * True when the text names a concrete amount: "within 2 business days", "one hour", "95%", "09:00", and the legal
 * form with the number repeated in brackets, "within four (4) Business Hours".
 */
export function hasQuantity(text: string): boolean {
  return QUANTITY.test(text.includes('(') ? text.replace(BRACKETED_NUMBER, '') : text);
}

/** Severity levels, most severe first. */
export function severitiesInOrder(agreement: Agreement): SeverityLevel[] {
  return [...agreement.severityLevels].sort((a, b) => a.level - b.level);
}

/** The most severe level: the one with the smallest `level` number. */
export function topSeverity(agreement: Agreement): SeverityLevel | undefined {
  return severitiesInOrder(agreement)[0];
}

export function clientTier(agreement: Agreement): ServiceTier | undefined {
  return agreement.tiers.find((tier) => tier.id === agreement.serviceTier);
}

export function calendarById(agreement: Agreement, id: string): Calendar | undefined {
  return agreement.calendars.find((calendar) => calendar.id === id);
}

/** A duration on a named calendar, as the target-order rules compare them. */
export interface CalendarDuration {
  duration: Duration;
  calendar: Calendar;
}

/**
 * Shortest and longest working day of a calendar, in minutes (1440 for 24x7); undefined when the document does not
 * state the hours (`hours: unstated`): a working day of unknown length is not 0 minutes long.
 */
function workingDayBounds(calendar: Calendar): { shortest: number; longest: number } | undefined {
  if (calendar.alwaysOpen) return { shortest: 1440, longest: 1440 };
  if (calendar.hoursUnstated) return undefined;
  const lengths = calendar.weekly
    .map((windows) => windows.reduce((sum, window) => sum + (window.end - window.start), 0))
    .filter((length) => length > 0);
  return lengths.length ? { shortest: Math.min(...lengths), longest: Math.max(...lengths) } : { shortest: 0, longest: 0 };
}

/**
 * Whether `slow` certainly ends later in wall-clock time than `fast` whenever both start at the same moment.
 * On one calendar: compare directly when the days or the minutes agree, else through the shortest and longest
 * working day — and not at all when the calendar's hours are unstated, since hours against days then depend on a
 * working day nobody gave. Across calendars only one case is certain without running a clock: a 24x7 calendar
 * counts every minute, any other calendar at most every minute, so `fast` on a 24x7 calendar takes exactly its
 * length while `slow` on business hours takes at least its own (a working day at least a day), stated or not. Two
 * different business-hours calendars are not compared: the answer depends on when the incident is raised.
 */
export function certainlySlower(slow: CalendarDuration, fast: CalendarDuration): boolean {
  const s = slow.duration;
  const f = fast.duration;
  if (slow.calendar.id === fast.calendar.id) {
    if (s.days === f.days) return s.minutes > f.minutes;
    if (s.minutes === f.minutes) return s.days > f.days;
    const day = workingDayBounds(slow.calendar);
    if (!day) return false;
    return s.days * day.shortest + s.minutes > f.days * day.longest + f.minutes;
  }
  if (fast.calendar.alwaysOpen) return s.days * 1440 + s.minutes > f.days * 1440 + f.minutes;
  return false;
}

/** The year a rule runs the support clock over (see src/clock/reference-year.ts). */
export { REFERENCE_YEAR, referenceYear } from '../clock/reference-year.js';

/** One JSON pointer segment, escaped (a severity id is kebab-case, but a pointer must not depend on that). */
export { pointerSegment as escapeSegment } from '../load/source-map.js';

const OPENING_QUOTES: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '„': '“', '"': '"', "'": "'" };
const BEFORE_OPENING_QUOTE = /[\s([{\-—–/]/;
const AFTER_CLOSING_QUOTE = /[\s)\]}.,;:!?—–-]/;

/**
 * The spans of `text` that mention words rather than use them, as sorted, disjoint [start, end) pairs: code spans
 * (a run of backticks up to the next run of the same length, as in Markdown) and quotations (“...”, ‘...’, "...",
 * '...', «...», „...“). An apostrophe inside a word ("client's", "don't") opens nothing: a quote opens after a
 * space, a bracket or a dash and before a non-space, and closes after a non-space and before a space, a bracket,
 * punctuation or the end. A mark that never closes quotes nothing. Linear in the text.
 */
export function literalSpans(text: string): [start: number, end: number][] {
  // Code spans first: a quote character inside one is code, not a quotation.
  const runs: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '`') continue;
    let end = i;
    while (text[end] === '`') end++;
    runs.push({ start: i, end });
    i = end - 1;
  }
  const nextOfLength = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const length = runs[r]!.end - runs[r]!.start;
    nextOfLength[r] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, r);
  }
  const code: [number, number][] = [];
  for (let r = 0; r < runs.length; r++) {
    const close = nextOfLength[r]!;
    if (close === -1) continue;
    code.push([runs[r]!.start, runs[close]!.end]);
    r = close;
  }

  // A quotation mark that never closes is a stray mark, not a quotation: it and every later mark of its kind (which
  // cannot close either) are read again as plain characters. At most one pass more per kind of quotation mark.
  const stray = new Set<string>();
  for (;;) {
    const spans: [number, number][] = [];
    let nextCode = 0;
    let open: { char: string; start: number } | undefined;
    for (let i = 0; i < text.length; i++) {
      const span = code[nextCode];
      if (span && i === span[0]) {
        if (open === undefined) spans.push(span);
        nextCode++;
        i = span[1] - 1;
        continue;
      }
      const char = text[i]!;
      const before = i === 0 ? ' ' : text[i - 1]!;
      const after = text[i + 1] ?? ' ';
      if (open === undefined) {
        if (char in OPENING_QUOTES && !stray.has(char) && BEFORE_OPENING_QUOTE.test(before) && !/\s/.test(after)) open = { char, start: i };
      } else if (char === OPENING_QUOTES[open.char] && !/\s/.test(before) && AFTER_CLOSING_QUOTE.test(after)) {
        spans.push([open.start, i + 1]);
        open = undefined;
      }
    }
    if (!open) return spans;
    stray.add(open.char);
  }
}

/** True when `index` lies in one of `spans` (sorted and disjoint, as `literalSpans` returns them). */
export function inSpans(spans: readonly (readonly [number, number])[], index: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = spans[middle]!;
    if (index < start) high = middle - 1;
    else if (index >= end) low = middle + 1;
    else return true;
  }
  return false;
}

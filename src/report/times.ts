import { DateTime, Interval } from 'luxon';
import { OPENED_YEARS } from '../clock/due.js';
import { rememberingZone } from '../clock/zone-offsets.js';
import { shown } from '../util/shown.js';

/** A time in an export, and whether it carried its own offset (otherwise it was read in the agreement's zone). */
export interface ParsedTime {
  time: DateTime;
  hadOffset: boolean;
}

// An offset or zone letter after a clock time: `10:15Z`, `10:15:00+01:00`, `10:15 +0100`.
const OFFSET_AFTER_CLOCK = /\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Time formats of help-desk exports that are neither ISO 8601 nor SQL style, tried after those and `--time-format`:
 * Jira's default date-time format `dd/MMM/yy h:mm a` (`03/Mar/27 9:15 AM`, English month names; a one-digit day and
 * a two-digit hour are read too). Zendesk (`2027-03-03 09:15:00 +0100`), Freshdesk (`2027-03-03 09:15:00`) and
 * HubSpot (`2027-03-03 09:15`) write SQL style.
 */
export const EXPORT_TIME_FORMATS: readonly string[] = ['d/MMM/yy h:mm a'];

/**
 * Reads a time as help desks export it: ISO 8601 (`2027-03-03T10:15`, with or without offset), SQL style
 * (`2027-03-03 10:15:00`, `2027-03-03 10:15:00 +0100`), the luxon `format` given with `--time-format`, or one of
 * EXPORT_TIME_FORMATS (Jira's `dd/MMM/yy h:mm a`).
 * A time without an offset is local time in `zone`. Returns undefined when the text is no time. The result keeps
 * the offset written, so compare times by instant (`<`, `toMillis()`), and set the zone before printing.
 */
export function parseTicketTime(text: string, zone: string, format?: string): ParsedTime | undefined {
  const value = text.trim();
  const hadOffset = OFFSET_AFTER_CLOCK.test(value);
  // A time with its own offset keeps it: converting every time to an IANA zone costs a zone lookup each, which
  // dominates on large exports. Reports convert the few times they print.
  const options = hadOffset ? { setZone: true } : { zone: rememberingZone(zone) };
  const candidates = [
    () => DateTime.fromISO(value, options),
    () => DateTime.fromSQL(value, options),
    ...(format ? [() => DateTime.fromFormat(value, format, { ...options, locale: 'en-US' })] : []),
    ...EXPORT_TIME_FORMATS.filter((known) => known !== format).map((known) => () => DateTime.fromFormat(value, known, { ...options, locale: 'en-US' })),
  ];
  for (const candidate of candidates) {
    const time = candidate();
    if (time.isValid) return { time, hadOffset };
  }
  return undefined;
}

/**
 * True for a time in the years the support clock counts (1970–2199, as `sla due`). Counting working time to a typo
 * such as 9999 would take minutes for one row.
 */
export function inClockYears(time: DateTime): boolean {
  return time.year >= OPENED_YEARS.first && time.year <= OPENED_YEARS.last;
}

export const CLOCK_YEARS_TEXT = `${OPENED_YEARS.first} to ${OPENED_YEARS.last}`;

/** A list of times or intervals in one cell, separated by `;` or `|` (commas belong to the CSV). */
export function splitList(text: string): string[] {
  return text.split(/[;|]/).map((part) => part.trim()).filter((part) => part !== '');
}

export type ListParse<T> = { ok: true; values: T[]; withoutOffset: number } | { ok: false; reason: string };

/** `2027-03-03T10:00/2027-03-03T15:30; ...` — the periods a ticket waited on the client. */
export function parsePauses(text: string, zone: string, format?: string): ListParse<Interval> {
  const values: Interval[] = [];
  let withoutOffset = 0;
  for (const part of splitList(text)) {
    const [startText, endText, extra] = part.split('/');
    const start = startText === undefined ? undefined : parseTicketTime(startText, zone, format);
    const end = endText === undefined ? undefined : parseTicketTime(endText, zone, format);
    if (extra !== undefined || !start || !end) return { ok: false, reason: `cannot read pause \`${shown(part)}\`; write start/end, e.g. 2027-03-03T10:00/2027-03-03T15:30` };
    if (!inClockYears(start.time) || !inClockYears(end.time)) return { ok: false, reason: `pause \`${shown(part)}\` is outside the years ${CLOCK_YEARS_TEXT}` };
    if (end.time < start.time) return { ok: false, reason: `pause \`${shown(part)}\` ends before it starts` };
    withoutOffset += Number(!start.hadOffset) + Number(!end.hadOffset);
    values.push(Interval.fromDateTimes(start.time, end.time) as Interval<true>);
  }
  return { ok: true, values, withoutOffset };
}

/** `2027-03-03T12:00; 2027-03-03T16:00` — times the client was sent an update. */
export function parseTimeList(text: string, zone: string, format?: string): ListParse<DateTime> {
  const values: DateTime[] = [];
  let withoutOffset = 0;
  for (const part of splitList(text)) {
    const parsed = parseTicketTime(part, zone, format);
    if (!parsed) return { ok: false, reason: `cannot read update time \`${shown(part)}\`` };
    if (!inClockYears(parsed.time)) return { ok: false, reason: `update time \`${shown(part)}\` is outside the years ${CLOCK_YEARS_TEXT}` };
    withoutOffset += Number(!parsed.hadOffset);
    values.push(parsed.time);
  }
  values.sort((a, b) => a.toMillis() - b.toMillis());
  return { ok: true, values, withoutOffset };
}

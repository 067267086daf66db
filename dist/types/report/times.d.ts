import { DateTime, Interval } from 'luxon';
/** A time in an export, and whether it carried its own offset (otherwise it was read in the agreement's zone). */
export interface ParsedTime {
    time: DateTime;
    hadOffset: boolean;
}
/**
 * Time formats of help-desk exports that are neither ISO 8601 nor SQL style, tried after those and `--time-format`:
 * Jira's default date-time format `dd/MMM/yy h:mm a` (`03/Mar/27 9:15 AM`, English month names; a one-digit day and
 * a two-digit hour are read too). Zendesk (`2027-03-03 09:15:00 +0100`), Freshdesk (`2027-03-03 09:15:00`) and
 * HubSpot (`2027-03-03 09:15`) write SQL style.
 */
export declare const EXPORT_TIME_FORMATS: readonly string[];
/**
 * Reads a time as help desks export it: ISO 8601 (`2027-03-03T10:15`, with or without offset), SQL style
 * (`2027-03-03 10:15:00`, `2027-03-03 10:15:00 +0100`), the luxon `format` given with `--time-format`, or one of
 * EXPORT_TIME_FORMATS (Jira's `dd/MMM/yy h:mm a`).
 * A time without an offset is local time in `zone`. Returns undefined when the text is no time. The result keeps
 * the offset written, so compare times by instant (`<`, `toMillis()`), and set the zone before printing.
 */
export declare function parseTicketTime(text: string, zone: string, format?: string): ParsedTime | undefined;
/**
 * True for a time in the years the support clock counts (1970–2199, as `sla due`). Counting working time to a typo
 * such as 9999 would take minutes for one row.
 */
export declare function inClockYears(time: DateTime): boolean;
export declare const CLOCK_YEARS_TEXT: string;
/** A list of times or intervals in one cell, separated by `;` or `|` (commas belong to the CSV). */
export declare function splitList(text: string): string[];
export type ListParse<T> = {
    ok: true;
    values: T[];
    withoutOffset: number;
} | {
    ok: false;
    reason: string;
};
/** `2027-03-03T10:00/2027-03-03T15:30; ...` — the periods a ticket waited on the client. */
export declare function parsePauses(text: string, zone: string, format?: string): ListParse<Interval>;
/** `2027-03-03T12:00; 2027-03-03T16:00` — times the client was sent an update. */
export declare function parseTimeList(text: string, zone: string, format?: string): ListParse<DateTime>;

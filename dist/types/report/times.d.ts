import { DateTime, Interval } from 'luxon';
/** A time in an export, and whether it carried its own offset (otherwise it was read in the agreement's zone). */
export interface ParsedTime {
    time: DateTime;
    hadOffset: boolean;
}
/**
 * Reads a time as help desks export it: ISO 8601 (`2027-03-03T10:15`, with or without offset), SQL style
 * (`2027-03-03 10:15:00`), or the luxon `format` given with `--time-format` (e.g. `dd/MMM/yy h:mm a` for Jira).
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

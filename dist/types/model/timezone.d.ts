export declare const TIMEZONE_ABBREVIATIONS: ReadonlySet<string>;
/** What a calendar's `timezone` may say instead of an IANA zone: the document gives none, or the client names it. */
export declare const TIMEZONE_KEYWORDS: readonly string[];
export type TimezoneCheck = {
    ok: true;
} | {
    ok: false;
    message: string;
};
/** Accepts IANA names (`Europe/Berlin`, `UTC`); refuses abbreviations and misspellings with the fix. */
export declare function checkTimezone(name: string): TimezoneCheck;
/**
 * The UTC offset written at the end of a time (`+01:00`, `-0530`), when it is one no place uses: hours beyond
 * -12..+14 or minutes of 60 or more. luxon reads any offset, even `+99:99`, as a valid time.
 */
export declare function impossibleUtcOffset(text: string): string | undefined;

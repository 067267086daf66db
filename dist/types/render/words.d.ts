import { type Calendar, type Duration, type Money, type WorkingWindow } from '../model/agreement.js';
export declare function plural(count: number, singular: string, pluralForm?: string): string;
/**
 * `4 business hours`, `1 business hour and 30 minutes`, `2 business days` on a business-hours calendar;
 * `1 hour`, `2 days` on a 24×7 calendar, in the locale's words (`4 Geschäftsstunden`). The first unit says which
 * clock runs.
 */
export declare function durationWords(duration: Duration, calendar: Pick<Calendar, 'alwaysOpen'>, locale?: string): string;
/** A weekday's name in the locale, `long` (`Monday`, `Montag`) or `short` (`Mon`, `Mo.`); 1 is Monday. */
export declare function dayName(isoWeekday: number, locale: string, width?: 'long' | 'short'): string;
/** A month's name in the locale (`March`, `März`); 1 is January. */
export declare function monthName(month: number, locale: string): string;
export interface WeeklyHours {
    /** `Monday to Friday`, `Saturday`, `Monday, Wednesday and Friday`. */
    days: string;
    /** `Mon–Fri`. */
    daysShort: string;
    /** `09:00–12:30 and 13:30–17:30` (en-GB), `9:00 AM–12:30 PM and 1:30 PM–5:30 PM` (en-US). */
    windows: string;
    /** `09:00–12:30, 13:30–17:30`. */
    windowsShort: string;
}
/** True when the locale reads the clock in 12 hours with AM and PM (en-US, en-CA, en-AU…), as Intl says it does. */
export declare function usesTwelveHourClock(locale: string): boolean;
/**
 * A time of day (minutes after midnight; 1440 is the end of the day) on the locale's clock: `09:00`, `24:00` in
 * en-GB; `9:00 AM`, `12:00 AM` in en-US. Intl writes it; the narrow no-break space ICU puts before AM/PM becomes a
 * plain space, so the Markdown reads and searches like the rest of the text (the PDF keeps a clock time on one line).
 */
export declare function clockWords(minutes: number, locale: string): string;
/**
 * A working window in the contract's words: `09:00–17:30` (en-GB), `9:00 AM–5:30 PM` (en-US). A window that runs
 * to midnight ends at `24:00` (`12:00 AM`); one past midnight ends at the next day's time (`22:00–06:00`). The
 * locale-free `windowText` of model/calendar-hours stays what lint and `sla init` write.
 */
export declare function windowWords(window: WorkingWindow, locale: string): string;
/** Groups runs of consecutive weekdays that share the same working windows. */
export declare function weeklyHours(calendar: Calendar, locale: string): WeeklyHours[];
/** A time zone as a client reads it: `name` alone where the sentence is compact, `text` where the zone is introduced. */
export interface ZoneWords {
    /** `Berlin time`, `New York time`; `UTC` or `GMT-5` for a zone that names no place (`UTC`, `Etc/GMT+5`). */
    name: string;
    /** What the zone is called in the locale: `CET/CEST`, `GMT/BST`, `Eastern Time`; null when Intl knows only an offset. */
    detail: string | null;
    /** `Berlin time (CET/CEST)`, `New York time (Eastern Time)`, `UTC`. */
    text: string;
}
/**
 * A zone in words, derived rather than listed: the place is the IANA name's last part (`America/New_York` → `New
 * York time`); the detail is what Intl calls the zone in the agreement's locale: its short names in January and
 * July when both are abbreviations (`CET/CEST`, `GMT/BST`; one when they are the same), else its generic name
 * (`Eastern Time`) unless that is only an offset (`GMT-05:00`). A zone that names no place (`UTC`, `Etc/GMT+5`) is
 * written as Intl writes it (`UTC`, `GMT-5`: Etc/ zones count their sign the other way round, so the IANA name
 * would mislead).
 */
export declare function zoneWords(zone: string, locale: string): ZoneWords;
/**
 * The calendar's time zones in words: `Berlin time (CET/CEST)`, `New York time (Eastern Time) and London time
 * (GMT/BST)`, or what the document says instead of a zone. `compact` names each zone without its detail, for text
 * that is already inside parentheses: `Berlin time`.
 */
export declare function timezoneWords(calendar: Pick<Calendar, 'timezone' | 'timezones'>, locale: string, { compact, client }?: {
    client?: string | undefined;
    compact?: boolean | undefined;
}): string;
/**
 * The IANA names of the calendar's zones, for the one place the contract records them (the support-hours
 * section), or null when there is nothing to record: no zone is named, or each zone's words are its name (`UTC`).
 */
export declare function timezoneIanaWords(calendar: Pick<Calendar, 'timezone' | 'timezones'>, locale: string, { except }?: {
    except?: ReadonlySet<string>;
}): string | null;
/** `Mon–Fri 09:00–12:30, 13:30–17:30 Berlin time`, or `24×7`, or `hours not stated`. Zones without their detail: the text is often put in parentheses. */
export declare function calendarHoursShort(calendar: Calendar, locale: string): string;
/** `4 business hours (Mon–Fri 09:00–17:00 Berlin time)`, `30 minutes, 24×7`. */
export declare function durationWithCalendar(duration: Duration, calendar: Calendar, locale: string): string;
/** A date written YYYY-MM-DD, in the agreement's locale: `1 January 2027` (en-GB), `January 1, 2027` (en-US). */
export declare function dateWords(isoDate: string, locale: string, { weekday }?: {
    weekday?: boolean | undefined;
}): string;
/** `€2,900 per month`, `€149.50 per hour`. Cents appear only when the amount has them. */
export declare function moneyWords(money: Money, locale: string): string;
/** `99.9%` in en-GB, `99,9 %` in de-DE. `value` is a percentage, not a fraction. */
export declare function percentWords(value: number, locale: string): string;
export declare function numberWords(value: number, locale: string, maximumFractionDigits?: number): string;
/** `a, b and c` (or `a, b or c`) in the agreement's locale. */
export declare function listWords(items: readonly string[], locale: string, type?: 'conjunction' | 'disjunction'): string;
export declare function capitalise(text: string): string;

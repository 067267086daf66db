/**
 * What an agreement's calendars need from outside the document before the clock runs on them: the holidays of the
 * `.ics` files they name (`holidayFiles`), and the client's zone for a `client-local` calendar. The library reads no
 * files itself: the caller passes a reader (the CLI reads relative to the agreement file).
 */
import type { Agreement, Calendar } from '../model/agreement.js';
import { type DateRange } from './ics.js';
/** Reads a holiday file named in the agreement (as written there); rejects with an Error whose message says why not. */
export type ReadHolidayFile = (file: string) => Promise<string>;
export interface HolidayFileProblem {
    /** The file as the agreement names it. */
    file: string;
    /** The ids of the calendars that name it. */
    calendars: string[];
    /** Why it could not be used, e.g. `cannot read holidays/2027.ics: no such file`. */
    message: string;
}
export interface LoadedHolidayFiles {
    /** The agreement with each file's all-day events added as holidays of the calendars that name it. */
    agreement: Agreement;
    /** Files that could not be read or are not iCalendar. The calendars naming them get no holidays from them. */
    problems: HolidayFileProblem[];
    /** Events that were not imported (timed events, events too long to be holidays), by file. */
    skipped: {
        file: string;
        reason: string;
    }[];
}
/** True when the calendar names `.ics` files that `loadHolidayFiles` has not read into it. */
export declare function hasUnloadedHolidayFiles(calendar: Calendar): boolean;
/**
 * Reads the `.ics` files the agreement's calendars name (`holidayFiles`) and adds their all-day events as full days
 * off. Each file is read once however many calendars name it. The calendar's own dated holidays win over imported
 * ones; 24x7 calendars are left as they are. Never throws for a bad file: it is reported in `problems`.
 */
export declare function loadHolidayFiles(agreement: Agreement, readFile: ReadHolidayFile, range?: DateRange): Promise<LoadedHolidayFiles>;
export interface ClientTimezone {
    agreement: Agreement;
    /** The ids of the calendars that were `client-local` and now run in the zone. */
    calendars: string[];
}
/**
 * The agreement with every `client-local` calendar running in the client's zone (an IANA name, e.g. from
 * `sla due --timezone`). Throws a ClockError for a name that is not an IANA zone.
 */
export declare function withClientTimezone(agreement: Agreement, zone: string): ClientTimezone;

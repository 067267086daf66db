/**
 * True when `YYYY-MM-DD` names a day of the proleptic Gregorian calendar, as luxon reads dates: no 30 February, no
 * month 13, and 0000-02-29 is real. Date arithmetic rolls an impossible day over into the next month, so a real
 * date is one that comes back unchanged. Validation checks every holiday of every calendar, and this is far cheaper
 * than parsing each one with luxon.
 */
export declare function isRealDate(iso: string): boolean;

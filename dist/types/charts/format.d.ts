/** A share in [0, 1] as a percentage: `92%` (en-GB), `92 %` (de-DE), `92.5%`; one decimal at most. */
export declare function sharePercent(share: number, locale: string, maximumFractionDigits?: number): string;
/** `1,250` (en-GB), `1.250` (de-DE); `7.5`. */
export declare function count(value: number, locale: string, maximumFractionDigits?: number): string;
/** Hours with the unit: `7.5 h`, `11.25 h` (en-GB), `7,5 h` (de-DE); quarter hours stay exact. */
export declare function hours(value: number, locale: string): string;
/**
 * The Monday of an ISO week (`2026-W05`) as a UTC date, or undefined when the text is not an ISO week.
 * Week 1 is the week with 4 January in it.
 */
export declare function isoWeekMonday(week: string): Date | undefined;
/** An ISO week as its Monday in the locale (`2 Feb` en-GB, `Feb 2` en-US); other labels are kept as given. */
export declare function weekLabel(week: string, locale: string): string;
/** A month `2026-03` as `Mar 2026` in the locale (`März 2026` de-DE); other labels are kept as given. */
export declare function periodLabel(period: string, locale: string): string;

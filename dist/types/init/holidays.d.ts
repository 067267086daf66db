import type { HolidaySetId } from '../clock/holiday-rules.js';
export type HolidayRegion = HolidaySetId;
export interface Holiday {
    date: string;
    name: string;
}
export interface HolidayRegionInfo {
    id: HolidayRegion;
    /** Shown in prompts and help. */
    label: string;
    /** The zone an office in the region usually runs on. */
    timezone: string;
    currency: string;
    /** The locale of an English agreement for the region (its dates and money); `sla init` writes English by default. */
    locale: string;
    /** The region's own language, offered first when `sla init` asks which language to write in. */
    nativeLocale?: string;
}
export declare const HOLIDAY_REGIONS: readonly HolidayRegionInfo[];
/** The first and last year the data covers, for every region. */
export declare const HOLIDAY_YEARS: {
    readonly first: 2026;
    readonly last: 2028;
};
export declare function isHolidayRegion(value: string): value is HolidayRegion;
export declare function regionInfo(region: HolidayRegion): HolidayRegionInfo;
export declare function regionForTimezone(zone: string): HolidayRegion | undefined;
export interface HolidaySelection {
    holidays: Holiday[];
    /** Years in the range that the data does not cover; the author must add those holidays. */
    missingYears: number[];
}
/** The region's holidays from `from` up to and including `to` (YYYY-MM-DD), and which years had no data. */
export declare function holidaysBetween(region: HolidayRegion, from: string, to: string): HolidaySelection;
/** Every holiday of a region, for tests and docs. */
export declare function allHolidays(region: HolidayRegion): Holiday[];

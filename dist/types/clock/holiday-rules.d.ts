/**
 * Holidays by rule: a fixed day every year (with weekend observance), the nth weekday of a month, or a day counted
 * from Easter Sunday; and the named regional sets (`us`, `gb-eng`, `de`, `fr`, `nl`) as lists of such rules.
 *
 * Observance moves a holiday: the day off is the observed day, and the weekend day itself is not a holiday (a
 * calendar open on Saturdays stays open on a Saturday Christmas). When a moved holiday lands on a day that is already
 * a holiday of the same list, it moves on to the next free weekday (England: Christmas on Saturday is Monday the
 * 27th, Boxing Day on Sunday is Tuesday the 28th). `sla init` writes the same dates into new agreements
 * (src/init/holidays.ts); test/clock/holiday-rules.test.ts checks that the two agree.
 */
import type { RecurringHoliday, WorkingWindow } from '../model/agreement.js';
/**
 * How a fixed-day holiday that falls on a weekend moves: `nearest-weekday` (Saturday to Friday, Sunday to Monday),
 * `next-weekday` (to the next free weekday), `saturday-if-sunday` (Sunday to the Saturday before, as the Dutch
 * King's Day) or `none`.
 */
export type Observance = 'none' | 'nearest-weekday' | 'next-weekday' | 'saturday-if-sunday';
export type HolidayRule = {
    name: string;
    month: number;
    day: number;
    observed: Observance;
    open?: WorkingWindow[];
} | {
    name: string;
    month: number;
    weekday: number;
    week: 1 | 2 | 3 | 4 | 'last';
    open?: WorkingWindow[];
}
/** Days after Easter Sunday (Western, Gregorian): -2 is Good Friday, 1 Easter Monday, 39 Ascension, 50 Whit Monday. */
 | {
    name: string;
    easter: number;
    open?: WorkingWindow[];
};
/** One year's holiday from a rule. */
export interface RuleHoliday {
    /** YYYY-MM-DD. */
    date: string;
    name: string;
    open: WorkingWindow[];
}
export type HolidaySetId = 'us' | 'gb-eng' | 'de' | 'fr' | 'nl';
export declare const HOLIDAY_SET_IDS: readonly HolidaySetId[];
/**
 * Nationwide public holidays of each region, as `sla init` lists them: US federal holidays; England and Wales bank
 * holidays; German, French (mainland) and Dutch national holidays. Regional ones (German Länder, Alsace-Moselle) and
 * days off only under some contracts (Dutch Good Friday and Liberation Day) are not included.
 */
export declare const HOLIDAY_SETS: Readonly<Record<HolidaySetId, readonly HolidayRule[]>>;
/** Gregorian Easter Sunday of a year, as a day number (the anonymous algorithm, as in Meeus). */
export declare function easterSunday(year: number): number;
/**
 * The days off that a list of rules gives for the rules' occurrences of one year (a holiday moved across a year
 * end, such as a US New Year's Day observed on 31 December, keeps the year of its rule). Holidays that stay on their
 * day are placed first; moved ones follow in date order, each on the first weekday from its observed day that no
 * other holiday of the list has taken. When two rules give the same day, the first rule's name is kept.
 */
export declare function holidaysOfRuleYear(rules: readonly (HolidayRule | RecurringHoliday)[], year: number): RuleHoliday[];
/**
 * The holidays that fall in a calendar year: the rules' occurrences of that year and of the years either side,
 * kept where the day off falls in `year`.
 */
export declare function holidaysInYear(rules: readonly (HolidayRule | RecurringHoliday)[], year: number): RuleHoliday[];
/** A regional set's holidays in a year (remembered: every calendar naming the set asks for the same years). */
export declare function holidaySetYear(set: HolidaySetId, year: number): RuleHoliday[];

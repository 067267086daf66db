/**
 * Public holidays that `sla init` writes into a business-hours calendar, for a few common regions.
 *
 * The dates are the days offices close, i.e. the observed day where a region moves a holiday that falls on a
 * weekend (US federal "observed" days, England's substitute bank holidays). They were computed from each
 * region's rules and checked by hand against the published lists; test/init/holidays.test.ts re-derives them
 * from the rules. Only nationwide holidays are listed; regional ones (German Länder, Alsace-Moselle) and days that
 * are off only under some employment contracts (Dutch Good Friday and Liberation Day) are left for the author.
 * Singapore is not included: its lunar and Islamic holidays are gazetted year by year and could not be checked.
 *
 * The same regions are the clock's regional holiday sets (`holidaySets: [de]`), which count them in every year from
 * rules (src/clock/holiday-rules.ts); test/clock/holiday-rules.test.ts checks that the rules give these tables.
 */
import { DateTime } from 'luxon';
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

export const HOLIDAY_REGIONS: readonly HolidayRegionInfo[] = [
  { id: 'us', label: 'United States (federal holidays)', timezone: 'America/New_York', currency: 'USD', locale: 'en-US' },
  { id: 'gb-eng', label: 'England and Wales (bank holidays)', timezone: 'Europe/London', currency: 'GBP', locale: 'en-GB' },
  { id: 'de', label: 'Germany (nationwide holidays)', timezone: 'Europe/Berlin', currency: 'EUR', locale: 'en-GB', nativeLocale: 'de-DE' },
  { id: 'fr', label: 'France (jours fériés, mainland)', timezone: 'Europe/Paris', currency: 'EUR', locale: 'en-GB', nativeLocale: 'fr-FR' },
  { id: 'nl', label: 'Netherlands (national holidays)', timezone: 'Europe/Amsterdam', currency: 'EUR', locale: 'en-GB', nativeLocale: 'nl-NL' },
];

/** The first and last year the data covers, for every region. */
export const HOLIDAY_YEARS = { first: 2026, last: 2028 } as const;

const HOLIDAYS: Record<HolidayRegion, readonly [string, string][]> = {
  'us': [
    // 2026
    ['2026-01-01', "New Year's Day"],
    ['2026-01-19', "Birthday of Martin Luther King Jr."],
    ['2026-02-16', "Washington's Birthday"],
    ['2026-05-25', "Memorial Day"],
    ['2026-06-19', "Juneteenth National Independence Day"],
    ['2026-07-03', "Independence Day (observed)"],
    ['2026-09-07', "Labor Day"],
    ['2026-10-12', "Columbus Day"],
    ['2026-11-11', "Veterans Day"],
    ['2026-11-26', "Thanksgiving Day"],
    ['2026-12-25', "Christmas Day"],
    // 2027
    ['2027-01-01', "New Year's Day"],
    ['2027-01-18', "Birthday of Martin Luther King Jr."],
    ['2027-02-15', "Washington's Birthday"],
    ['2027-05-31', "Memorial Day"],
    ['2027-06-18', "Juneteenth National Independence Day (observed)"],
    ['2027-07-05', "Independence Day (observed)"],
    ['2027-09-06', "Labor Day"],
    ['2027-10-11', "Columbus Day"],
    ['2027-11-11', "Veterans Day"],
    ['2027-11-25', "Thanksgiving Day"],
    ['2027-12-24', "Christmas Day (observed)"],
    ['2027-12-31', "New Year's Day (observed)"],
    // 2028
    ['2028-01-17', "Birthday of Martin Luther King Jr."],
    ['2028-02-21', "Washington's Birthday"],
    ['2028-05-29', "Memorial Day"],
    ['2028-06-19', "Juneteenth National Independence Day"],
    ['2028-07-04', "Independence Day"],
    ['2028-09-04', "Labor Day"],
    ['2028-10-09', "Columbus Day"],
    ['2028-11-10', "Veterans Day (observed)"],
    ['2028-11-23', "Thanksgiving Day"],
    ['2028-12-25', "Christmas Day"],
  ],
  'gb-eng': [
    // 2026
    ['2026-01-01', "New Year's Day"],
    ['2026-04-03', "Good Friday"],
    ['2026-04-06', "Easter Monday"],
    ['2026-05-04', "Early May bank holiday"],
    ['2026-05-25', "Spring bank holiday"],
    ['2026-08-31', "Summer bank holiday"],
    ['2026-12-25', "Christmas Day"],
    ['2026-12-28', "Boxing Day (substitute day)"],
    // 2027
    ['2027-01-01', "New Year's Day"],
    ['2027-03-26', "Good Friday"],
    ['2027-03-29', "Easter Monday"],
    ['2027-05-03', "Early May bank holiday"],
    ['2027-05-31', "Spring bank holiday"],
    ['2027-08-30', "Summer bank holiday"],
    ['2027-12-27', "Christmas Day (substitute day)"],
    ['2027-12-28', "Boxing Day (substitute day)"],
    // 2028
    ['2028-01-03', "New Year's Day (substitute day)"],
    ['2028-04-14', "Good Friday"],
    ['2028-04-17', "Easter Monday"],
    ['2028-05-01', "Early May bank holiday"],
    ['2028-05-29', "Spring bank holiday"],
    ['2028-08-28', "Summer bank holiday"],
    ['2028-12-25', "Christmas Day"],
    ['2028-12-26', "Boxing Day"],
  ],
  'de': [
    // 2026
    ['2026-01-01', "Neujahr (New Year's Day)"],
    ['2026-04-03', "Karfreitag (Good Friday)"],
    ['2026-04-06', "Ostermontag (Easter Monday)"],
    ['2026-05-01', "Tag der Arbeit (Labour Day)"],
    ['2026-05-14', "Christi Himmelfahrt (Ascension Day)"],
    ['2026-05-25', "Pfingstmontag (Whit Monday)"],
    ['2026-10-03', "Tag der Deutschen Einheit (German Unity Day)"],
    ['2026-12-25', "Erster Weihnachtstag (Christmas Day)"],
    ['2026-12-26', "Zweiter Weihnachtstag (Second Day of Christmas)"],
    // 2027
    ['2027-01-01', "Neujahr (New Year's Day)"],
    ['2027-03-26', "Karfreitag (Good Friday)"],
    ['2027-03-29', "Ostermontag (Easter Monday)"],
    ['2027-05-01', "Tag der Arbeit (Labour Day)"],
    ['2027-05-06', "Christi Himmelfahrt (Ascension Day)"],
    ['2027-05-17', "Pfingstmontag (Whit Monday)"],
    ['2027-10-03', "Tag der Deutschen Einheit (German Unity Day)"],
    ['2027-12-25', "Erster Weihnachtstag (Christmas Day)"],
    ['2027-12-26', "Zweiter Weihnachtstag (Second Day of Christmas)"],
    // 2028
    ['2028-01-01', "Neujahr (New Year's Day)"],
    ['2028-04-14', "Karfreitag (Good Friday)"],
    ['2028-04-17', "Ostermontag (Easter Monday)"],
    ['2028-05-01', "Tag der Arbeit (Labour Day)"],
    ['2028-05-25', "Christi Himmelfahrt (Ascension Day)"],
    ['2028-06-05', "Pfingstmontag (Whit Monday)"],
    ['2028-10-03', "Tag der Deutschen Einheit (German Unity Day)"],
    ['2028-12-25', "Erster Weihnachtstag (Christmas Day)"],
    ['2028-12-26', "Zweiter Weihnachtstag (Second Day of Christmas)"],
  ],
  'fr': [
    // 2026
    ['2026-01-01', "Jour de l'an (New Year's Day)"],
    ['2026-04-06', "Lundi de Pâques (Easter Monday)"],
    ['2026-05-01', "Fête du Travail (Labour Day)"],
    ['2026-05-08', "Victoire 1945 (Victory in Europe Day)"],
    ['2026-05-14', "Ascension (Ascension Day)"],
    ['2026-05-25', "Lundi de Pentecôte (Whit Monday)"],
    ['2026-07-14', "Fête nationale (Bastille Day)"],
    ['2026-08-15', "Assomption (Assumption Day)"],
    ['2026-11-01', "Toussaint (All Saints' Day)"],
    ['2026-11-11', "Armistice 1918 (Armistice Day)"],
    ['2026-12-25', "Noël (Christmas Day)"],
    // 2027
    ['2027-01-01', "Jour de l'an (New Year's Day)"],
    ['2027-03-29', "Lundi de Pâques (Easter Monday)"],
    ['2027-05-01', "Fête du Travail (Labour Day)"],
    ['2027-05-06', "Ascension (Ascension Day)"],
    ['2027-05-08', "Victoire 1945 (Victory in Europe Day)"],
    ['2027-05-17', "Lundi de Pentecôte (Whit Monday)"],
    ['2027-07-14', "Fête nationale (Bastille Day)"],
    ['2027-08-15', "Assomption (Assumption Day)"],
    ['2027-11-01', "Toussaint (All Saints' Day)"],
    ['2027-11-11', "Armistice 1918 (Armistice Day)"],
    ['2027-12-25', "Noël (Christmas Day)"],
    // 2028
    ['2028-01-01', "Jour de l'an (New Year's Day)"],
    ['2028-04-17', "Lundi de Pâques (Easter Monday)"],
    ['2028-05-01', "Fête du Travail (Labour Day)"],
    ['2028-05-08', "Victoire 1945 (Victory in Europe Day)"],
    ['2028-05-25', "Ascension (Ascension Day)"],
    ['2028-06-05', "Lundi de Pentecôte (Whit Monday)"],
    ['2028-07-14', "Fête nationale (Bastille Day)"],
    ['2028-08-15', "Assomption (Assumption Day)"],
    ['2028-11-01', "Toussaint (All Saints' Day)"],
    ['2028-11-11', "Armistice 1918 (Armistice Day)"],
    ['2028-12-25', "Noël (Christmas Day)"],
  ],
  'nl': [
    // 2026
    ['2026-01-01', "Nieuwjaarsdag (New Year's Day)"],
    ['2026-04-05', "Eerste Paasdag (Easter Sunday)"],
    ['2026-04-06', "Tweede Paasdag (Easter Monday)"],
    ['2026-04-27', "Koningsdag (King's Day)"],
    ['2026-05-14', "Hemelvaartsdag (Ascension Day)"],
    ['2026-05-24', "Eerste Pinksterdag (Whit Sunday)"],
    ['2026-05-25', "Tweede Pinksterdag (Whit Monday)"],
    ['2026-12-25', "Eerste Kerstdag (Christmas Day)"],
    ['2026-12-26', "Tweede Kerstdag (Second Day of Christmas)"],
    // 2027
    ['2027-01-01', "Nieuwjaarsdag (New Year's Day)"],
    ['2027-03-28', "Eerste Paasdag (Easter Sunday)"],
    ['2027-03-29', "Tweede Paasdag (Easter Monday)"],
    ['2027-04-27', "Koningsdag (King's Day)"],
    ['2027-05-06', "Hemelvaartsdag (Ascension Day)"],
    ['2027-05-16', "Eerste Pinksterdag (Whit Sunday)"],
    ['2027-05-17', "Tweede Pinksterdag (Whit Monday)"],
    ['2027-12-25', "Eerste Kerstdag (Christmas Day)"],
    ['2027-12-26', "Tweede Kerstdag (Second Day of Christmas)"],
    // 2028
    ['2028-01-01', "Nieuwjaarsdag (New Year's Day)"],
    ['2028-04-16', "Eerste Paasdag (Easter Sunday)"],
    ['2028-04-17', "Tweede Paasdag (Easter Monday)"],
    ['2028-04-27', "Koningsdag (King's Day)"],
    ['2028-05-25', "Hemelvaartsdag (Ascension Day)"],
    ['2028-06-04', "Eerste Pinksterdag (Whit Sunday)"],
    ['2028-06-05', "Tweede Pinksterdag (Whit Monday)"],
    ['2028-12-25', "Eerste Kerstdag (Christmas Day)"],
    ['2028-12-26', "Tweede Kerstdag (Second Day of Christmas)"],
  ],};

export function isHolidayRegion(value: string): value is HolidayRegion {
  return Object.hasOwn(HOLIDAYS, value);
}

export function regionInfo(region: HolidayRegion): HolidayRegionInfo {
  return HOLIDAY_REGIONS.find((info) => info.id === region)!;
}

/** Zones whose offices usually follow a region's holidays; used to suggest `--holidays` from `--timezone`. */
const REGION_OF_ZONE: Record<string, HolidayRegion> = {
  'America/New_York': 'us', 'America/Chicago': 'us', 'America/Denver': 'us', 'America/Phoenix': 'us',
  'America/Los_Angeles': 'us', 'America/Anchorage': 'us', 'America/Detroit': 'us', 'America/Boise': 'us',
  'America/Indiana/Indianapolis': 'us', 'America/Kentucky/Louisville': 'us', 'Pacific/Honolulu': 'us',
  'Europe/London': 'gb-eng', 'Europe/Berlin': 'de', 'Europe/Paris': 'fr', 'Europe/Amsterdam': 'nl',
};

export function regionForTimezone(zone: string): HolidayRegion | undefined {
  return REGION_OF_ZONE[zone];
}

export interface HolidaySelection {
  holidays: Holiday[];
  /** Years in the range that the data does not cover; the author must add those holidays. */
  missingYears: number[];
}

/** The region's holidays from `from` up to and including `to` (YYYY-MM-DD), and which years had no data. */
export function holidaysBetween(region: HolidayRegion, from: string, to: string): HolidaySelection {
  const holidays = HOLIDAYS[region].filter(([date]) => date >= from && date <= to).map(([date, name]) => ({ date, name }));
  const missingYears: number[] = [];
  const last = DateTime.fromISO(to).year;
  for (let year = DateTime.fromISO(from).year; year <= last; year++) {
    if (year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) missingYears.push(year);
  }
  return { holidays, missingYears };
}

/** Every holiday of a region, for tests and docs. */
export function allHolidays(region: HolidayRegion): Holiday[] {
  return HOLIDAYS[region].map(([date, name]) => ({ date, name }));
}

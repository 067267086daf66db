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

export type HolidayRule =
  | { name: string; month: number; day: number; observed: Observance; open?: WorkingWindow[] }
  | { name: string; month: number; weekday: number; week: 1 | 2 | 3 | 4 | 'last'; open?: WorkingWindow[] }
  /** Days after Easter Sunday (Western, Gregorian): -2 is Good Friday, 1 Easter Monday, 39 Ascension, 50 Whit Monday. */
  | { name: string; easter: number; open?: WorkingWindow[] };

type FixedDayRule = Extract<HolidayRule, { day: number }>;

/** One year's holiday from a rule. */
export interface RuleHoliday {
  /** YYYY-MM-DD. */
  date: string;
  name: string;
  open: WorkingWindow[];
}

export type HolidaySetId = 'us' | 'gb-eng' | 'de' | 'fr' | 'nl';

export const HOLIDAY_SET_IDS: readonly HolidaySetId[] = ['us', 'gb-eng', 'de', 'fr', 'nl'];

const fixed = (month: number, day: number, name: string, observed: Observance = 'none'): HolidayRule => ({ name, month, day, observed });
const nth = (month: number, weekday: number, week: 1 | 2 | 3 | 4 | 'last', name: string): HolidayRule => ({ name, month, weekday, week });
const easter = (offset: number, name: string): HolidayRule => ({ name, easter: offset });
const MON = 1;
const THU = 4;

/**
 * Nationwide public holidays of each region, as `sla init` lists them: US federal holidays; England and Wales bank
 * holidays; German, French (mainland) and Dutch national holidays. Regional ones (German Länder, Alsace-Moselle) and
 * days off only under some contracts (Dutch Good Friday and Liberation Day) are not included.
 */
export const HOLIDAY_SETS: Readonly<Record<HolidaySetId, readonly HolidayRule[]>> = {
  'us': [
    fixed(1, 1, "New Year's Day", 'nearest-weekday'),
    nth(1, MON, 3, 'Birthday of Martin Luther King Jr.'),
    nth(2, MON, 3, "Washington's Birthday"),
    nth(5, MON, 'last', 'Memorial Day'),
    fixed(6, 19, 'Juneteenth National Independence Day', 'nearest-weekday'),
    fixed(7, 4, 'Independence Day', 'nearest-weekday'),
    nth(9, MON, 1, 'Labor Day'),
    nth(10, MON, 2, 'Columbus Day'),
    fixed(11, 11, 'Veterans Day', 'nearest-weekday'),
    nth(11, THU, 4, 'Thanksgiving Day'),
    fixed(12, 25, 'Christmas Day', 'nearest-weekday'),
  ],
  'gb-eng': [
    fixed(1, 1, "New Year's Day", 'next-weekday'),
    easter(-2, 'Good Friday'),
    easter(1, 'Easter Monday'),
    nth(5, MON, 1, 'Early May bank holiday'),
    nth(5, MON, 'last', 'Spring bank holiday'),
    nth(8, MON, 'last', 'Summer bank holiday'),
    fixed(12, 25, 'Christmas Day', 'next-weekday'),
    fixed(12, 26, 'Boxing Day', 'next-weekday'),
  ],
  'de': [
    fixed(1, 1, "Neujahr (New Year's Day)"),
    easter(-2, 'Karfreitag (Good Friday)'),
    easter(1, 'Ostermontag (Easter Monday)'),
    fixed(5, 1, 'Tag der Arbeit (Labour Day)'),
    easter(39, 'Christi Himmelfahrt (Ascension Day)'),
    easter(50, 'Pfingstmontag (Whit Monday)'),
    fixed(10, 3, 'Tag der Deutschen Einheit (German Unity Day)'),
    fixed(12, 25, 'Erster Weihnachtstag (Christmas Day)'),
    fixed(12, 26, 'Zweiter Weihnachtstag (Second Day of Christmas)'),
  ],
  'fr': [
    fixed(1, 1, "Jour de l'an (New Year's Day)"),
    easter(1, 'Lundi de Pâques (Easter Monday)'),
    fixed(5, 1, 'Fête du Travail (Labour Day)'),
    fixed(5, 8, 'Victoire 1945 (Victory in Europe Day)'),
    easter(39, 'Ascension (Ascension Day)'),
    easter(50, 'Lundi de Pentecôte (Whit Monday)'),
    fixed(7, 14, 'Fête nationale (Bastille Day)'),
    fixed(8, 15, 'Assomption (Assumption Day)'),
    fixed(11, 1, "Toussaint (All Saints' Day)"),
    fixed(11, 11, 'Armistice 1918 (Armistice Day)'),
    fixed(12, 25, 'Noël (Christmas Day)'),
  ],
  'nl': [
    fixed(1, 1, "Nieuwjaarsdag (New Year's Day)"),
    easter(0, 'Eerste Paasdag (Easter Sunday)'),
    easter(1, 'Tweede Paasdag (Easter Monday)'),
    fixed(4, 27, "Koningsdag (King's Day)", 'saturday-if-sunday'),
    easter(39, 'Hemelvaartsdag (Ascension Day)'),
    easter(49, 'Eerste Pinksterdag (Whit Sunday)'),
    easter(50, 'Tweede Pinksterdag (Whit Monday)'),
    fixed(12, 25, 'Eerste Kerstdag (Christmas Day)'),
    fixed(12, 26, 'Tweede Kerstdag (Second Day of Christmas)'),
  ],
};

/** What the name of a moved holiday says, as the published lists write it. */
const MOVED_SUFFIX: Record<Observance, string> = {
  'none': '',
  'nearest-weekday': ' (observed)',
  'next-weekday': ' (substitute day)',
  'saturday-if-sunday': '',
};

const DAY = 86_400_000;

/** Days since 1970-01-01 of a date (UTC arithmetic: dates only, no zone). */
function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY);
}

function isoDate(dayNo: number): string {
  return new Date(dayNo * DAY).toISOString().slice(0, 10);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
function weekday(dayNo: number): number {
  return new Date(dayNo * DAY).getUTCDay() || 7;
}

/** Gregorian Easter Sunday of a year, as a day number (the anonymous algorithm, as in Meeus). */
export function easterSunday(year: number): number {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The nth (or last) given weekday of a month, as a day number. */
function nthWeekday(year: number, month: number, isoWeekday: number, week: 1 | 2 | 3 | 4 | 'last'): number {
  if (week === 'last') {
    const last = dayNumber(year, month + 1, 0);
    return last - ((weekday(last) - isoWeekday + 7) % 7);
  }
  const first = dayNumber(year, month, 1);
  return first + ((isoWeekday - weekday(first) + 7) % 7) + 7 * (week - 1);
}

const isWeekend = (dayNo: number) => weekday(dayNo) >= 6;

/** A fixed-day holiday's day off: its date, or where the observance moves it (before collisions). */
function observedDay(dayNo: number, observed: Observance): number {
  const wd = weekday(dayNo);
  switch (observed) {
    case 'nearest-weekday':
      return wd === 6 ? dayNo - 1 : wd === 7 ? dayNo + 1 : dayNo;
    case 'next-weekday':
      return wd === 6 ? dayNo + 2 : wd === 7 ? dayNo + 1 : dayNo;
    case 'saturday-if-sunday':
      return wd === 7 ? dayNo - 1 : dayNo;
    case 'none':
      return dayNo;
  }
}

/**
 * The days off that a list of rules gives for the rules' occurrences of one year (a holiday moved across a year
 * end, such as a US New Year's Day observed on 31 December, keeps the year of its rule). Holidays that stay on their
 * day are placed first; moved ones follow in date order, each on the first weekday from its observed day that no
 * other holiday of the list has taken. When two rules give the same day, the first rule's name is kept.
 */
export function holidaysOfRuleYear(rules: readonly (HolidayRule | RecurringHoliday)[], year: number): RuleHoliday[] {
  const taken = new Map<number, RuleHoliday>();
  const moved: { actual: number; observed: number; rule: FixedDayRule }[] = [];
  for (const rule of rules) {
    const open = rule.open ?? [];
    if ('easter' in rule) {
      const dayNo = easterSunday(year) + rule.easter;
      if (!taken.has(dayNo)) taken.set(dayNo, { date: isoDate(dayNo), name: rule.name, open });
    } else if ('weekday' in rule) {
      const dayNo = nthWeekday(year, rule.month, rule.weekday, rule.week);
      if (!taken.has(dayNo)) taken.set(dayNo, { date: isoDate(dayNo), name: rule.name, open });
    } else {
      // 29 February in a common year does not happen; a rule for it gives no holiday that year.
      const actual = dayNumber(year, rule.month, rule.day);
      if (isoDate(actual).slice(5) !== `${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`) continue;
      const observed = observedDay(actual, rule.observed);
      if (observed === actual) {
        if (!taken.has(actual)) taken.set(actual, { date: isoDate(actual), name: rule.name, open });
      } else {
        moved.push({ actual, observed, rule });
      }
    }
  }
  moved.sort((a, b) => a.actual - b.actual);
  for (const { observed, rule } of moved) {
    let dayNo = observed;
    // Only `next-weekday` moves on past a taken day; the others keep the day they name.
    if (rule.observed === 'next-weekday') while (taken.has(dayNo) || isWeekend(dayNo)) dayNo++;
    if (!taken.has(dayNo)) taken.set(dayNo, { date: isoDate(dayNo), name: `${rule.name}${MOVED_SUFFIX[rule.observed]}`, open: rule.open ?? [] });
  }
  return [...taken.entries()].sort((a, b) => a[0] - b[0]).map(([, holiday]) => holiday);
}

/**
 * The holidays that fall in a calendar year: the rules' occurrences of that year and of the years either side,
 * kept where the day off falls in `year`.
 */
export function holidaysInYear(rules: readonly (HolidayRule | RecurringHoliday)[], year: number): RuleHoliday[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const byDate = new Map<string, RuleHoliday>();
  for (const ruleYear of [year, year - 1, year + 1]) {
    for (const holiday of holidaysOfRuleYear(rules, ruleYear)) {
      if (holiday.date.startsWith(prefix) && !byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

const setYears = new Map<string, RuleHoliday[]>();

/** A regional set's holidays in a year (remembered: every calendar naming the set asks for the same years). */
export function holidaySetYear(set: HolidaySetId, year: number): RuleHoliday[] {
  const key = `${set}:${year}`;
  let holidays = setYears.get(key);
  if (!holidays) {
    holidays = holidaysInYear(HOLIDAY_SETS[set], year);
    if (setYears.size > 10_000) setYears.clear();
    setYears.set(key, holidays);
  }
  return holidays;
}

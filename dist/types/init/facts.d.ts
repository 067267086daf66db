import { type HolidayRegion } from './holidays.js';
import { type TierId } from './presets.js';
export type HolidayChoice = HolidayRegion | 'none';
export interface InitFacts {
    client: string;
    provider: string;
    /** The AI workflow supported, e.g. `Invoice extraction`. */
    workflow: string;
    timezone: string;
    tier: TierId;
    /** YYYY-MM-DD. */
    effectiveDate: string;
    holidays: HolidayChoice;
    /**
     * The language the agreement is written in and its `locale:` (a canonical BCP 47 tag, e.g. `de-DE`). Unset, it is
     * English: `en-US` with US holidays, else `en-GB`.
     */
    locale?: string;
}
/** The facts asked for one by one; the locale is asked for only in some cases (see askForFacts). */
export type FactName = Exclude<keyof InitFacts, 'locale'>;
/** The order facts are asked in, and the flag that sets each. */
export declare const FACTS: readonly {
    name: FactName;
    flag: string;
    label: string;
}[];
export declare const DEFAULT_NAMES: {
    readonly client: 'Example Client';
    readonly provider: 'Example Agency';
    readonly workflow: 'AI workflow';
};
export declare const DEFAULT_TIER: TierId;
export type Check<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    message: string;
};
export declare function checkName(what: string, value: string): Check<string>;
export declare function checkTier(value: string): Check<TierId>;
export declare function checkZone(value: string): Check<string>;
export declare const HOLIDAY_CHOICES: readonly string[];
export declare function checkHolidays(value: string): Check<HolidayChoice>;
export declare function checkEffectiveDate(value: string): Check<string>;
/** Checks one fact given as text (a flag or a prompt answer). */
export declare function checkFact(name: FactName, value: string): Check<string>;
export interface Environment {
    /** Today, as YYYY-MM-DD. */
    today: string;
    /** The machine's zone, if it is an IANA name. */
    systemZone?: string;
}
/** What the defaults are, given the facts already known (the holiday default follows the zone). */
export declare function defaultFact(name: FactName, known: Partial<InitFacts>, env: Environment): string;
/** Why a default is what it is, for the stderr note. */
export declare function defaultReason(name: FactName, value: string, env: Environment): string;
/**
 * The environment of this process. `SOURCE_DATE_EPOCH` pins "today" so scripted runs are reproducible; a malformed
 * value throws the same RangeError as in `sla render` and `sla report`.
 */
export declare function processEnvironment(env: Record<string, string | undefined>, now?: Date): Environment;
/** A kebab-case id from a name: `Müller & Söhne GmbH` → `muller-sohne-gmbh`. Empty for names with no Latin letters. */
export declare function slugify(name: string, maxLength?: number): string;
export declare function isHolidayChoice(value: string): value is HolidayChoice;

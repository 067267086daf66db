/**
 * "9am–5pm EST" is wrong for half the year (New York is on EDT from March to November) and "CST" means three
 * different zones. The calendars already carry IANA zones (the schema refuses abbreviations there); prose that
 * repeats the hours must not reintroduce the ambiguity.
 *
 * Zone names are matched as whole phrases, the longest first, so each mention is one finding with the zone it
 * means: "European Central Time" and "Central European Time" are Europe/Berlin, not US Central; "Australian
 * Eastern Time" is Australia/Sydney, not US Eastern. The name of one region's year-round clock ("Pacific Time", "US
 * Pacific", "US Eastern") is as precise as its IANA name and is not reported (see `zone-phrases.ts`).
 */
import type { Rule } from '../types.js';
export declare const timezoneAbbreviation: Rule;

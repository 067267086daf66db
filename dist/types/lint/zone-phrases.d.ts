/** How a mention names its zone. */
export type ZoneMentionKind = 
/** "EST", "CET", "5pm PT": an abbreviation, ambiguous across countries and often a fixed offset. */
'abbreviation'
/** "Eastern Daylight Time", "Central European Time", "Australian Eastern": a name that is a fixed offset, half a zone, or several. */
 | 'spelledOut'
/**
 * "Pacific Time", "US Pacific", "US Eastern", "UK time": the name of one region's clock, daylight saving included
 * — as precise as the IANA zone, and the way people write it.
 */
 | 'zoneName';
export interface ZoneMention {
    kind: ZoneMentionKind;
    /** The words as written. */
    words: string;
    start: number;
    end: number;
    /** The IANA zone the words usually stand for. */
    zone: string;
}
/**
 * Every time zone the text names, in order: names first matched as whole phrases, then abbreviations. An
 * abbreviation written beside a name of the same zone, either way round ("Eastern Daylight Time (EDT)", "AEST
 * (Australian Eastern Standard Time)"), is part of that mention and not listed again.
 */
export declare function zoneMentions(text: string): ZoneMention[];

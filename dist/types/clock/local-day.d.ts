export declare const MINUTE = 60000;
/** A local date as a whole number of days since 1970-01-01. */
export type DayNumber = number;
export declare function dayNumberOfIsoDate(iso: string): DayNumber;
export declare function isoDateOfDayNumber(day: DayNumber): string;
/** ISO weekday: 1 Monday … 7 Sunday. */
export declare function weekdayOfDayNumber(day: DayNumber): number;
/** The one clock change within a local day, if any. */
interface ClockChange {
    /** The instant the offset changes. */
    at: number;
    /** Wall-clock minutes from midnight just before the change. */
    wallBefore: number;
    /** New offset minus old offset, in minutes: positive when clocks spring forward. */
    shift: number;
}
export interface LocalDay {
    day: DayNumber;
    /** The first instant of the day (midnight, or the first existing minute after it). */
    start: number;
    /** The first instant of the next day. */
    end: number;
    /** Wall-clock minutes at `start` (0 unless midnight itself was skipped). */
    startWall: number;
    change?: ClockChange;
}
export interface Zone {
    name: string;
    /** Offset from UTC in minutes at an instant. */
    offset(at: number): number;
    days: Map<DayNumber, LocalDay>;
}
export declare function zoneNamed(name: string): Zone;
/**
 * The local date of an instant in the zone. Found from the cached local days rather than the zone's offset,
 * which costs an Intl call: the clock asks this for every due time it computes.
 */
export declare function dayNumberAt(zone: Zone, at: number): DayNumber;
/** Wall-clock minutes since local midnight of the instant (fractional when it has seconds). */
export declare function wallMinutesAt(zone: Zone, at: number): number;
export declare function localDay(zone: Zone, day: DayNumber): LocalDay;
/**
 * The instant at a wall-clock time of the day (0 … 1440 minutes). A time skipped by a spring-forward change
 * is the instant of the change; a time repeated by a fall-back change is its first occurrence.
 */
export declare function instantAtWall(local: LocalDay, wallMinutes: number): number;
/** Wall-clock minutes since the day's midnight at an instant within the day (the inverse of `instantAtWall`). */
export declare function wallAtInstant(local: LocalDay, at: number): number;
export {};

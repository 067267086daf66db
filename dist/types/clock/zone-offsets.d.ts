/**
 * UTC offsets of IANA zones, remembered per hour. luxon asks Intl for the offset each time a DateTime is made or
 * converted in a zone (`formatToParts`, a few microseconds), which was a fifth of `sla report` over 100,000 tickets.
 * An hour's offset is remembered only when its first and last millisecond agree: no zone changes its offset and
 * back within one hour, so the offset is then the same throughout; an hour with a change is asked each time.
 */
import { IANAZone, Zone } from 'luxon';
export declare class OffsetMemory {
    #private;
    constructor(zone: IANAZone);
    /** Offset from UTC in minutes at the instant (epoch milliseconds). */
    offset(at: number): number;
}
/** An IANA zone for luxon whose offsets come from an OffsetMemory; equal to luxon's own zone of the same name. */
export declare class RememberingZone extends Zone {
    #private;
    constructor(zone: IANAZone);
    get type(): string;
    get name(): string;
    get isUniversal(): boolean;
    get isValid(): boolean;
    offsetName(ts: number, options: {
        format?: 'short' | 'long';
        locale?: string;
    }): string | null;
    formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string;
    offset(ts: number): number;
    equals(other: Zone): boolean;
}
/**
 * The zone to give luxon for an IANA name: a RememberingZone, or the name itself when it is no valid zone (luxon
 * then makes an invalid DateTime, as it would have).
 */
export declare function rememberingZone(name: string): RememberingZone | string;

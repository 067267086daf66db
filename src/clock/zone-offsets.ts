/**
 * UTC offsets of IANA zones, remembered per hour. luxon asks Intl for the offset each time a DateTime is made or
 * converted in a zone (`formatToParts`, a few microseconds), which was a fifth of `sla report` over 100,000 tickets.
 * An hour's offset is remembered only when its first and last millisecond agree: no zone changes its offset and
 * back within one hour, so the offset is then the same throughout; an hour with a change is asked each time.
 */
import { IANAZone, Zone } from 'luxon';

const HOUR = 3_600_000;
/** Hours remembered per zone before the memory starts again (a year is 8,760). */
const MAX_HOURS = 200_000;

export class OffsetMemory {
  readonly #zone: IANAZone;
  readonly #hours = new Map<number, number>();

  constructor(zone: IANAZone) {
    this.#zone = zone;
  }

  /** Offset from UTC in minutes at the instant (epoch milliseconds). */
  offset(at: number): number {
    const hour = Math.floor(at / HOUR);
    const known = this.#hours.get(hour);
    if (known !== undefined) return known;
    const first = this.#zone.offset(hour * HOUR);
    if (Number.isNaN(first) || first !== this.#zone.offset(hour * HOUR + HOUR - 1)) return this.#zone.offset(at);
    if (this.#hours.size >= MAX_HOURS) this.#hours.clear();
    this.#hours.set(hour, first);
    return first;
  }
}

/** An IANA zone for luxon whose offsets come from an OffsetMemory; equal to luxon's own zone of the same name. */
export class RememberingZone extends Zone {
  readonly #zone: IANAZone;
  readonly #memory: OffsetMemory;

  constructor(zone: IANAZone) {
    super();
    this.#zone = zone;
    this.#memory = new OffsetMemory(zone);
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.#zone.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return this.#zone.isValid;
  }

  override offsetName(ts: number, options: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.#zone.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return this.#zone.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    return this.#memory.offset(ts);
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const remembering = new Map<string, RememberingZone>();

/**
 * The zone to give luxon for an IANA name: a RememberingZone, or the name itself when it is no valid zone (luxon
 * then makes an invalid DateTime, as it would have).
 */
export function rememberingZone(name: string): RememberingZone | string {
  let zone = remembering.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    if (!iana.isValid) return name;
    zone = new RememberingZone(iana);
    remembering.set(name, zone);
  }
  return zone;
}

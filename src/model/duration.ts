/**
 * Durations as agreements write them: `30m`, `4h`, `1h30m`, `2d`, `1d4h`, or ISO 8601 `PT30M`, `PT4H`, `P2D`.
 * Minutes and hours count working time on the target's calendar; `d` counts working days (see docs/format.md).
 */
export interface Duration {
  /** As written in the agreement. */
  text: string;
  /** Whole working days. */
  days: number;
  /** Working minutes on top of the days. */
  minutes: number;
}

const SHORT = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;
const ISO = /^P(?=\d|T\d)(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?)?$/;

export const DURATION_EXAMPLES = '30m, 4h, 1h30m, 2d or PT4H';

/** Parses a duration, or returns undefined when the text is not one. Zero is a valid parse; callers decide if it is allowed. */
export function parseDuration(text: string): Duration | undefined {
  const match = SHORT.exec(text) ?? ISO.exec(text);
  if (!match) return undefined;
  const [, days = '0', hours = '0', minutes = '0'] = match;
  return { text, days: Number(days), minutes: Number(hours) * 60 + Number(minutes) };
}

export function isZero(duration: Duration): boolean {
  return duration.days === 0 && duration.minutes === 0;
}

/** Orders durations where both are comparable without a calendar; days are compared as days before minutes. */
export function compareDurations(a: Duration, b: Duration): number {
  return a.days - b.days || a.minutes - b.minutes;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** `4 hours`, `1 hour 30 minutes`, `2 working days` — the words a contract uses. */
export function durationInWords(duration: Duration, { dayUnit = 'working day' } = {}): string {
  const parts: string[] = [];
  if (duration.days) parts.push(plural(duration.days, dayUnit));
  const hours = Math.floor(duration.minutes / 60);
  const minutes = duration.minutes % 60;
  if (hours) parts.push(plural(hours, 'hour'));
  if (minutes) parts.push(plural(minutes, 'minute'));
  return parts.length ? parts.join(' ') : '0 minutes';
}

/** `88 hours 59 minutes`, `4 hours`, `0 minutes` — a length of time in whole minutes, sign dropped. */
export function minutesInWords(totalMinutes: number): string {
  return durationInWords({ text: '', days: 0, minutes: Math.round(Math.abs(totalMinutes)) });
}

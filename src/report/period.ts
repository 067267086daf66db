import { DateTime } from 'luxon';
import { impossibleUtcOffset } from '../model/timezone.js';
import { parseSourceDateEpoch } from '../util/source-date-epoch.js';

/** The period a report covers: tickets opened from `start` (inclusive) to `end` (exclusive), in `zone`. */
export interface ReportPeriod {
  start: DateTime;
  end: DateTime;
  zone: string;
}

export class PeriodError extends Error {}

function day(text: string, zone: string, option: string): DateTime {
  const parsed = DateTime.fromISO(text, { zone });
  if (!parsed.isValid) throw new PeriodError(`${option} \`${text}\` is not a date; write YYYY-MM-DD, e.g. 2027-03-01`);
  return parsed;
}

/**
 * Resolves `--from`/`--to` (dates, both inclusive, in the agreement's zone). Without either, the period is the last
 * full calendar month before `now` in that zone; with only `--from` it runs to `now`; with only `--to` it starts on
 * the first of that month.
 */
export function resolvePeriod(options: { from?: string; to?: string; now: DateTime; zone: string }): ReportPeriod {
  const { zone } = options;
  const now = options.now.setZone(zone);
  if (options.from === undefined && options.to === undefined) {
    const end = now.startOf('month');
    return { start: end.minus({ months: 1 }), end, zone };
  }
  const end = options.to !== undefined ? day(options.to, zone, '--to').startOf('day').plus({ days: 1 }) : now;
  const start = options.from !== undefined ? day(options.from, zone, '--from').startOf('day') : end.minus({ days: 1 }).startOf('month');
  if (end <= start) throw new PeriodError(`the period is empty: --from ${options.from ?? start.toISODate()} is after --to ${options.to ?? end.toISODate()}`);
  return { start, end, zone };
}

/** `now` for a report: `--now` when given, else SOURCE_DATE_EPOCH (seconds), else the caller's clock reading. */
export function resolveNow(options: { now?: string; sourceDateEpoch?: string; clock: () => DateTime; zone: string }): DateTime {
  if (options.now !== undefined) {
    const parsed = DateTime.fromISO(options.now, { zone: options.zone });
    if (!parsed.isValid) throw new PeriodError(`--now \`${options.now}\` is not a time; write ISO 8601, e.g. 2027-04-01T09:00+02:00`);
    const offset = impossibleUtcOffset(options.now);
    if (offset) throw new PeriodError(`--now \`${options.now}\` has the UTC offset ${offset}, which no place uses; offsets run from -12:00 to +14:00`);
    return parsed;
  }
  let epoch: Date | undefined;
  try {
    epoch = parseSourceDateEpoch(options.sourceDateEpoch);
  } catch (error) {
    throw new PeriodError((error as Error).message);
  }
  if (epoch) return DateTime.fromJSDate(epoch, { zone: options.zone });
  return options.clock().setZone(options.zone);
}

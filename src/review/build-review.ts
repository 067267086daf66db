/**
 * `sla review`: several months of one ticket export, month by month, against the agreement — volume, on-time share,
 * response times as a share of target, capped hours against the cap, change orders raised as support — and the
 * findings a service review acts on (findings.ts). Each month is a service report built as `sla report` builds one
 * (ReportBuilder), fed from one pass over the export: memory stays flat as the export grows.
 */
import { DateTime } from 'luxon';
import type { Agreement } from '../model/agreement.js';
import { ReportBuilder, reportTier, type ServiceReport } from '../report/build-report.js';
import type { ReportPeriod } from '../report/period.js';
import { TicketStream, type TicketStreamSummary } from '../report/read-tickets.js';
import { reviewFindings, type ReviewFinding } from './findings.js';
import { TierFitTally } from './tier-fit.js';

export interface ReviewMonth {
  /** `2027-03`. */
  month: string;
  report: ServiceReport;
}

export interface ServiceReview {
  reviewVersion: 1;
  agreement: ServiceReport['agreement'];
  /** From the first day of the first month to the first day after the last, in the agreement's zone. */
  period: { from: string; to: string; timezone: string };
  asOf: string;
  input: { rows: number; tickets: number; badRows: number; outsideReview: number };
  months: ReviewMonth[];
  findings: ReviewFinding[];
}

export interface ReviewOptions {
  /** The first month (any time in it) and the last month (any time in it), in `zone`. */
  from: DateTime;
  to: DateTime;
  zone: string;
  /** Open tickets are measured to here. */
  now: DateTime;
  tier?: string;
}

/** The calendar months from `from` to `to`, both included, as report periods. */
export function reviewMonths(from: DateTime, to: DateTime, zone: string): ReportPeriod[] {
  if (!from.isValid || !to.isValid) throw new TypeError('reviewMonths: from and to must be valid luxon DateTimes');
  const first = from.setZone(zone).startOf('month');
  const last = to.setZone(zone).startOf('month');
  if (last < first) throw new RangeError(`reviewMonths: the last month (${last.toFormat('yyyy-MM')}) is before the first (${first.toFormat('yyyy-MM')})`);
  const months: ReportPeriod[] = [];
  for (let start = first; start <= last; start = start.plus({ months: 1 })) months.push({ start, end: start.plus({ months: 1 }), zone });
  return months;
}

/**
 * Reads the export once (or several exports one after the other, e.g. a file a month) and builds the review of every
 * month between `from` and `to`. Duplicate ticket ids are found within each export, not across them.
 */
export async function buildReviewFromStream(agreement: Agreement, streams: TicketStream | Iterable<TicketStream> | AsyncIterable<TicketStream>, options: ReviewOptions): Promise<{ review: ServiceReview; read: TicketStreamSummary[] }> {
  const months = reviewMonths(options.from, options.to, options.zone);
  const builders = months.map((period) => new ReportBuilder(agreement, { period, now: options.now, ...(options.tier !== undefined && { tier: options.tier }) }));
  const starts = months.map((m) => m.start.toMillis());
  const end = months.at(-1)!.end.toMillis();
  const fed = months.map(() => 0);
  const tierFit = new TierFitTally(agreement, reportTier(agreement, options.tier).id, months.length);
  let outside = 0;
  let badRows = 0;
  const summaries: TicketStreamSummary[] = [];
  // Each export is opened only when it is reached, so an error names the export it is in.
  for await (const stream of streams instanceof TicketStream ? [streams] : streams) {
    for await (const item of stream) {
      if (!item.ticket) {
        badRows++;
        continue;
      }
      const opened = item.ticket.opened;
      if (opened < starts[0]! || opened >= end) {
        outside++;
        continue;
      }
      // The last month that starts at or before the opening.
      let low = 0, high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= opened) low = mid;
        else high = mid - 1;
      }
      builders[low]!.addTicket(item.ticket, stream.hasUpdates);
      fed[low]!++;
      tierFit.add(low, item.ticket);
    }
    summaries.push(stream.summary());
  }
  const hasUpdates = summaries.some((summary) => summary.hasUpdates);
  const hasResolution = summaries.some((summary) => summary.hasResolution);
  const reviewMonthsDone = builders.map((builder, i) => ({
    month: months[i]!.start.toFormat('yyyy-MM'),
    report: builder.finish({ rows: fed[i]!, tickets: fed[i]!, timesWithoutOffset: 0, hasUpdates, hasResolution }),
  }));
  const first = reviewMonthsDone[0]!.report;
  const review: ServiceReview = {
    reviewVersion: 1,
    agreement: first.agreement,
    period: { from: months[0]!.start.toISO()!, to: months.at(-1)!.end.toISO()!, timezone: options.zone },
    asOf: first.asOf,
    input: { rows: sum(summaries, (x) => x.rows), tickets: sum(summaries, (x) => x.tickets), badRows, outsideReview: outside },
    months: reviewMonthsDone,
    findings: [...reviewFindings(agreement, reviewMonthsDone), ...tierFit.findings(reviewMonthsDone.map((m) => m.month))],
  };
  return { review, read: summaries };
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

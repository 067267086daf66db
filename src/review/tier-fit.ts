/**
 * Whether the client's tickets would fit another of the agreement's tiers. Tiers differ in the severities they
 * cover, the hours their targets run on and how fast they answer the most urgent level; the tickets show what the
 * client actually raised, and when. So, for each tier, a review counts the client's tickets whose severity the tier
 * covers and those opened while the tier's response calendar for that severity runs (a ticket opened outside would
 * wait for the tier's next opening).
 *
 * - A cheaper tier **fits** when, in every month with tickets, it covers every severity raised and at least 95 % of
 *   the tickets were opened in its hours, and the client raised nothing at the most urgent level (where tiers differ
 *   most in speed: a client who uses it at all needs the faster tier).
 * - The client's own tier **does not fit** when, in most months, tickets were raised at a severity it does not cover
 *   or more than 20 % were opened outside its hours; a dearer tier that would have covered them is named.
 *
 * Tiers are ordered by price when every tier has one in the same currency and period, else as the agreement lists
 * them (cheapest first, as tier menus are written).
 */
import { ClockError } from '../clock/working-day.js';
import type { Agreement, ServiceTier } from '../model/agreement.js';
import type { TicketRecord } from '../report/read-tickets.js';
import { defaultMillisClock, type MillisClock } from '../report/working-clock.js';
import { moneyWords } from '../render/words.js';
import type { ReviewFinding } from './findings.js';

/** A cheaper tier fits when at least this share of each month's tickets was opened in its hours. */
const FITS_HOURS = 0.95;
/** The client's tier does not fit a month in which more than this share was opened outside its hours. */
const OUTSIDE_HOURS = 0.2;
/** The fewest tickets in the review for a finding about tiers. */
const FEWEST_TICKETS = 10;

interface TierCount {
  /** Tickets whose severity the tier covers. */
  covered: number;
  /** Tickets opened while the tier's response calendar for their severity runs. */
  inHours: number;
}

interface MonthCount {
  tickets: number;
  mostUrgent: number;
  tiers: Map<string, TierCount>;
}

/** Counts, month by month, how the client's tickets fall against each tier. */
export class TierFitTally {
  private readonly counts: MonthCount[];
  private readonly mostUrgent: string;
  /** Tiers whose hours the clock cannot run (a zone the agreement leaves unstated): not judged. */
  private readonly unjudged = new Set<string>();
  constructor(
    private readonly agreement: Agreement,
    /** The tier the client's tickets are under. */
    readonly clientTier: string,
    months: number,
    private readonly clock: MillisClock = defaultMillisClock,
  ) {
    this.counts = Array.from({ length: months }, () => ({ tickets: 0, mostUrgent: 0, tiers: new Map(agreement.tiers.map((t) => [t.id, { covered: 0, inHours: 0 }])) }));
    this.mostUrgent = [...agreement.severityLevels].sort((a, b) => a.level - b.level)[0]?.id ?? '';
  }

  /** A ticket of month `month` (an index into the review's months). Tickets under another tier are not counted. */
  add(month: number, ticket: TicketRecord): void {
    if (ticket.tier !== this.clientTier) return;
    const count = this.counts[month]!;
    count.tickets++;
    if (ticket.severity === this.mostUrgent) count.mostUrgent++;
    for (const tier of this.agreement.tiers) {
      const tally = count.tiers.get(tier.id)!;
      if (!covers(tier, ticket.severity)) continue;
      tally.covered++;
      if (this.unjudged.has(tier.id)) continue;
      const calendarId = tier.targets[ticket.severity]?.response?.calendar ?? tier.supportHours;
      const calendar = this.agreement.calendars.find((c) => c.id === calendarId);
      if (!calendar) {
        this.unjudged.add(tier.id);
        continue;
      }
      try {
        if (calendar.alwaysOpen || this.clock.isWorkingAt(calendar, ticket.opened)) tally.inHours++;
      } catch (error) {
        if (!(error instanceof ClockError)) throw error;
        this.unjudged.add(tier.id);
      }
    }
  }

  /** The findings about tiers; `labels` are the months as `2027-03`. */
  findings(labels: readonly string[]): ReviewFinding[] {
    const { agreement } = this;
    if (agreement.tiers.length < 2) return [];
    const months = this.counts.flatMap((count, i) => (count.tickets > 0 ? [{ month: labels[i]!, ...count }] : []));
    const total = months.reduce((n, m) => n + m.tickets, 0);
    if (months.length < 2 || total < FEWEST_TICKETS) return [];
    const ordered = orderedTiers(agreement.tiers);
    const current = ordered.findIndex((t) => t.id === this.clientTier);
    if (current < 0 || this.unjudged.has(this.clientTier)) return [];
    const tierCount = (m: (typeof months)[number], id: string) => m.tiers.get(id)!;
    const fitsEveryMonth = (tier: ServiceTier) =>
      !this.unjudged.has(tier.id) && months.every((m) => tierCount(m, tier.id).covered === m.tickets && tierCount(m, tier.id).inHours >= FITS_HOURS * m.tickets);
    const mostUrgent = months.reduce((n, m) => n + m.mostUrgent, 0);
    const urgentName = agreement.severityLevels.find((s) => s.id === this.mostUrgent)?.name ?? this.mostUrgent;
    const clientTier = ordered[current]!;
    const share = (m: (typeof months)[number], id: string) => tierCount(m, id).inHours / m.tickets;
    const range = (values: number[]) => {
      const low = Math.round(Math.min(...values) * 100), high = Math.round(Math.max(...values) * 100);
      return low === high ? `${low} %` : `${low}–${high} %`;
    };
    const low = Math.min(...months.map((m) => m.tickets)), high = Math.max(...months.map((m) => m.tickets));
    const volumes = low === high ? String(low) : `${low}–${high}`;
    const evidence = (id: string) => months.map((m) => ({ month: m.month, value: `${m.tickets} tickets, ${Math.round(share(m, id) * 100)} % in hours${tierCount(m, id).covered < m.tickets ? `, ${m.tickets - tierCount(m, id).covered} not covered` : ''}` }));
    const price = (tier: ServiceTier) => (tier.price ? moneyWords(tier.price, agreement.locale) : undefined);
    const clause = `Service tiers — ${clientTier.name}`;

    // Cheaper first: the cheapest tier that would have covered every ticket.
    const cheaper = ordered.slice(0, current).find(fitsEveryMonth);
    if (cheaper && mostUrgent === 0) {
      const prices = price(cheaper) && price(clientTier) ? ` (${price(cheaper)} against ${price(clientTier)})` : '';
      return [{
        id: 'tier-fit',
        clause,
        message: `In ${months.length} of ${months.length} months every request was of a severity the ${cheaper.name} tier covers and ${range(months.map((m) => share(m, cheaper.id)))} were opened in the hours its targets run on, and none was ${urgentName}: the client's volume (${volumes} tickets a month) and severities would fit the ${cheaper.name} tier${prices}.`,
        evidence: evidence(cheaper.id),
      }];
    }

    // The client's tier: severities it does not cover, or many tickets outside its hours.
    const short = months.filter((m) => tierCount(m, clientTier.id).covered < m.tickets || share(m, clientTier.id) < 1 - OUTSIDE_HOURS);
    if (short.length < Math.max(2, Math.ceil(months.length / 2))) return [];
    const dearer = ordered.slice(current + 1).find(fitsEveryMonth);
    const uncovered = short.reduce((n, m) => n + m.tickets - tierCount(m, clientTier.id).covered, 0);
    const what = [
      ...(uncovered > 0 ? [`${uncovered} requests were of a severity the ${clientTier.name} tier does not cover`] : []),
      `${range(short.map((m) => 1 - share(m, clientTier.id)))} were opened outside the hours its targets run on`,
    ].join(' and ');
    return [{
      id: 'tier-fit',
      clause,
      message: `In ${short.length} of ${months.length} months ${what}: ${dearer ? `the client's use would fit the ${dearer.name} tier${price(dearer) ? ` (${price(dearer)})` : ''}` : 'no tier of the agreement covers it; agree the hours the client needs'}.`,
      evidence: evidence(clientTier.id),
    }];
  }
}

function covers(tier: ServiceTier, severity: string): boolean {
  return !tier.notOffered.includes(severity) && tier.targets[severity] !== undefined;
}

/** Cheapest first: by price when every tier has one in the same currency and period, else as listed. */
function orderedTiers(tiers: readonly ServiceTier[]): ServiceTier[] {
  const [first] = tiers;
  const comparable = tiers.every((t) => t.price && t.price.currency === first?.price?.currency && t.price.per === first?.price?.per);
  return comparable ? [...tiers].sort((a, b) => a.price!.amount - b.price!.amount) : [...tiers];
}

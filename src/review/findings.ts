/**
 * What a service review acts on: patterns that hold across months, each with its evidence month by month and the
 * clause of the agreement it concerns. A pattern seen in one month is noise; a finding needs it in most of the
 * months that had the tickets to show it (and in at least two).
 */
import type { Agreement } from '../model/agreement.js';
import type { ServiceReport } from '../report/build-report.js';

export type ReviewFindingId =
  | 'response-target-unrealistic'
  | 'cap-exceeded'
  | 'request-type-growing'
  | 'change-orders-as-support'
  | 'out-of-scope-closures'
  | 'severity-unused'
  | 'tier-fit';

export interface ReviewFinding {
  id: ReviewFindingId;
  /** The clause of the agreement it concerns, in the contract's words: `Severity levels and targets — High response: 2 business hours`. */
  clause: string;
  /** One or two sentences: what was seen, and what it suggests. */
  message: string;
  /** The figure behind the finding in each month: `{ month: '2027-03', value: '162 %' }`. */
  evidence: { month: string; value: string }[];
}

interface Month {
  month: string;
  report: ServiceReport;
}

/** A response's 90th percentile above this share of its target, in a month, counts towards the finding. */
const P90_OVER = 1.2;
/** The fewest tickets of a severity in a month for its percentile to count. */
const FEWEST_FOR_PERCENTILE = 3;
/** Change-order work raised as support above this share of requests, in a month, counts. */
const CHANGE_ORDER_SHARE = 0.1;
/** Requests closed as out of scope above this share of requests, in a month, count. */
const OUT_OF_SCOPE_SHARE = 0.1;
/** A request type has grown when its last month has at least this many times the first month's tickets. */
const GROWTH = 1.5;

const percent = (share: number) => `${Math.round(share * 100)} %`;
/** How many months a pattern must hold in, of the `months` that could show it: most of them, and at least two. */
const enough = (months: number) => Math.max(2, Math.ceil(months / 2));

export function reviewFindings(agreement: Agreement, months: readonly Month[]): ReviewFinding[] {
  return [
    ...responseTargets(months),
    ...caps(months),
    ...growingTypes(months),
    ...changeOrders(agreement, months),
    ...outOfScopeClosures(months),
    ...unusedSeverities(months),
  ];
}

function responseTargets(months: readonly Month[]): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const severities = months[0]?.report.severities ?? [];
  for (const severity of severities) {
    const seen = months.flatMap(({ month, report }) => {
      const s = report.severities.find((x) => x.id === severity.id);
      const p90 = s?.response.p90OfTarget;
      return s && p90 !== null && p90 !== undefined && s.response.met + s.response.breached >= FEWEST_FOR_PERCENTILE ? [{ month, p90 }] : [];
    });
    const over = seen.filter((m) => m.p90 > P90_OVER);
    if (seen.length < 2 || over.length < enough(seen.length)) continue;
    const low = Math.min(...over.map((m) => m.p90)), high = Math.max(...over.map((m) => m.p90));
    const range = percent(low) === percent(high) ? percent(low) : `${Math.round(low * 100)}–${percent(high)}`;
    findings.push({
      id: 'response-target-unrealistic',
      clause: `Severity levels and targets — ${severity.name} response: ${severity.targets.response}`,
      message: `${severity.name} response p90 was ${range} of target in ${over.length} of ${seen.length} months: the target is not realistic at current load, or staffing is short.`,
      evidence: seen.map((m) => ({ month: m.month, value: percent(m.p90) })),
    });
  }
  return findings;
}

function caps(months: readonly Month[]): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (const cap of months[0]?.report.caps ?? []) {
    const seen = months.flatMap(({ month, report }) => {
      const c = report.caps.find((x) => x.requestType === cap.requestType);
      return c ? [{ month, used: c.usedHours, allowed: c.allowedHours, exceeded: c.exceeded }] : [];
    });
    const over = seen.filter((m) => m.exceeded);
    if (seen.length < 2 || over.length < enough(seen.length)) continue;
    findings.push({
      id: 'cap-exceeded',
      clause: `Request types and coverage — ${cap.name}: capped at ${cap.capHours} hours a ${cap.per}`,
      message: `${cap.name} exceeded the ${cap.capHours}-hour cap in ${over.length} of ${seen.length} months: reprice the tier or raise the cap.`,
      evidence: seen.map((m) => ({ month: m.month, value: `${m.used} h of ${m.allowed} h` })),
    });
  }
  return findings;
}

function growingTypes(months: readonly Month[]): ReviewFinding[] {
  if (months.length < 3) return [];
  const findings: ReviewFinding[] = [];
  const ids = new Set(months.flatMap((m) => m.report.requestTypes.map((t) => t.id)));
  for (const id of ids) {
    if (id === null) continue;
    const counts = months.map(({ month, report }) => ({ month, tickets: report.requestTypes.find((t) => t.id === id)?.tickets ?? 0 }));
    const name = months.flatMap((m) => m.report.requestTypes).find((t) => t.id === id)?.name ?? id;
    const first = counts[0]!.tickets, last = counts.at(-1)!.tickets;
    // Growth, not a spike: most steps go up, none falls by much, and the end is well above the start.
    const steps = counts.slice(1).map((c, i) => c.tickets - counts[i]!.tickets);
    const ups = steps.filter((d) => d > 0).length;
    const steady = ups >= Math.ceil((steps.length * 2) / 3) && steps.every((d) => d >= -Math.max(1, first * 0.1));
    if (first < 3 || last < first * GROWTH || !steady) continue;
    findings.push({
      id: 'request-type-growing',
      clause: `Request types and coverage — ${name}`,
      message: `${name} requests grew from ${first} to ${last} a month over ${counts.length} months: check whether the coverage and the tier still fit the client's use.`,
      evidence: counts.map((c) => ({ month: c.month, value: String(c.tickets) })),
    });
  }
  return findings;
}

function changeOrders(agreement: Agreement, months: readonly Month[]): ReviewFinding[] {
  const seen = months.flatMap(({ month, report }) => (report.totals.tickets > 0 && report.changeOrderShare.share !== null ? [{ month, share: report.changeOrderShare.share, tickets: report.changeOrderShare.tickets }] : []));
  const over = seen.filter((m) => m.share > CHANGE_ORDER_SHARE);
  if (seen.length < 2 || over.length < enough(seen.length)) return [];
  const types = agreement.requestTypes.filter((t) => t.coverage === 'change-order').map((t) => t.name);
  return [{
    id: 'change-orders-as-support',
    clause: `Scope of support — work ordered as a change order${types.length ? ` (${types.join(', ')})` : ''}`,
    message: `Change-order work was raised as support tickets in ${over.length} of ${seen.length} months (up to ${percent(Math.max(...over.map((m) => m.share)))} of requests): make the scope wording plainer, or how such requests are ordered.`,
    evidence: seen.map((m) => ({ month: m.month, value: `${m.tickets} (${percent(m.share)})` })),
  }];
}

function outOfScopeClosures(months: readonly Month[]): ReviewFinding[] {
  const seen = months.flatMap(({ month, report }) => {
    const closed = report.outOfScopeShare;
    return closed && closed.share !== null && report.totals.tickets > 0 ? [{ month, share: closed.share, tickets: closed.tickets, report }] : [];
  });
  const over = seen.filter((m) => m.share > OUT_OF_SCOPE_SHARE);
  if (seen.length < 2 || over.length < enough(seen.length)) return [];
  // The request types most often closed so, over the whole review: where the scope wording misleads.
  const byType = new Map<string, number>();
  for (const { report } of seen) for (const type of report.requestTypes) if (type.outOfScope) byType.set(type.name, (byType.get(type.name) ?? 0) + type.outOfScope);
  const top = [...byType].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, n]) => `${name} (${n})`);
  return [{
    id: 'out-of-scope-closures',
    clause: 'Scope of support — what is covered, and what is not',
    message: `Requests were closed as out of scope in ${over.length} of ${seen.length} months (up to ${percent(Math.max(...over.map((m) => m.share)))} of requests${top.length ? `; most often ${top.join(', ')}` : ''}): the client does not read the scope as the agreement means it; make what is covered, and what is not, plainer.`,
    evidence: seen.map((m) => ({ month: m.month, value: `${m.tickets} (${percent(m.share)})` })),
  }];
}

function unusedSeverities(months: readonly Month[]): ReviewFinding[] {
  if (months.length < 3 || months.every((m) => m.report.totals.tickets === 0)) return [];
  const findings: ReviewFinding[] = [];
  for (const severity of months[0]!.report.severities) {
    const tickets = months.map(({ month, report }) => ({ month, tickets: report.severities.find((s) => s.id === severity.id)?.tickets ?? 0 }));
    if (tickets.some((m) => m.tickets > 0)) continue;
    findings.push({
      id: 'severity-unused',
      clause: `Severity levels and targets — ${severity.name}`,
      message: `No ${severity.name} request in ${months.length} months: check that the client knows when to use it, or whether the level is needed.`,
      evidence: tickets.map((m) => ({ month: m.month, value: '0' })),
    });
  }
  return findings;
}

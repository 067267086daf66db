/**
 * What a service review acts on: patterns that hold across months, each with its evidence month by month and the
 * clause of the agreement it concerns. A pattern seen in one month is noise; a finding needs it in most of the
 * months that had the tickets to show it (and in at least two).
 */
import { catalogLanguage, translator, type MessageArguments } from '../i18n/catalog.js';
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

/** A share as the review writes it in the locale: `93 %` in English, as Intl writes a percentage in other languages. */
function percentIn(share: number, locale: string): string {
  if (catalogLanguage(locale) === 'en') return percent(share);
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(share * 100) / 100);
}

/** A finding's sentence, clause and evidence in a language: the same facts as its English (JSON) text. */
export interface ReviewFindingWords {
  message: string;
  clause: string;
  /** One value per month of the finding's evidence. */
  evidence: string[];
}

/**
 * How each finding built here is worded in another language, kept beside it rather than in it so that the JSON (an
 * API, English) is unchanged. A finding read back from JSON, or from elsewhere, has none: it is shown as it is.
 */
const findingWords = new WeakMap<ReviewFinding, (locale: string) => ReviewFindingWords>();

/** A finding of reviewFindings in the locale's words, or undefined when it has none (then show its own text). */
export function reviewFindingWords(finding: ReviewFinding, locale: string): ReviewFindingWords | undefined {
  return findingWords.get(finding)?.(locale);
}

/** Records how a finding is worded: its message and clause as catalog keys with their values (shares by `locale`). */
function worded(finding: ReviewFinding, words: (locale: string) => { message: MessageArguments; clause: MessageArguments; evidence: string[] }, keys: [message: string, clause: string]): ReviewFinding {
  findingWords.set(finding, (locale) => {
    const tr = translator(locale);
    const { message, clause, evidence } = words(locale);
    return { message: tr.t(keys[0], message), clause: tr.t(keys[1], clause), evidence };
  });
  return finding;
}
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
    findings.push(worded({
      id: 'response-target-unrealistic',
      clause: `Severity levels and targets — ${severity.name} response: ${severity.targets.response}`,
      message: `${severity.name} response p90 was ${range} of target in ${over.length} of ${seen.length} months: the target is not realistic at current load, or staffing is short.`,
      evidence: seen.map((m) => ({ month: m.month, value: percent(m.p90) })),
    }, (locale) => {
      const wordedRange = percentIn(low, locale) === percentIn(high, locale) ? percentIn(low, locale) : `${new Intl.NumberFormat(locale).format(Math.round(low * 100))}–${percentIn(high, locale)}`;
      return {
        message: { severity: severity.name, range: wordedRange, over: over.length, seen: seen.length },
        clause: { severity: severity.name, target: severity.targets.response },
        evidence: seen.map((m) => percentIn(m.p90, locale)),
      };
    }, ['review.finding.responseTarget.message', 'review.finding.responseTarget.clause']));
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
    findings.push(worded({
      id: 'cap-exceeded',
      clause: `Request types and coverage — ${cap.name}: capped at ${cap.capHours} hours a ${cap.per}`,
      message: `${cap.name} exceeded the ${cap.capHours}-hour cap in ${over.length} of ${seen.length} months: reprice the tier or raise the cap.`,
      evidence: seen.map((m) => ({ month: m.month, value: `${m.used} h of ${m.allowed} h` })),
    }, (locale) => {
      const hours = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
      return {
        message: { name: cap.name, cap: hours(cap.capHours), over: over.length, seen: seen.length },
        clause: { name: cap.name, cap: hours(cap.capHours), per: cap.per },
        evidence: seen.map((m) => translator(locale).t('review.evidence.hoursOf', { used: hours(m.used), allowed: hours(m.allowed) })),
      };
    }, ['review.finding.cap.message', 'review.finding.cap.clause']));
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
    findings.push(worded({
      id: 'request-type-growing',
      clause: `Request types and coverage — ${name}`,
      message: `${name} requests grew from ${first} to ${last} a month over ${counts.length} months: check whether the coverage and the tier still fit the client's use.`,
      evidence: counts.map((c) => ({ month: c.month, value: String(c.tickets) })),
    }, () => ({ message: { name, first, last, months: counts.length }, clause: { name }, evidence: counts.map((c) => String(c.tickets)) }), ['review.finding.growing.message', 'review.finding.growing.clause']));
  }
  return findings;
}

function changeOrders(agreement: Agreement, months: readonly Month[]): ReviewFinding[] {
  const seen = months.flatMap(({ month, report }) => (report.totals.tickets > 0 && report.changeOrderShare.share !== null ? [{ month, share: report.changeOrderShare.share, tickets: report.changeOrderShare.tickets }] : []));
  const over = seen.filter((m) => m.share > CHANGE_ORDER_SHARE);
  if (seen.length < 2 || over.length < enough(seen.length)) return [];
  const types = agreement.requestTypes.filter((t) => t.coverage === 'change-order').map((t) => t.name);
  const top = Math.max(...over.map((m) => m.share));
  return [worded({
    id: 'change-orders-as-support',
    clause: `Scope of support — work ordered as a change order${types.length ? ` (${types.join(', ')})` : ''}`,
    message: `Change-order work was raised as support tickets in ${over.length} of ${seen.length} months (up to ${percent(top)} of requests): make the scope wording plainer, or how such requests are ordered.`,
    evidence: seen.map((m) => ({ month: m.month, value: `${m.tickets} (${percent(m.share)})` })),
  }, (locale) => ({
    message: { over: over.length, seen: seen.length, share: percentIn(top, locale) },
    clause: { types: types.length ? types.join(', ') : 'none' },
    evidence: seen.map((m) => translator(locale).t('review.evidence.countShare', { tickets: m.tickets, share: percentIn(m.share, locale) })),
  }), ['review.finding.changeOrders.message', 'review.finding.changeOrders.clause'])];
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
  const most = Math.max(...over.map((m) => m.share));
  return [worded({
    id: 'out-of-scope-closures',
    clause: 'Scope of support — what is covered, and what is not',
    message: `Requests were closed as out of scope in ${over.length} of ${seen.length} months (up to ${percent(most)} of requests${top.length ? `; most often ${top.join(', ')}` : ''}): the client does not read the scope as the agreement means it; make what is covered, and what is not, plainer.`,
    evidence: seen.map((m) => ({ month: m.month, value: `${m.tickets} (${percent(m.share)})` })),
  }, (locale) => ({
    message: { over: over.length, seen: seen.length, share: percentIn(most, locale), top: top.length ? top.join(', ') : 'none' },
    clause: {},
    evidence: seen.map((m) => translator(locale).t('review.evidence.countShare', { tickets: m.tickets, share: percentIn(m.share, locale) })),
  }), ['review.finding.outOfScope.message', 'review.finding.outOfScope.clause'])];
}

function unusedSeverities(months: readonly Month[]): ReviewFinding[] {
  if (months.length < 3 || months.every((m) => m.report.totals.tickets === 0)) return [];
  const findings: ReviewFinding[] = [];
  for (const severity of months[0]!.report.severities) {
    const tickets = months.map(({ month, report }) => ({ month, tickets: report.severities.find((s) => s.id === severity.id)?.tickets ?? 0 }));
    if (tickets.some((m) => m.tickets > 0)) continue;
    findings.push(worded({
      id: 'severity-unused',
      clause: `Severity levels and targets — ${severity.name}`,
      message: `No ${severity.name} request in ${months.length} months: check that the client knows when to use it, or whether the level is needed.`,
      evidence: tickets.map((m) => ({ month: m.month, value: '0' })),
    }, () => ({ message: { severity: severity.name, months: months.length }, clause: { severity: severity.name }, evidence: tickets.map(() => '0') }), ['review.finding.severityUnused.message', 'review.finding.severityUnused.clause']));
  }
  return findings;
}

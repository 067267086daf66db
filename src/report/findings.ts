import { translator, type Translator } from '../i18n/catalog.js';
import type { Agreement } from '../model/agreement.js';
import type { ServiceReport } from './build-report.js';
import type { Ticket } from './read-tickets.js';

/** What a finding is about; stable, so dashboards can filter on it. */
export type FindingId =
  | 'responses-late'
  | 'resolutions-missed'
  | 'updates-missed'
  | 'severity-unused'
  | 'enhancement-as-support'
  | 'over-change-order-threshold'
  | 'cap-exceeded'
  | 'bad-rows'
  | 'times-without-offset'
  | 'no-target';

export interface Finding {
  id: FindingId;
  /** The severity level it concerns, when it concerns one. */
  severity?: string;
  /** One sentence in plain words, the way it is put to the client. */
  message: string;
  /** Tickets it is about, when it is about particular tickets. */
  tickets?: string[];
}

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

function listTickets(ids: readonly string[], max = 8): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

/** The review the agreement asks for, in plain words, from the computed report. */
export function reportFindings(report: ServiceReport, agreement: Agreement, tickets: readonly Ticket[], missedShareToFlag: number): Finding[] {
  const findings: Finding[] = [];
  for (const s of report.severities) {
    const due = s.response.met + s.response.breached;
    if (s.response.breached > 0 && s.response.breached / due >= missedShareToFlag) {
      findings.push({ id: 'responses-late', severity: s.id, message: `${s.id}: ${s.response.breached} of ${due} responses late — target or staffing to review.` });
    }
    const resolution = s.resolution;
    if (resolution && resolution.missed > 0 && resolution.missed / (resolution.met + resolution.missed) >= missedShareToFlag) {
      findings.push({ id: 'resolutions-missed', severity: s.id, message: `${s.id}: ${resolution.missed} of ${resolution.met + resolution.missed} resolution objectives missed — check whether the objective is realistic.` });
    }
    if (s.updates && s.updates.missed > 0) {
      findings.push({ id: 'updates-missed', severity: s.id, message: `${s.id}: update cadence (${s.targets.update}) not kept on ${s.updates.missed} of ${s.updates.checked} tickets.` });
    }
    if (s.tickets === 0) {
      findings.push({ id: 'severity-unused', severity: s.id, message: `${s.id}: no tickets this period — check that the client knows when to use it, or whether it is needed.` });
    }
  }

  const typeOf = new Map((agreement.requestTypes ?? []).map((t) => [t.id, t]));
  const changeOrders = tickets.filter((t) => t.requestType !== undefined && typeOf.get(t.requestType)?.coverage === 'change-order').map((t) => t.id);
  if (changeOrders.length > 0) {
    findings.push({
      id: 'enhancement-as-support',
      message: `${changeOrders.length} of ${tickets.length} requests (${percent(changeOrders.length, tickets.length)}) were change-order work raised as support tickets (${listTickets(changeOrders)}) — quote them as change orders.`,
      tickets: changeOrders,
    });
  }
  const threshold = agreement.changeOrders?.thresholdHours;
  if (threshold !== undefined) {
    // Fixing a defect is support however long it takes; other requests this large may be enhancements in disguise.
    const mayBeEnhancement = (t: Ticket) => {
      const type = t.requestType === undefined ? undefined : typeOf.get(t.requestType);
      return type?.coverage !== 'change-order' && type?.category !== 'bug';
    };
    const large = tickets.filter((t) => (t.effortHours ?? 0) > threshold && mayBeEnhancement(t)).map((t) => t.id);
    if (large.length > 0) {
      findings.push({
        id: 'over-change-order-threshold',
        message: `${large.length} support ticket${large.length === 1 ? '' : 's'} took more than the ${threshold}-hour change-order threshold (${listTickets(large)}) — review whether ${large.length === 1 ? 'it was an enhancement' : 'they were enhancements'}.`,
        tickets: large,
      });
    }
  }
  for (const cap of report.caps) {
    if (cap.exceeded) {
      findings.push({ id: 'cap-exceeded', message: `${cap.name}: ${cap.usedHours} h used of the ${cap.allowedHours} h allowed (${cap.capHours} h a ${cap.per}) — bill the excess or review the allowance.` });
    }
  }
  const unchecked = [...new Set(report.noTarget.map((n) => n.ticket))];
  if (unchecked.length > 0) {
    findings.push({
      id: 'no-target',
      // Past the report's detail limit the list names only the first tickets: the count is then a floor.
      message: `${report.omitted?.noTarget ? 'More than ' : ''}${unchecked.length} ticket${unchecked.length === 1 && !report.omitted?.noTarget ? '' : 's'} had a target the agreement does not offer or state (${listTickets(unchecked)}) — they are counted but not checked; agree a target or route them elsewhere.`,
      tickets: unchecked,
    });
  }
  if (report.input.badRows > 0) {
    // The rows named are those the report kept in detail; the count is of every row.
    const rows = report.badRows.map((b) => String(b.row));
    findings.push({ id: 'bad-rows', message: `${report.input.badRows} row${report.input.badRows === 1 ? '' : 's'} of the export could not be used (row ${listTickets(rows)}) — correct the export and run the report again.` });
  }
  if (report.input.timesWithoutOffset > 0) {
    findings.push({ id: 'times-without-offset', message: `${report.input.timesWithoutOffset} times in the export had no UTC offset and were read as ${report.period.timezone} time.` });
  }
  return findings;
}

/** Options for writing a finding in a report's words. */
export interface FindingTextOptions {
  /** Names the calendars in a target text (the client report). */
  calendarNames?: (targetText: string) => string;
  /** The agreement's change-order threshold, in hours. */
  thresholdHours?: number;
  /** Writes a value from the agreement or the export as Markdown text. */
  text?: (value: string) => string;
  /** The report's locale; default `en-GB`. */
  locale?: string;
}

/** `a, b, c`, or the first eight and `and 4 more`, in the report's words. */
function ticketListText(ids: readonly string[], tr: Translator, max = 8): string {
  return ids.length <= max ? ids.join(', ') : tr.t('report.list.more', { items: ids.slice(0, max).join(', '), more: ids.length - max });
}

/**
 * A finding as the client reads it: the fact, tied to the agreement's terms, with no advice to the provider
 * (no "bill the excess", "quote them as change orders", "target or staffing to review"), severities and calendars
 * by their names. Null for findings about the export itself (unreadable rows, times without an offset), which the
 * client report states once as a count, or not at all. Built from the report data, so the JSON `message` (the
 * internal sentence) stays as it is.
 */
export function clientFindingText(finding: Finding, report: ServiceReport, options: FindingTextOptions = {}): string | null {
  const named = options.calendarNames ?? ((targetText: string) => targetText);
  const text = options.text ?? ((value: string) => value);
  const tr = translator(options.locale ?? 'en-GB');
  const severity = finding.severity === undefined ? undefined : report.severities.find((s) => s.id === finding.severity);
  const name = severity ? text(severity.name) : finding.severity === undefined ? '' : text(finding.severity);
  const tickets = finding.tickets ?? [];
  const ticketList = ticketListText(tickets.map(text), tr);
  switch (finding.id) {
    case 'responses-late': {
      const r = severity?.response;
      if (!r) return null;
      return tr.t('report.finding.responsesLate', { severity: name, late: r.breached, due: r.met + r.breached });
    }
    case 'resolutions-missed': {
      const r = severity?.resolution;
      if (!r) return null;
      return tr.t('report.finding.resolutionsMissed', { severity: name, missed: r.missed, due: r.met + r.missed });
    }
    case 'updates-missed': {
      const u = severity?.updates;
      if (!u) return null;
      return tr.t('report.finding.updatesMissed', { severity: name, cadence: severity.targets.update ? named(severity.targets.update) : 'none', missed: u.missed, checked: u.checked });
    }
    case 'severity-unused':
      return tr.t('report.finding.severityUnused', { severity: name });
    case 'enhancement-as-support': {
      const total = report.totals.tickets;
      return tr.t('report.finding.enhancementAsSupport', { count: tickets.length, total, share: percentIn(tickets.length, total, tr), tickets: ticketList });
    }
    case 'over-change-order-threshold': {
      const threshold = options.thresholdHours ?? Number(/the ([\d.]+)-hour change-order threshold/.exec(finding.message)?.[1] ?? Number.NaN);
      return tr.t('report.finding.overThreshold', { count: tickets.length, threshold: Number.isFinite(threshold) ? figureIn(threshold, tr) : 'none', tickets: ticketList });
    }
    case 'cap-exceeded': {
      const cap = exceededCap(finding, report);
      if (!cap) return null;
      return tr.t('report.finding.capExceeded', { name: text(cap.name), used: figureIn(cap.usedHours, tr), allowed: figureIn(cap.allowedHours, tr), cap: figureIn(cap.capHours, tr), per: cap.per });
    }
    case 'no-target':
      return tr.t('report.finding.noTarget', { count: tickets.length, tickets: ticketList });
    case 'bad-rows':
    case 'times-without-offset':
      return null;
  }
}

/**
 * A finding as the provider reads it in a report in another language than English: the JSON `message` (English,
 * an API) in the report's words, built from the report data as clientFindingText is.
 */
export function internalFindingText(finding: Finding, report: ServiceReport, options: FindingTextOptions = {}): string {
  const tr = translator(options.locale ?? 'en-GB');
  const severity = finding.severity === undefined ? undefined : report.severities.find((s) => s.id === finding.severity);
  const name = finding.severity ?? '';
  const tickets = finding.tickets ?? [];
  const ticketList = ticketListText(tickets, tr);
  switch (finding.id) {
    case 'responses-late': {
      const r = severity?.response;
      if (!r) return finding.message;
      return tr.t('report.finding.internal.responsesLate', { severity: name, late: r.breached, due: r.met + r.breached });
    }
    case 'resolutions-missed': {
      const r = severity?.resolution;
      if (!r) return finding.message;
      return tr.t('report.finding.internal.resolutionsMissed', { severity: name, missed: r.missed, due: r.met + r.missed });
    }
    case 'updates-missed': {
      const u = severity?.updates;
      if (!u) return finding.message;
      const named = options.calendarNames ?? ((targetText: string) => targetText);
      return tr.t('report.finding.internal.updatesMissed', { severity: name, cadence: named(severity.targets.update ?? ''), missed: u.missed, checked: u.checked });
    }
    case 'severity-unused':
      return tr.t('report.finding.internal.severityUnused', { severity: name, policy: report.agreement.client === null ? 'yes' : 'no' });
    case 'enhancement-as-support': {
      const total = Number(/^\d+ of (\d+) requests/.exec(finding.message)?.[1] ?? report.totals.tickets);
      return tr.t('report.finding.internal.enhancementAsSupport', { count: tickets.length, total, share: percentIn(tickets.length, total, tr), tickets: ticketList });
    }
    case 'over-change-order-threshold': {
      const threshold = options.thresholdHours ?? Number(/the ([\d.]+)-hour change-order threshold/.exec(finding.message)?.[1] ?? Number.NaN);
      if (!Number.isFinite(threshold)) return finding.message;
      return tr.t('report.finding.internal.overThreshold', { count: tickets.length, threshold: figureIn(threshold, tr), tickets: ticketList });
    }
    case 'cap-exceeded': {
      const cap = exceededCap(finding, report);
      if (!cap) return finding.message;
      return tr.t('report.finding.internal.capExceeded', { name: cap.name, used: figureIn(cap.usedHours, tr), allowed: figureIn(cap.allowedHours, tr), cap: figureIn(cap.capHours, tr), per: cap.per });
    }
    case 'no-target':
      return tr.t('report.finding.internal.noTarget', { more: report.omitted?.noTarget ? 'yes' : 'no', count: tickets.length, tickets: ticketList });
    case 'bad-rows':
      return tr.t('report.finding.internal.badRows', { count: report.input.badRows, list: ticketListText(report.badRows.map((b) => String(b.row)), tr) });
    case 'times-without-offset':
      return tr.t('report.finding.internal.timesWithoutOffset', { count: report.input.timesWithoutOffset, zone: report.period.timezone });
  }
}

/** The cap a cap-exceeded finding is about: the k-th such finding is about the k-th cap exceeded (reportFindings adds them in the caps' order). */
function exceededCap(finding: Finding, report: ServiceReport): ServiceReport['caps'][number] | undefined {
  const k = report.findings.filter((f) => f.id === 'cap-exceeded').indexOf(finding);
  const exceeded = report.caps.filter((c) => c.exceeded);
  return exceeded.find((c) => finding.message.startsWith(`${c.name}: `)) ?? exceeded[k];
}

/** `25%` as the findings write it in English; `25 %` in German and French. */
function percentIn(part: number, whole: number, tr: Translator): string {
  return tr.language === 'en' ? percent(part, whole) : new Intl.NumberFormat(tr.locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.round((part / whole) * 100) / 100);
}

/** Hours as a figure: `7.5` in English, `7,5` in German. */
function figureIn(value: number, tr: Translator): string {
  return tr.language === 'en' ? String(value) : new Intl.NumberFormat(tr.locale, { maximumFractionDigits: 2 }).format(value);
}

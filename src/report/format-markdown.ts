import { DateTime } from 'luxon';
import { catalogLanguage, translator, type Translator } from '../i18n/catalog.js';
import { escapeMarkdown } from '../render/escape.js';
import { showControlCharacters } from '../util/control-characters.js';
import { badRowFixes, calendarNamer, clientWarning, reportAudience, type ReportAudience, type ReportNames } from './audience.js';
import type { NoTarget, ServiceReport, SeveritySummary } from './build-report.js';
import { clientFindingText, internalFindingText } from './findings.js';

/** `45 min`, `2 h 05 min`, `31 h` — working time, as read in a report. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const text = h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')} min`;
  return minutes < 0 ? `−${text}` : text;
}

/** A share as a whole percentage in the locale: `93%` (English), `93 %` (de-DE, with a no-break space). */
export function percentText(rate: number | null, locale: string): string {
  if (rate === null) return '—';
  const whole = Math.round(rate * 100);
  if (catalogLanguage(locale) === 'en') return `${whole}%`;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(whole / 100);
}

/** Hours and other figures as the report writes them: `7.5` in English (as JavaScript writes it), `7,5` in German. */
export function figureText(value: number, locale: string): string {
  if (catalogLanguage(locale) === 'en') return String(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Table cells may not hold `|` or line breaks; a `|` that `text()` already escaped stays as it is. */
const cell = (text: string) => text.replace(/(?<!\\)\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * A value from the agreement or the export (a name, a ticket id) as literal Markdown text, as `sla render` writes
 * agreement values: `Smith | Jones *Ltd*` stays text, and control characters show as `\x1b`, not as escapes.
 */
const text = (value: string) => escapeMarkdown(showControlCharacters(value));

/** A Markdown table whose cells cannot break it (a `|` or a line break in a value). Shared with sla review. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const rule = headers.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [headers.map(cell), rule, ...rows.map((row) => row.map(cell))].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/**
 * A text bar of time to first response as a share of the target: `█` up to the median, `▒` up to the 90th
 * percentile, `│` at the target. 20 cells cover 0–200% of the target; `▸` marks more.
 */
export function responseBar(medianOfTarget: number | null, p90OfTarget: number | null, cells = 20): string {
  if (medianOfTarget === null || p90OfTarget === null) return '';
  const perCell = 2 / cells;
  let bar = '';
  for (let i = 0; i < cells; i++) {
    if (i === cells / 2) bar += '│';
    const upTo = (i + 1) * perCell;
    bar += upTo <= medianOfTarget + perCell / 2 ? '█' : upTo <= p90OfTarget + perCell / 2 ? '▒' : '·';
  }
  return `\`${bar}${p90OfTarget > 2 ? '▸' : ' '}\``;
}

export interface ReportMarkdownOptions {
  /** Dates are written in this locale; default `en-GB`. */
  locale?: string;
  /**
   * Who reads it (default `internal`). `client`: no command lines or options, no advice to the provider, rows of the
   * export that could not be used as one count, and calendars, severities, tiers and request-type coverage by their
   * names. `internal`: everything, with how to fix the rows that could not be used.
   */
  audience?: ReportAudience;
  /**
   * The agreement the report was built from (or just its calendars, tiers and change orders): names the calendars
   * and tiers in a client report. Without it calendars and tiers other than the report's own are named by their ids.
   */
  agreement?: ReportNames;
  /**
   * Charts to show, each as an image alone in its paragraph after the part of the report it goes with: the path of
   * its SVG file beside the Markdown, which the PDF draws from the same scene (PdfOptions.figures).
   */
  charts?: readonly ReportChartReference[];
}

export interface ReportChartReference {
  /** Relative to the Markdown file, with `/` separators: `report.charts/on-time-share.svg`. */
  path: string;
  /** The chart's text alternative. */
  alt: string;
  after: 'response' | 'caps' | 'distribution' | 'types';
}

/** `![alt](path)` with the alt text's brackets and the path's spaces and parentheses escaped. */
export function chartImage(chart: Pick<ReportChartReference, 'path' | 'alt'>): string {
  const alt = chart.alt.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
  return `![${alt}](${encodeURI(chart.path).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

const FIRMNESS: Readonly<Record<string, string>> = { commitment: 'commitment', objective: 'objective', 'commercially reasonable efforts': 'commerciallyReasonableEfforts', 'best effort': 'bestEffort' };
const DEADLINES: Readonly<Record<string, string>> = { 'next business day': 'nextBusinessDay', 'same business day': 'sameBusinessDay' };

/**
 * A target as the report data words it (`2h on berlin-business (commitment)`, `…; outside office-hours hours: 4h on
 * always-on`, `…, raised outside hours`, `not offered`) in the report's language; in English as it is. `named`: the
 * calendars are already named (a client report), so `outside Office hours:` has no `hours` to drop.
 */
export function targetWords(targetText: string, tr: Translator, named = false): string {
  if (tr.language === 'en') return targetText;
  const raised = ', raised outside hours';
  if (targetText.endsWith(raised)) return tr.t('report.target.raisedOutsideHours', { target: targetWords(targetText.slice(0, -raised.length), tr, named) });
  const outside = targetText.indexOf('; outside ');
  if (outside >= 0) {
    const rest = targetText.slice(outside + '; outside '.length);
    const found = (named ? /^(.+?)(): (.+)$/ : /^(.+?)( hours): (.+)$/).exec(rest);
    if (found) {
      return tr.t('report.target.outside', { main: targetWords(targetText.slice(0, outside), tr, named), calendar: found[1], named: found[2] ? 'no' : 'yes', target: targetWords(found[3]!, tr, named) });
    }
  }
  if (targetText === 'not offered') return tr.t('report.target.notOffered');
  if (targetText === 'not stated') return tr.t('report.target.notStated');
  const found = /^(.+?) on (.+?)(?: \((commitment|objective|commercially reasonable efforts|best effort)\))?$/.exec(targetText);
  if (!found) return targetText;
  const time = DEADLINES[found[1]!] ? tr.t('report.target.deadline', { by: DEADLINES[found[1]!] }) : found[1];
  return tr.t('report.target.on', { time, calendar: found[2], firmness: found[3] ? FIRMNESS[found[3]] : 'none' });
}

/** A list cut to the report's detail limit says so above it: `The first 1,000 of 4,210 targets missed.` */
function firstOf(tr: Translator, omitted: number | undefined, shown: number, list: 'breaches' | 'openTickets' | 'noTarget' | 'badRows'): string[] {
  const grouped = (n: number) => n.toLocaleString(tr.language === 'en' ? 'en' : tr.locale);
  return omitted ? [tr.t('report.firstOf', { shown: grouped(shown), total: grouped(shown + omitted), list }), ''] : [];
}

export function formatReportMarkdown(report: ServiceReport, options: ReportMarkdownOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  const tr = translator(locale);
  const t = tr.t.bind(tr);
  const pct = (rate: number | null) => percentText(rate, locale);
  const figure = (value: number) => figureText(value, locale);
  const audience = reportAudience(options.audience);
  const client = audience === 'client';
  const nameCalendars = calendarNamer(options.agreement);
  /** A target text as this audience reads it: calendars by name for the client. */
  const target = (targetText: string) => targetWords(client ? nameCalendars(targetText) : targetText, tr, client);
  const severityNames = new Map(report.severities.map((s) => [s.id, s.name]));
  /** A severity id from the data, by name for the client. */
  const severity = (id: string) => text(client ? severityNames.get(id) ?? id : id);
  const tierNames = new Map([[report.agreement.tier, report.agreement.tierName], ...(options.agreement?.tiers ?? []).map((t) => [t.id, t.name] as const)]);
  const tier = (id: string) => text(client ? tierNames.get(id) ?? id : id);
  const calendarName = (id: string) => text(options.agreement?.calendars?.find((c) => c.id === id)?.name ?? id);
  const zone = report.period.timezone;
  // English keeps its fixed patterns; other languages write dates as Intl does in the locale (`1. März 2027`, `1 de marzo de 2027`).
  const english = tr.language === 'en';
  // A published support policy names no client: its reader is "the Customer" (der Kunde, Klant), not the Client.
  const policy = report.agreement.client === null ? 'yes' : 'no';
  const at = (isoText: string) => DateTime.fromISO(isoText, { zone }).setLocale(locale);
  const time = (isoText: string | null) => (isoText === null ? '—' : english ? at(isoText).toFormat('ccc d LLL HH:mm') : at(isoText).toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
  const date = (isoText: string) => (english ? at(isoText).toFormat('d LLLL yyyy') : at(isoText).toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' }));
  const lastDay = DateTime.fromISO(report.period.to, { zone }).minus({ milliseconds: 1 }).toISO()!;
  const { totals, input } = report;
  const asOf = english ? at(report.asOf).toFormat('d LLLL yyyy HH:mm') : at(report.asOf).toLocaleString({ day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const out: string[] = [];

  out.push(`# ${t('report.title', { title: text(report.agreement.title) })}`, '');
  out.push(`- ${t('report.header.preparedBy', { provider: text(report.agreement.provider), client: report.agreement.client ? text(report.agreement.client) : 'none' })}`);
  out.push(`- ${t('report.header.period', { from: date(report.period.from), to: date(lastDay), zone })}`);
  // The agreement's id is a file name of sorts: the client knows the agreement by its title (the heading).
  out.push(`- ${t('report.header.agreement', { policy: report.agreement.client === null ? 'yes' : 'no', id: client ? 'none' : text(report.agreement.id), version: report.agreement.version ? text(report.agreement.version) : 'none', tier: text(report.agreement.tierName) })}`);
  out.push(`- ${t('report.header.asOf', { time: asOf })}`);
  out.push(`- ${t(client ? 'report.header.ticketsClient' : 'report.header.ticketsInternal', { tickets: totals.tickets, badRows: input.badRows })}`);
  out.push('');
  out.push(t('report.intro.durations', { policy }));
  // How times without an offset were read is about the export, not the service: internal.
  if (!client && input.timesWithoutOffset > 0) out.push(t('report.intro.timesWithoutOffset', { count: input.timesWithoutOffset, zone }));
  out.push('');
  const notes = client
    ? report.warnings.flatMap((w) => clientWarning(w, calendarName, locale, policy === 'yes') ?? []).map((w) => showControlCharacters(w))
    : report.warnings.map((w) => showControlCharacters(w));
  if (notes.length > 0) {
    for (const note of notes) out.push(`- ${t('report.note', { note })}`);
    out.push('');
  }

  const due = totals.responseMet + totals.responseBreached;
  out.push(`## ${t('report.heading.summary')}`, '');
  out.push(`- ${t('report.summary.onTime', { met: totals.responseMet, due, share: due ? pct(totals.responseMet / due) : 'none', open: totals.responseOpen })}`);
  out.push(`- ${t('report.summary.missed', { total: totals.responseBreached + totals.resolutionMissed, response: totals.responseBreached, resolution: totals.resolutionMissed })}`);
  out.push(`- ${t('report.summary.open', { time: asOf, count: totals.openTickets })}`);
  if (report.noTarget.length > 0) {
    const tickets = new Set(report.noTarget.map((n) => n.ticket)).size;
    out.push(`- ${t('report.summary.noTarget', { count: tickets })}`);
  }
  out.push(`- ${t('report.summary.changeOrders', { count: report.changeOrderShare.tickets, share: pct(report.changeOrderShare.share) })}`);
  for (const cap of report.caps) out.push(`- ${t('report.summary.cap', { name: text(cap.name), used: figure(cap.usedHours), allowed: figure(cap.allowedHours), over: cap.exceeded ? 'yes' : 'no' })}`);
  out.push('');
  for (const chart of options.charts ?? []) if (chart.after === 'caps') out.push(chartImage(chart), '');

  out.push(`## ${t('report.heading.findings')}`, '');
  // Findings call out a severity only from a share of targets missed (10% by default): a few misses make none.
  const noFindings = report.breaches.length === 0 ? t('report.findings.none') : t('report.findings.noneBeyondMissed');
  if (report.findings.length === 0) out.push(noFindings);
  else if (client && report.findings.every((f) => clientFindingText(f, report) === null)) out.push(noFindings);
  const thresholdHours = options.agreement?.changeOrders?.thresholdHours;
  for (const finding of report.findings) {
    // The internal report prints the finding's own (English) sentence, as the JSON has it, or its translation.
    const message = client
      ? clientFindingText(finding, report, { calendarNames: target, text, locale, ...(thresholdHours !== undefined && { thresholdHours }) })
      : tr.language === 'en' ? finding.message : internalFindingText(finding, report, { calendarNames: target, locale, ...(thresholdHours !== undefined && { thresholdHours }) });
    if (message !== null) out.push(`- ${message}`);
  }
  out.push('');

  out.push(`## ${t('report.heading.response')}`, '');
  out.push(table(
    ['report.column.severity', 'report.column.tickets', 'report.column.target', 'report.column.onTime', 'report.column.late', 'report.column.waiting', 'report.column.median', 'report.column.p90Short'].map((key) => t(key)),
    report.severities.map((s) => responseRow(s, target)),
    ['l', 'r', 'l', 'r', 'r', 'r', 'r', 'r'],
  ));
  out.push('');
  for (const chart of options.charts ?? []) if (chart.after === 'response') out.push(chartImage(chart), '');
  out.push(`## ${t('report.heading.resolution')}`, '');
  out.push(table(
    ['report.column.severity', 'report.column.resolutionObjective', 'report.column.met', 'report.column.missed', 'report.column.open', 'report.column.updateCadence', 'report.column.kept'].map((key) => t(key)),
    report.severities.map((s) => resolutionRow(s, target, tr)),
    ['l', 'l', 'r', 'r', 'r', 'l', 'r'],
  ));
  out.push('');

  out.push(`## ${t('report.heading.distribution')}`, '');
  const charts = options.charts ?? [];
  // The chart of every ticket's response against its target, where there is one, replaces the text bar.
  const distribution = charts.filter((chart) => chart.after === 'distribution');
  if (distribution.length === 0) out.push(t('report.distribution.barLegend'), '');
  out.push(table(
    ['report.column.severity', 'report.column.target', 'report.column.median', 'report.column.p90', ...(distribution.length ? [] : ['report.column.chart'])].map((key) => t(key)),
    report.severities.map((s) => [
      text(s.name), target(s.targets.response),
      s.response.medianMinutes === null ? '—' : `${formatMinutes(s.response.medianMinutes)} (${pct(s.response.medianOfTarget)})`,
      s.response.p90Minutes === null ? '—' : `${formatMinutes(s.response.p90Minutes)} (${pct(s.response.p90OfTarget)})`,
      ...(distribution.length ? [] : [responseBar(s.response.medianOfTarget, s.response.p90OfTarget)]),
    ]),
  ));
  out.push('');
  for (const chart of distribution) out.push(chartImage(chart), '');

  out.push(`## ${t('report.heading.breaches')}`, '');
  if (report.breaches.length === 0) out.push(t('report.none'));
  else {
    out.push(...firstOf(tr, report.omitted?.breaches, report.breaches.length, 'breaches'));
    out.push(table(
      ['report.column.ticket', 'report.column.severity', 'report.column.target', 'report.column.due', 'report.column.actual', 'report.column.lateBy'].map((key) => t(key)),
      report.breaches.map((b) => [text(b.ticket), severity(b.severity), t('report.cell.breachTarget', { kind: b.target, target: target(b.targetText) }), time(b.due), b.actual === null ? t('report.cell.notYet') : time(b.actual), formatMinutes(b.lateMinutes)]),
      ['l', 'l', 'l', 'l', 'l', 'r'],
    ));
  }
  out.push('');

  out.push(`## ${t('report.heading.openTickets')}`, '');
  if (report.openTickets.length === 0) out.push(t('report.none'));
  else {
    out.push(...firstOf(tr, report.omitted?.openTickets, report.openTickets.length, 'openTickets'));
    out.push(table(
      ['report.column.ticket', 'report.column.severity', 'report.column.opened', 'report.column.waitingFor', 'report.column.due', 'report.column.timeLeft'].map((key) => t(key)),
      report.openTickets.map((o) => [
        text(o.ticket), severity(o.severity), time(o.opened), t('report.cell.targetKind', { kind: o.awaiting }), time(o.due),
        o.workingMinutesLeft === null ? '—' : o.workingMinutesLeft < 0 ? t('report.cell.overdueBy', { time: formatMinutes(-o.workingMinutesLeft) }) : formatMinutes(o.workingMinutesLeft),
      ]),
      ['l', 'l', 'l', 'l', 'l', 'r'],
    ));
  }
  out.push('');

  if (report.noTarget.length > 0) {
    out.push(`## ${t('report.heading.noTarget')}`, '');
    out.push(t('report.noTarget.intro'), '');
    out.push(...firstOf(tr, report.omitted?.noTarget, report.noTarget.length, 'noTarget'));
    out.push(table(
      ['report.column.ticket', 'report.column.severity', 'report.column.tier', 'report.column.target', 'report.column.why'].map((key) => t(key)),
      report.noTarget.map((n) => [text(n.ticket), severity(n.severity), tier(n.tier), t('report.cell.targetKind', { kind: n.target }), client ? clientNoTargetReason(n, tr) : showControlCharacters(n.message)]),
    ));
    out.push('');
  }

  out.push(`## ${t('report.heading.requestTypes')}`, '');
  out.push(table(
    ['report.column.requestType', 'report.column.coverage', 'report.column.tickets', 'report.column.share', 'report.column.effort'].map((key) => t(key)),
    report.requestTypes.map((type) => [
      type.id === null ? t('report.cell.requestTypeNotGiven') : text(type.name),
      type.coverage === null ? '—' : client ? t('report.cell.coverage', { coverage: type.coverage.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) }) : type.coverage,
      String(type.tickets), pct(type.share), `${figure(type.effortHours)} h`,
    ]),
    ['l', 'l', 'r', 'r', 'r'],
  ));
  out.push('');
  const closed = report.outOfScopeShare;
  out.push(t('report.requestTypes.shares', {
    enhancements: report.enhancementShare.tickets, enhancementShare: pct(report.enhancementShare.share),
    changeOrders: report.changeOrderShare.tickets, changeOrderShare: pct(report.changeOrderShare.share),
    outOfScope: closed ? closed.tickets : 'none', outOfScopeShare: closed ? pct(closed.share) : 'none',
  }));
  out.push('');
  for (const chart of options.charts ?? []) if (chart.after === 'types') out.push(chartImage(chart), '');

  // The client reads the count in the header; which rows and why, and how to fix them, are for the provider.
  if (!client && report.badRows.length > 0) {
    out.push(`## ${t('report.heading.badRows')}`, '');
    out.push(...firstOf(tr, report.omitted?.badRows, report.badRows.length, 'badRows'));
    out.push(table(['report.column.row', 'report.column.ticket', 'report.column.reason'].map((key) => t(key)), report.badRows.map((b) => [String(b.row), b.ticket === undefined ? '—' : text(b.ticket), showControlCharacters(b.message)]), ['r', 'l', 'l']));
    out.push('');
    out.push(t('report.badRows.howToFix'), '');
    out.push(...badRowFixes(report, options.agreement, locale).map((line) => showControlCharacters(line)));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function responseRow(s: SeveritySummary, target: (targetText: string) => string): string[] {
  const minutes = (m: number | null) => (m === null ? '—' : formatMinutes(m));
  const r = s.response;
  return [text(s.name), String(s.tickets), target(s.targets.response), String(r.met), String(r.breached), String(r.open), minutes(r.medianMinutes), minutes(r.p90Minutes)];
}

function resolutionRow(s: SeveritySummary, target: (targetText: string) => string, tr: Translator): string[] {
  const r = s.resolution;
  return [
    text(s.name), s.targets.resolution === null ? '—' : target(s.targets.resolution),
    r ? String(r.met) : '—', r ? String(r.missed) : '—', r ? String(r.open) : '—',
    s.targets.update === null ? '—' : target(s.targets.update), s.updates ? tr.t('report.cell.ofChecked', { kept: s.updates.kept, checked: s.updates.checked }) : '—',
  ];
}

/** Why a ticket has no target, in the client's words: no field names or ids. */
function clientNoTargetReason(n: NoTarget, tr: Translator): string {
  switch (n.reason) {
    case 'not-offered': return tr.t('report.noTarget.notOffered', { kind: n.target });
    case 'not-set': return tr.t('report.noTarget.notSet', { kind: n.target });
    case 'unstated': return tr.t('report.noTarget.unstated', { kind: n.target });
    case 'calendar-unstated': return tr.t('report.noTarget.calendarUnstated', { kind: n.target });
    case 'no-start': return tr.t('report.noTarget.noStart');
  }
}

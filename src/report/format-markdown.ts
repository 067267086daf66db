import { DateTime } from 'luxon';
import { escapeMarkdown } from '../render/escape.js';
import { showControlCharacters } from '../util/control-characters.js';
import { badRowFixes, calendarNamer, clientWarning, reportAudience, type ReportAudience, type ReportNames } from './audience.js';
import type { NoTarget, ServiceReport, SeveritySummary } from './build-report.js';
import { clientFindingText } from './findings.js';

/** `45 min`, `2 h 05 min`, `31 h` — working time, as read in a report. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const text = h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')} min`;
  return minutes < 0 ? `−${text}` : text;
}

const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

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

/** A list cut to the report's detail limit says so above it: `The first 1,000 of 4,210 targets missed.` */
function firstOf(omitted: number | undefined, shown: number, what: string): string[] {
  return omitted ? [`The first ${shown.toLocaleString('en')} of ${(shown + omitted).toLocaleString('en')} ${what}; the totals above count all of them.`, ''] : [];
}

export function formatReportMarkdown(report: ServiceReport, options: ReportMarkdownOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  const audience = reportAudience(options.audience);
  const client = audience === 'client';
  const nameCalendars = calendarNamer(options.agreement);
  /** A target text as this audience reads it: calendars by name for the client. */
  const target = (targetText: string) => (client ? nameCalendars(targetText) : targetText);
  const severityNames = new Map(report.severities.map((s) => [s.id, s.name]));
  /** A severity id from the data, by name for the client. */
  const severity = (id: string) => text(client ? severityNames.get(id) ?? id : id);
  const tierNames = new Map([[report.agreement.tier, report.agreement.tierName], ...(options.agreement?.tiers ?? []).map((t) => [t.id, t.name] as const)]);
  const tier = (id: string) => text(client ? tierNames.get(id) ?? id : id);
  const calendarName = (id: string) => text(options.agreement?.calendars?.find((c) => c.id === id)?.name ?? id);
  const zone = report.period.timezone;
  const time = (isoText: string | null) => (isoText === null ? '—' : DateTime.fromISO(isoText, { zone }).setLocale(locale).toFormat('ccc d LLL HH:mm'));
  const date = (isoText: string) => DateTime.fromISO(isoText, { zone }).setLocale(locale).toFormat('d LLLL yyyy');
  const lastDay = DateTime.fromISO(report.period.to, { zone }).minus({ milliseconds: 1 }).toISO()!;
  const { totals, input } = report;
  const asOf = DateTime.fromISO(report.asOf, { zone }).setLocale(locale).toFormat('d LLLL yyyy HH:mm');
  const out: string[] = [];

  out.push(`# Service report: ${text(report.agreement.title)}`, '');
  out.push(`- **Prepared by** ${text(report.agreement.provider)}${report.agreement.client ? ` **for** ${text(report.agreement.client)}` : ''}`);
  out.push(`- **Period:** ${date(report.period.from)} – ${date(lastDay)} (${zone})`);
  // The agreement's id is a file name of sorts: the client knows the agreement by its title (the heading).
  const agreementParts = [...(client ? [] : [text(report.agreement.id)]), ...(report.agreement.version ? [`version ${text(report.agreement.version)}`] : []), `tier ${text(report.agreement.tierName)}`];
  out.push(`- **Agreement:** ${agreementParts.join(', ')}`);
  out.push(`- **Status as of:** ${asOf}`);
  if (client) {
    const notCounted = input.badRows === 1 ? '1 row of the export could not be read and is not counted' : `${input.badRows} rows of the export could not be read and are not counted`;
    out.push(`- **Tickets:** ${totals.tickets} opened in the period${input.badRows ? `; ${notCounted}` : ''}.`);
  } else {
    out.push(`- **Tickets:** ${totals.tickets} opened in the period${input.badRows ? `; ${input.badRows} row${input.badRows === 1 ? '' : 's'} of the export could not be used` : ''}`);
  }
  out.push('');
  out.push(`All durations are working time on the calendar each target names, with time waiting on the client left out.`);
  // How times without an offset were read is about the export, not the service: internal.
  if (!client && input.timesWithoutOffset > 0) out.push(`Times in the export without a UTC offset (${input.timesWithoutOffset}) were read as ${zone} time.`);
  out.push('');
  const notes = client
    ? report.warnings.flatMap((w) => clientWarning(w, calendarName) ?? []).map((w) => showControlCharacters(w))
    : report.warnings.map((w) => showControlCharacters(w));
  if (notes.length > 0) {
    for (const note of notes) out.push(`- **Note:** ${note}`);
    out.push('');
  }

  const due = totals.responseMet + totals.responseBreached;
  out.push('## Summary', '');
  out.push(`- First responses on time: **${totals.responseMet} of ${due}**${due ? ` (${pct(totals.responseMet / due)})` : ''}; ${totals.responseOpen} ticket${totals.responseOpen === 1 ? '' : 's'} still within the response target.`);
  out.push(`- Targets missed: ${totals.responseBreached + totals.resolutionMissed} (${totals.responseBreached} response, ${totals.resolutionMissed} resolution).`);
  out.push(`- Still open at ${asOf}: ${totals.openTickets}.`);
  if (report.noTarget.length > 0) {
    const tickets = new Set(report.noTarget.map((n) => n.ticket)).size;
    out.push(`- Tickets with a target the agreement does not offer or state: ${tickets} (listed under "Tickets without a target").`);
  }
  out.push(`- Change-order requests: ${report.changeOrderShare.tickets} (${pct(report.changeOrderShare.share)} of all requests).`);
  for (const cap of report.caps) out.push(`- ${text(cap.name)}: ${cap.usedHours} h of ${cap.allowedHours} h allowed${cap.exceeded ? ' — **over the cap**' : ''}.`);
  out.push('');
  for (const chart of options.charts ?? []) if (chart.after === 'caps') out.push(chartImage(chart), '');

  out.push('## Findings', '');
  // Findings call out a severity only from a share of targets missed (10% by default): a few misses make none.
  const noFindings = report.breaches.length === 0
    ? 'No findings: every target was met and every severity was used.'
    : 'No findings beyond the targets missed listed below; every severity was used.';
  if (report.findings.length === 0) out.push(noFindings);
  else if (client && report.findings.every((f) => clientFindingText(f, report) === null)) out.push(noFindings);
  const thresholdHours = options.agreement?.changeOrders?.thresholdHours;
  for (const finding of report.findings) {
    const message = client
      ? clientFindingText(finding, report, { calendarNames: nameCalendars, text, ...(thresholdHours !== undefined && { thresholdHours }) })
      : finding.message;
    if (message !== null) out.push(`- ${message}`);
  }
  out.push('');

  out.push('## First response by severity', '');
  out.push(table(
    ['Severity', 'Tickets', 'Target', 'On time', 'Late', 'Waiting', 'Median', '90th pct'],
    report.severities.map((s) => responseRow(s, target)),
    ['l', 'r', 'l', 'r', 'r', 'r', 'r', 'r'],
  ));
  out.push('');
  for (const chart of options.charts ?? []) if (chart.after === 'response') out.push(chartImage(chart), '');
  out.push('## Resolution and updates by severity', '');
  out.push(table(
    ['Severity', 'Resolution objective', 'Met', 'Missed', 'Open', 'Update cadence', 'Kept'],
    report.severities.map((s) => resolutionRow(s, target)),
    ['l', 'l', 'r', 'r', 'r', 'l', 'r'],
  ));
  out.push('');

  out.push('## Time to first response against target', '');
  const charts = options.charts ?? [];
  // The chart of every ticket's response against its target, where there is one, replaces the text bar.
  const distribution = charts.filter((chart) => chart.after === 'distribution');
  if (distribution.length === 0) out.push('`█` median, `▒` up to the 90th percentile, `│` the target; the bar spans twice the target.', '');
  out.push(table(
    ['Severity', 'Target', 'Median', '90th percentile', ...(distribution.length ? [] : ['Chart'])],
    report.severities.map((s) => [
      text(s.name), target(s.targets.response),
      s.response.medianMinutes === null ? '—' : `${formatMinutes(s.response.medianMinutes)} (${pct(s.response.medianOfTarget)})`,
      s.response.p90Minutes === null ? '—' : `${formatMinutes(s.response.p90Minutes)} (${pct(s.response.p90OfTarget)})`,
      ...(distribution.length ? [] : [responseBar(s.response.medianOfTarget, s.response.p90OfTarget)]),
    ]),
  ));
  out.push('');
  for (const chart of distribution) out.push(chartImage(chart), '');

  out.push('## Targets missed', '');
  if (report.breaches.length === 0) out.push('None.');
  else {
    out.push(...firstOf(report.omitted?.breaches, report.breaches.length, 'targets missed'));
    out.push(table(
      ['Ticket', 'Severity', 'Target', 'Due', 'Actual', 'Late by'],
      report.breaches.map((b) => [text(b.ticket), severity(b.severity), `${b.target} ${target(b.targetText)}`, time(b.due), b.actual === null ? 'not yet' : time(b.actual), formatMinutes(b.lateMinutes)]),
      ['l', 'l', 'l', 'l', 'l', 'r'],
    ));
  }
  out.push('');

  out.push('## Open tickets', '');
  if (report.openTickets.length === 0) out.push('None.');
  else {
    out.push(...firstOf(report.omitted?.openTickets, report.openTickets.length, 'open tickets'));
    out.push(table(
      ['Ticket', 'Severity', 'Opened', 'Waiting for', 'Due', 'Time left'],
      report.openTickets.map((o) => [
        text(o.ticket), severity(o.severity), time(o.opened), o.awaiting, time(o.due),
        o.workingMinutesLeft === null ? '—' : o.workingMinutesLeft < 0 ? `overdue by ${formatMinutes(-o.workingMinutesLeft)}` : formatMinutes(o.workingMinutesLeft),
      ]),
      ['l', 'l', 'l', 'l', 'l', 'r'],
    ));
  }
  out.push('');

  if (report.noTarget.length > 0) {
    out.push('## Tickets without a target', '');
    out.push('Counted in the totals, but not checked: the agreement gives no target for them.', '');
    out.push(...firstOf(report.omitted?.noTarget, report.noTarget.length, 'tickets without a target'));
    out.push(table(
      ['Ticket', 'Severity', 'Tier', 'Target', 'Why'],
      report.noTarget.map((n) => [text(n.ticket), severity(n.severity), tier(n.tier), n.target, client ? clientNoTargetReason(n) : showControlCharacters(n.message)]),
    ));
    out.push('');
  }

  out.push('## Requests by type', '');
  out.push(table(
    ['Request type', 'Coverage', 'Tickets', 'Share', 'Effort'],
    report.requestTypes.map((t) => [text(t.name), t.coverage === null ? '—' : client ? t.coverage.replace(/-/g, ' ') : t.coverage, String(t.tickets), pct(t.share), `${t.effortHours} h`]),
    ['l', 'l', 'r', 'r', 'r'],
  ));
  out.push('');
  const outOfScope = report.outOfScopeShare ? `; closed as out of scope: ${report.outOfScopeShare.tickets} (${pct(report.outOfScopeShare.share)})` : '';
  out.push(`Enhancement requests: ${report.enhancementShare.tickets} (${pct(report.enhancementShare.share)}); change-order requests: ${report.changeOrderShare.tickets} (${pct(report.changeOrderShare.share)})${outOfScope}.`);
  out.push('');
  for (const chart of options.charts ?? []) if (chart.after === 'types') out.push(chartImage(chart), '');

  // The client reads the count in the header; which rows and why, and how to fix them, are for the provider.
  if (!client && report.badRows.length > 0) {
    out.push('## Rows not used', '');
    out.push(...firstOf(report.omitted?.badRows, report.badRows.length, 'rows not used'));
    out.push(table(['Row', 'Ticket', 'Reason'], report.badRows.map((b) => [String(b.row), b.ticket === undefined ? '—' : text(b.ticket), showControlCharacters(b.message)]), ['r', 'l', 'l']));
    out.push('');
    out.push('How to fix them, then run the report again:', '');
    out.push(...badRowFixes(report, options.agreement).map((line) => showControlCharacters(line)));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function responseRow(s: SeveritySummary, target: (targetText: string) => string): string[] {
  const minutes = (m: number | null) => (m === null ? '—' : formatMinutes(m));
  const r = s.response;
  return [text(s.name), String(s.tickets), target(s.targets.response), String(r.met), String(r.breached), String(r.open), minutes(r.medianMinutes), minutes(r.p90Minutes)];
}

function resolutionRow(s: SeveritySummary, target: (targetText: string) => string): string[] {
  const r = s.resolution;
  return [
    text(s.name), s.targets.resolution === null ? '—' : target(s.targets.resolution),
    r ? String(r.met) : '—', r ? String(r.missed) : '—', r ? String(r.open) : '—',
    s.targets.update === null ? '—' : target(s.targets.update), s.updates ? `${s.updates.kept} of ${s.updates.checked}` : '—',
  ];
}

/** Why a ticket has no target, in the client's words: no field names or ids. */
function clientNoTargetReason(n: NoTarget): string {
  switch (n.reason) {
    case 'not-offered': return `the agreement does not offer this ${n.target} target for the tier`;
    case 'not-set': return `the agreement sets no ${n.target} target for this severity in the tier`;
    case 'unstated': return `the agreement does not state this ${n.target} target`;
    case 'calendar-unstated': return `the agreement does not state the hours or time zone this ${n.target} target counts in`;
    case 'no-start': return 'the resolution target counts from the first response, and the ticket has neither a response nor a response due time';
  }
}

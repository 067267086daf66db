import { DateTime } from 'luxon';
import { escapeMarkdown } from '../render/escape.js';
import { showControlCharacters } from '../util/control-characters.js';
import type { ServiceReport, SeveritySummary } from './build-report.js';

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

function table(headers: string[], rows: string[][], align?: ('l' | 'r')[]): string {
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

export function formatReportMarkdown(report: ServiceReport, options: { locale?: string } = {}): string {
  const locale = options.locale ?? 'en-GB';
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
  out.push(`- **Agreement:** ${text(report.agreement.id)}${report.agreement.version ? `, version ${text(report.agreement.version)}` : ''}, tier ${text(report.agreement.tierName)}`);
  out.push(`- **Status as of:** ${asOf}`);
  out.push(`- **Tickets:** ${totals.tickets} opened in the period${input.badRows ? `; ${input.badRows} row${input.badRows === 1 ? '' : 's'} of the export could not be used` : ''}`);
  out.push('');
  out.push(`All durations are working time on the calendar each target names, with time waiting on the client left out.`);
  if (input.timesWithoutOffset > 0) out.push(`Times in the export without a UTC offset (${input.timesWithoutOffset}) were read as ${zone} time.`);
  out.push('');
  if (report.warnings.length > 0) {
    for (const warning of report.warnings) out.push(`- **Note:** ${showControlCharacters(warning)}`);
    out.push('');
  }

  const due = totals.responseMet + totals.responseBreached;
  out.push('## Summary', '');
  out.push(`- First responses on time: **${totals.responseMet} of ${due}**${due ? ` (${pct(totals.responseMet / due)})` : ''}; ${totals.responseOpen} ticket${totals.responseOpen === 1 ? '' : 's'} still within the response target.`);
  out.push(`- Targets missed: ${report.breaches.length} (${totals.responseBreached} response, ${totals.resolutionMissed} resolution).`);
  out.push(`- Still open at ${asOf}: ${totals.openTickets}.`);
  if (report.noTarget.length > 0) {
    const tickets = new Set(report.noTarget.map((n) => n.ticket)).size;
    out.push(`- Tickets with a target the agreement does not offer or state: ${tickets} (listed under "Tickets without a target").`);
  }
  out.push(`- Change-order requests: ${report.changeOrderShare.tickets} (${pct(report.changeOrderShare.share)} of all requests).`);
  for (const cap of report.caps) out.push(`- ${text(cap.name)}: ${cap.usedHours} h of ${cap.allowedHours} h allowed${cap.exceeded ? ' — **over the cap**' : ''}.`);
  out.push('');

  out.push('## Findings', '');
  if (report.findings.length === 0) out.push('No findings: every target was met and every severity was used.');
  for (const finding of report.findings) out.push(`- ${finding.message}`);
  out.push('');

  out.push('## First response by severity', '');
  out.push(table(
    ['Severity', 'Tickets', 'Target', 'On time', 'Late', 'Waiting', 'Median', '90th pct'],
    report.severities.map((s) => responseRow(s)),
    ['l', 'r', 'l', 'r', 'r', 'r', 'r', 'r'],
  ));
  out.push('');
  out.push('## Resolution and updates by severity', '');
  out.push(table(
    ['Severity', 'Resolution objective', 'Met', 'Missed', 'Open', 'Update cadence', 'Kept'],
    report.severities.map((s) => resolutionRow(s)),
    ['l', 'l', 'r', 'r', 'r', 'l', 'r'],
  ));
  out.push('');

  out.push('## Time to first response against target', '');
  out.push('`█` median, `▒` up to the 90th percentile, `│` the target; the bar spans twice the target.', '');
  out.push(table(
    ['Severity', 'Target', 'Median', '90th percentile', 'Chart'],
    report.severities.map((s) => [
      text(s.name), s.targets.response,
      s.response.medianMinutes === null ? '—' : `${formatMinutes(s.response.medianMinutes)} (${pct(s.response.medianOfTarget)})`,
      s.response.p90Minutes === null ? '—' : `${formatMinutes(s.response.p90Minutes)} (${pct(s.response.p90OfTarget)})`,
      responseBar(s.response.medianOfTarget, s.response.p90OfTarget),
    ]),
  ));
  out.push('');

  out.push('## Targets missed', '');
  if (report.breaches.length === 0) out.push('None.');
  else {
    out.push(table(
      ['Ticket', 'Severity', 'Target', 'Due', 'Actual', 'Late by'],
      report.breaches.map((b) => [text(b.ticket), text(b.severity), `${b.target} ${b.targetText}`, time(b.due), b.actual === null ? 'not yet' : time(b.actual), formatMinutes(b.lateMinutes)]),
      ['l', 'l', 'l', 'l', 'l', 'r'],
    ));
  }
  out.push('');

  out.push('## Open tickets', '');
  if (report.openTickets.length === 0) out.push('None.');
  else {
    out.push(table(
      ['Ticket', 'Severity', 'Opened', 'Waiting for', 'Due', 'Time left'],
      report.openTickets.map((o) => [
        text(o.ticket), text(o.severity), time(o.opened), o.awaiting, time(o.due),
        o.workingMinutesLeft === null ? '—' : o.workingMinutesLeft < 0 ? `overdue by ${formatMinutes(-o.workingMinutesLeft)}` : formatMinutes(o.workingMinutesLeft),
      ]),
      ['l', 'l', 'l', 'l', 'l', 'r'],
    ));
  }
  out.push('');

  if (report.noTarget.length > 0) {
    out.push('## Tickets without a target', '');
    out.push('Counted in the totals, but not checked: the agreement gives no target for them.', '');
    out.push(table(
      ['Ticket', 'Severity', 'Tier', 'Target', 'Why'],
      report.noTarget.map((n) => [text(n.ticket), text(n.severity), text(n.tier), n.target, showControlCharacters(n.message)]),
    ));
    out.push('');
  }

  out.push('## Requests by type', '');
  out.push(table(
    ['Request type', 'Coverage', 'Tickets', 'Share', 'Effort'],
    report.requestTypes.map((t) => [text(t.name), t.coverage ?? '—', String(t.tickets), pct(t.share), `${t.effortHours} h`]),
    ['l', 'l', 'r', 'r', 'r'],
  ));
  out.push('');
  out.push(`Enhancement requests: ${report.enhancementShare.tickets} (${pct(report.enhancementShare.share)}); change-order requests: ${report.changeOrderShare.tickets} (${pct(report.changeOrderShare.share)}).`);
  out.push('');

  if (report.badRows.length > 0) {
    out.push('## Rows not used', '');
    out.push(table(['Row', 'Ticket', 'Reason'], report.badRows.map((b) => [String(b.row), b.ticket === undefined ? '—' : text(b.ticket), showControlCharacters(b.message)]), ['r', 'l', 'l']));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function responseRow(s: SeveritySummary): string[] {
  const minutes = (m: number | null) => (m === null ? '—' : formatMinutes(m));
  const r = s.response;
  return [text(s.name), String(s.tickets), s.targets.response, String(r.met), String(r.breached), String(r.open), minutes(r.medianMinutes), minutes(r.p90Minutes)];
}

function resolutionRow(s: SeveritySummary): string[] {
  const r = s.resolution;
  return [
    text(s.name), s.targets.resolution ?? '—',
    r ? String(r.met) : '—', r ? String(r.missed) : '—', r ? String(r.open) : '—',
    s.targets.update ?? '—', s.updates ? `${s.updates.kept} of ${s.updates.checked}` : '—',
  ];
}

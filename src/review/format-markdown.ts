/**
 * A service review as Markdown: the findings first (each with its clause and the evidence month by month), then the
 * months side by side — volume, first responses on time, response times as a share of target, capped hours, change
 * orders, tickets closed as out of scope — and the charts when the caller has files for them.
 */
import { escapeMarkdown } from '../render/escape.js';
import { chartImage, table } from '../report/format-markdown.js';
import type { ServiceReview } from './build-review.js';

export interface ReviewChartReference {
  path: string;
  alt: string;
}

export interface ReviewMarkdownOptions {
  /** Charts shown after the tables, each an image alone in its paragraph (the PDF draws them from their scenes). */
  charts?: readonly ReviewChartReference[];
}

const percent = (share: number | null | undefined) => (share === null || share === undefined ? '—' : `${Math.round(share * 100)} %`);
const text = (value: string) => escapeMarkdown(value);

export function formatReviewMarkdown(review: ServiceReview, options: ReviewMarkdownOptions = {}): string {
  const months = review.months;
  const labels = months.map((m) => m.month);
  const right = (n: number) => ['l', ...Array.from({ length: n }, () => 'r' as const)] as const;
  const out: string[] = [];
  const a = review.agreement;
  out.push(`# Service review: ${text(a.title)}`, '');
  out.push(`- **Period:** ${labels[0]} to ${labels.at(-1)} (${months.length} ${months.length === 1 ? 'month' : 'months'}, ${text(review.period.timezone)})`);
  out.push(`- **Agreement:** ${a.version ? `version ${text(a.version)}, ` : ''}tier ${text(a.tierName)}`);
  out.push(`- **Tickets:** ${review.input.tickets - review.input.outsideReview} opened in the period${review.input.badRows ? `; ${review.input.badRows} rows of the export could not be read and are not counted` : ''}.`);
  out.push('');

  out.push('## Findings', '');
  if (review.findings.length === 0) out.push('No pattern held across the months: no finding.', '');
  for (const finding of review.findings) {
    out.push(`### ${text(finding.message)}`, '', `Clause: ${text(finding.clause)}.`, '');
    out.push(table(['', ...finding.evidence.map((e) => e.month)], [['Seen', ...finding.evidence.map((e) => text(e.value))]], right(finding.evidence.length)), '');
  }

  out.push('## Month by month', '');
  out.push(table(
    ['', ...labels],
    [
      ['Tickets', ...months.map((m) => String(m.report.totals.tickets))],
      ['First responses on time', ...months.map((m) => {
        const due = m.report.totals.responseMet + m.report.totals.responseBreached;
        return due ? `${m.report.totals.responseMet} of ${due} (${percent(m.report.totals.responseMet / due)})` : '—';
      })],
      ['Change-order requests', ...months.map((m) => `${m.report.changeOrderShare.tickets} (${percent(m.report.changeOrderShare.share)})`)],
      // Only when the export says how tickets were closed: a row of dashes would read as "none".
      ...(months.some((m) => m.report.outOfScopeShare) ? [['Closed as out of scope', ...months.map((m) => (m.report.outOfScopeShare ? `${m.report.outOfScopeShare.tickets} (${percent(m.report.outOfScopeShare.share)})` : '—'))]] : []),
    ],
    right(labels.length),
  ), '');

  out.push('## Response time as a share of target', '', 'The median and the 90th percentile of each month, as a share of each ticket\'s target (100 % = on target).', '');
  const severities = months[0]?.report.severities ?? [];
  out.push(table(
    ['Severity', ...labels],
    severities.map((s) => [text(s.name), ...months.map((m) => {
      const r = m.report.severities.find((x) => x.id === s.id)?.response;
      return r && r.medianOfTarget !== null ? `${percent(r.medianOfTarget)} / ${percent(r.p90OfTarget)}` : '—';
    })]),
    right(labels.length),
  ), '');

  out.push('## Requests by type', '');
  const types = [...new Map(months.flatMap((m) => m.report.requestTypes.map((t) => [t.id, t.name] as const))).entries()];
  out.push(table(
    ['Request type', ...labels],
    types.map(([id, name]) => [text(name), ...months.map((m) => String(m.report.requestTypes.find((t) => t.id === id)?.tickets ?? 0))]),
    right(labels.length),
  ), '');

  const caps = months[0]?.report.caps ?? [];
  if (caps.length > 0) {
    out.push('## Capped hours', '');
    out.push(table(
      ['Request type', ...labels],
      caps.map((cap) => [text(`${cap.name} (${cap.capHours} h a ${cap.per})`), ...months.map((m) => {
        const c = m.report.caps.find((x) => x.requestType === cap.requestType);
        return c ? `${c.usedHours} h${c.exceeded ? ' (over)' : ''}` : '—';
      })]),
      right(labels.length),
    ), '');
  }
  for (const chart of options.charts ?? []) out.push(chartImage(chart), '');
  return `${out.join('\n').trimEnd()}\n`;
}

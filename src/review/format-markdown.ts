/**
 * A service review as Markdown: the findings first (each with its clause and the evidence month by month), then the
 * months side by side — volume, first responses on time, response times as a share of target, capped hours, change
 * orders, tickets closed as out of scope — and the charts when the caller has files for them.
 */
import { catalogLanguage, translator } from '../i18n/catalog.js';
import { escapeMarkdown } from '../render/escape.js';
import { chartImage, table } from '../report/format-markdown.js';
import type { ServiceReview } from './build-review.js';
import { reviewFindingWords } from './findings.js';

export interface ReviewChartReference {
  path: string;
  alt: string;
}

export interface ReviewMarkdownOptions {
  /** Charts shown after the tables, each an image alone in its paragraph (the PDF draws them from their scenes). */
  charts?: readonly ReviewChartReference[];
  /** The language and formats of the review's own words; default `en-GB`. */
  locale?: string;
}

const text = (value: string) => escapeMarkdown(value);

export function formatReviewMarkdown(review: ServiceReview, options: ReviewMarkdownOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  const tr = translator(locale);
  const t = tr.t.bind(tr);
  const english = catalogLanguage(locale) === 'en';
  /** `93 %`; in other languages as Intl writes a percentage in the locale. */
  const percent = (share: number | null | undefined) => {
    if (share === null || share === undefined) return '—';
    const whole = Math.round(share * 100);
    return english ? `${whole} %` : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(whole / 100);
  };
  const figure = (value: number) => (english ? String(value) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value));
  const months = review.months;
  const labels = months.map((m) => m.month);
  const right = (n: number) => ['l', ...Array.from({ length: n }, () => 'r' as const)] as const;
  const out: string[] = [];
  const a = review.agreement;
  out.push(`# ${t('review.title', { title: text(a.title) })}`, '');
  out.push(`- ${t('review.header.period', { from: labels[0], to: labels.at(-1), months: months.length, zone: text(review.period.timezone) })}`);
  out.push(`- ${t('review.header.agreement', { version: a.version ? text(a.version) : 'none', tier: text(a.tierName) })}`);
  out.push(`- ${t('review.header.tickets', { tickets: review.input.tickets - review.input.outsideReview, badRows: review.input.badRows })}`);
  out.push('');

  out.push(`## ${t('review.heading.findings')}`, '');
  if (review.findings.length === 0) out.push(t('review.findings.none'), '');
  for (const finding of review.findings) {
    // The finding's sentence and clause as the JSON has them (English, an API), or in the review's language.
    const words = english ? undefined : reviewFindingWords(finding, locale);
    out.push(`### ${text(words?.message ?? finding.message)}`, '', t('review.finding.clause', { clause: text(words?.clause ?? finding.clause) }), '');
    out.push(table(['', ...finding.evidence.map((e) => e.month)], [[t('review.row.seen'), ...finding.evidence.map((e, i) => text(words?.evidence[i] ?? e.value))]], right(finding.evidence.length)), '');
  }

  out.push(`## ${t('review.heading.months')}`, '');
  out.push(table(
    ['', ...labels],
    [
      [t('review.row.tickets'), ...months.map((m) => String(m.report.totals.tickets))],
      [t('review.row.onTime'), ...months.map((m) => {
        const due = m.report.totals.responseMet + m.report.totals.responseBreached;
        return due ? t('review.cell.onTime', { met: m.report.totals.responseMet, due, share: percent(m.report.totals.responseMet / due) }) : '—';
      })],
      [t('review.row.changeOrders'), ...months.map((m) => `${m.report.changeOrderShare.tickets} (${percent(m.report.changeOrderShare.share)})`)],
      // Only when the export says how tickets were closed: a row of dashes would read as "none".
      ...(months.some((m) => m.report.outOfScopeShare) ? [[t('review.row.outOfScope'), ...months.map((m) => (m.report.outOfScopeShare ? `${m.report.outOfScopeShare.tickets} (${percent(m.report.outOfScopeShare.share)})` : '—'))]] : []),
    ],
    right(labels.length),
  ), '');

  out.push(`## ${t('review.heading.responseShare')}`, '', t('review.responseShare.intro', { hundred: percent(1) }), '');
  const severities = months[0]?.report.severities ?? [];
  out.push(table(
    [t('review.column.severity'), ...labels],
    severities.map((s) => [text(s.name), ...months.map((m) => {
      const r = m.report.severities.find((x) => x.id === s.id)?.response;
      return r && r.medianOfTarget !== null ? `${percent(r.medianOfTarget)} / ${percent(r.p90OfTarget)}` : '—';
    })]),
    right(labels.length),
  ), '');

  out.push(`## ${t('review.heading.requestTypes')}`, '');
  const types = [...new Map(months.flatMap((m) => m.report.requestTypes.map((type) => [type.id, type.name] as const))).entries()];
  out.push(table(
    [t('review.column.requestType'), ...labels],
    types.map(([id, name]) => [id === null ? t('review.cell.requestTypeNotGiven') : text(name), ...months.map((m) => String(m.report.requestTypes.find((t) => t.id === id)?.tickets ?? 0))]),
    right(labels.length),
  ), '');

  const caps = months[0]?.report.caps ?? [];
  if (caps.length > 0) {
    out.push(`## ${t('review.heading.caps')}`, '');
    out.push(table(
      [t('review.column.requestType'), ...labels],
      caps.map((cap) => [text(t('review.cap.name', { name: cap.name, cap: figure(cap.capHours), per: cap.per })), ...months.map((m) => {
        const c = m.report.caps.find((x) => x.requestType === cap.requestType);
        return c ? t('review.cap.used', { used: figure(c.usedHours), over: c.exceeded ? 'yes' : 'no' }) : '—';
      })]),
      right(labels.length),
    ), '');
  }
  for (const chart of options.charts ?? []) out.push(chartImage(chart), '');
  return `${out.join('\n').trimEnd()}\n`;
}

import { createHash } from 'node:crypto';
import path from 'node:path';
import { DateTime } from 'luxon';
import { ClockError } from '../../clock/index.js';
import type { Agreement } from '../../model/agreement.js';
import {
  buildReportFromStream, ColumnSpecError, formatReportJson, formatReportMarkdown, PeriodError,
  streamTickets, reportTier, reportZone, resolveNow, resolvePeriod, TicketExportError, type ServiceReport, type TicketProgress, type TicketSource, type ReportChartData,
} from '../../report/index.js';
import { readErrorReason, writeErrorReason } from '../../util/file-errors.js';
import { showText } from '../../formatters/visible-text.js';
import { writeFileAtomic } from '../../util/write-file-atomic.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { agreementForTickets, openTicketExport, ticketLocale, ticketReadOptions } from '../ticket-command.js';
import type { ReportCommandOptions } from './report.js';
import type { Figures } from '../../pdf/figures.js';
import { reportCharts, type ReportChart } from '../../report/charts.js';
import { writeChartFiles } from '../chart-files.js';

/** What `sla report` does; loaded only when it runs (./report.ts defines the command line). */
export async function runReport(ctx: CliContext, agreementFile: string, options: ReportCommandOptions): Promise<void> {
  const { io } = ctx;
  if (options.format === 'pdf' && !options.output) return failure(ctx, '--format pdf needs --output <file>');
  let locale: string | undefined;
  if (options.locale !== undefined) {
    const checked = ticketLocale(options.locale);
    if ('error' in checked) return failure(ctx, checked.error);
    locale = checked.locale;
  }

  if (options.output !== undefined) {
    // Even --force never writes the report over one of its own inputs.
    const target = path.resolve(io.cwd, options.output);
    const input = [agreementFile, options.tickets].find((file) => file !== '-' && path.resolve(io.cwd, file) === target);
    if (input) return failure(ctx, `--output ${options.output} is the ${input === agreementFile ? 'agreement' : 'ticket export'} itself; write the report to another file`);
  }
  const ready = await agreementForTickets(ctx, agreementFile, options);
  if (!ready) return;
  const { loaded } = ready;
  // --locale: the report's words, dates, paper and PDF language follow it as they follow the agreement's own locale.
  const agreement = locale === undefined ? ready.agreement : { ...ready.agreement, locale };

  const ticketsName = options.tickets === '-' ? '<stdin>' : options.tickets;
  // The export is streamed: a file is read in 64 KB pieces, stdin as it arrives; neither is held whole.
  let source: TicketSource;
  let totalBytes: number | undefined;
  try {
    if (options.tickets === '-') source = io.streamStdin ? io.streamStdin() : await io.readStdin();
    else {
      const opened = await openTicketExport(path.resolve(io.cwd, options.tickets));
      ({ source, size: totalBytes } = opened);
    }
  } catch (error) {
    return failure(ctx, `${ticketsName}: cannot read the ticket export: ${readErrorReason(error)}`);
  }

  const ticketsHash = createHash('sha256');
  let report: ServiceReport;
  let chartData: ReportChartData | undefined;
  try {
    const zone = reportZone(agreement, options.tier);
    // Options first: a bad --now or --from is reported before the export's rows are.
    const now = resolveNow({ ...(options.now !== undefined && { now: options.now }), sourceDateEpoch: io.env.SOURCE_DATE_EPOCH, clock: () => DateTime.now(), zone });
    const period = resolvePeriod({ ...(options.from !== undefined && { from: options.from }), ...(options.to !== undefined && { to: options.to }), now, zone });
    // A progress line on a terminal, for long exports: rewritten in place, at most every 10,000 rows, cleared at the end.
    const progress = io.stderrIsTTY
      ? ({ rows, bytes, totalBytes: total, done }: TicketProgress) => {
        if (done) return void (rows >= 10_000 && io.stderr('\r\x1b[K'));
        io.stderr(`\r\x1b[Kreading tickets: ${rows.toLocaleString('en')} rows${total ? ` (${Math.floor((bytes / total) * 100)}%)` : ''}`);
      }
      : undefined;
    const stream = streamTickets(source, agreement, {
      ...ticketReadOptions(options, zone),
      ...(progress && { onProgress: progress, ...(totalBytes !== undefined && { totalBytes }) }),
      onText: (text) => ticketsHash.update(text),
    });
    const built = await buildReportFromStream(agreement, stream, {
      period, now, tier: reportTier(agreement, options.tier).id,
      onBadRow: (bad) => io.stderr(`${ctx.err.bold(`${ticketsName}:${bad.row}`)}  ${ctx.err.yellow('skipped')}  ${showText(`${bad.ticket ? `${bad.ticket}: ` : ''}${bad.message}`)}  ${ctx.err.dim(`(${bad.reason})`)}\n`),
    });
    report = built.report;
    chartData = built.charts;
    const read = built.read;
    for (const warning of report.warnings) io.stderr(`${ctx.err.yellow('sla: warning:')} ${showText(warning)}\n`);
    if (report.totals.tickets === 0 && read.tickets > 0) {
      const day = (ms: number) => DateTime.fromMillis(ms, { zone }).toISODate();
      io.stderr(`${ctx.err.yellow('note:')} no ticket in the export was opened from ${period.start.toISODate()} to ${period.end.minus({ days: 1 }).toISODate()}; its tickets were opened ${day(read.firstOpened!)} to ${day(read.lastOpened!)} — choose the period with --from/--to or --now\n`);
    }
  } catch (error) {
    if (error instanceof TicketExportError) return failure(ctx, `${ticketsName}: ${error.message}`);
    if (error instanceof ColumnSpecError || error instanceof PeriodError || error instanceof ClockError) return failure(ctx, error.message);
    throw error;
  }

  let output: string | Uint8Array;
  // The SVG files of a Markdown report, written once the Markdown itself is.
  let chartFiles: { charts: ReportChart[]; folder: string } | undefined;
  if (options.format === 'json') output = formatReportJson(report);
  else {
    // The PDF is what the client receives; Markdown is mostly read by the provider first.
    const audience = options.audience ?? (options.format === 'pdf' ? 'client' : 'internal');
    // Charts go with a PDF (drawn as vectors) and with Markdown written to a file (as SVG files beside it); Markdown on
    // stdout has nowhere to put them.
    const charts = options.format === 'pdf' || options.output ? await chartsOf(report, agreement, chartData) : [];
    const folder = options.format === 'pdf' ? 'charts' : `${path.basename(options.output ?? 'report', path.extname(options.output ?? ''))}.charts`;
    const references = charts.map((chart) => ({ path: `${folder}/${chart.file}`, alt: chart.scene.alt, after: chart.after }));
    const markdown = formatReportMarkdown(report, { locale: agreement.locale, audience, agreement, charts: references });
    if (options.format === 'pdf') {
      const figures = new Map(charts.map((chart, index) => [references[index]!.path, chart.scene]));
      output = await reportPdf(markdown, report, agreement, { agreementText: loaded.source.text, ticketsSha256: ticketsHash.digest('hex'), audience, figures });
    } else {
      output = markdown;
      if (options.output) chartFiles = { charts, folder: path.resolve(io.cwd, path.dirname(options.output), folder) };
    }
  }
  if (options.output) {
    try {
      await writeFileAtomic(path.resolve(io.cwd, options.output), output, { force: options.force ?? false, createDirectories: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return failure(ctx, code === 'EEXIST' ? `${options.output} exists; add --force to overwrite it` : `cannot write ${options.output}: ${writeErrorReason(error)}`);
    }
    io.stderr(`wrote ${options.output}\n`);
    if (chartFiles && !(await writeChartFiles(ctx, chartFiles.charts, chartFiles.folder, options.force ?? false))) return;
  } else {
    // Only text reaches stdout: --format pdf requires --output.
    io.stdout(String(output));
  }
  if (options.failOnBreach && report.breaches.length > 0) ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
}

/** The PDF is typeset from the same Markdown, like `sla render`; pdfkit and fonts load only for this format. */
async function reportPdf(markdown: string, report: ServiceReport, agreement: Agreement, inputs: { agreementText: string; ticketsSha256: string; audience: 'client' | 'internal'; figures: Figures }): Promise<Uint8Array> {
  const { markdownToPdf } = await import('../../pdf/markdown-to-pdf.js');
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const { translator } = await import('../../i18n/catalog.js');
  const words = translator(agreement.locale);
  return markdownToPdf(markdown, {
    title: words.t('report.title', { title: agreement.title }),
    author: agreement.parties.provider.name,
    subject: words.t('report.pdf.subject', { from: report.period.from.slice(0, 10), to: report.period.to.slice(0, 10), agreement: inputs.audience === 'client' ? agreement.title : agreement.id, version: agreement.version || 'none' }),
    language: agreement.locale,
    paper: /-(US|CA)$/.test(agreement.locale) ? 'letter' : 'a4',
    draft: false,
    ...(agreement.version && { documentVersion: agreement.version }),
    // The report time, not the clock, so the same inputs give the same bytes.
    creationDate: new Date(Date.parse(report.asOf)),
    sourceSha256: inputs.ticketsSha256,
    templateSha256: sha256(inputs.agreementText),
    figures: inputs.figures,
  });
}

/** The report's charts, laid out with the PDF's font metrics; pdfkit and the fonts load only when a report has charts. */
async function chartsOf(report: ServiceReport, agreement: Agreement, data: ReportChartData | undefined): Promise<ReportChart[]> {
  const { chartMeasure } = await import('../../charts/index.js');
  return reportCharts(report, { locale: agreement.locale, measure: await chartMeasure(), agreement, ...(data && { data }) });
}


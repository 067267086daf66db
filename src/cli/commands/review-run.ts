import { createHash } from 'node:crypto';
import path from 'node:path';
import { DateTime } from 'luxon';
import { ClockError } from '../../clock/index.js';
import type { Agreement } from '../../model/agreement.js';
import { ColumnSpecError, PeriodError, reportZone, resolveNow, TicketExportError } from '../../report/index.js';
import { streamTickets, type TicketStream } from '../../report/read-tickets.js';
import { buildReviewFromStream, type ServiceReview } from '../../review/build-review.js';
import type { ReviewChart } from '../../review/charts.js';
import { formatReviewMarkdown } from '../../review/format-markdown.js';
import { showText } from '../../formatters/visible-text.js';
import { failure, type CliContext } from '../context.js';
import { writeCommandOutput } from '../write-output.js';
import { writeChartFiles } from '../chart-files.js';
import { agreementForTickets, openTicketExport, ticketLocale, ticketReadOptions } from '../ticket-command.js';
import type { ReviewCommandOptions } from './review.js';

/** `YYYY-MM` (or a date in the month) as the month's first moment in `zone`. */
function month(text: string, zone: string, option: string): DateTime {
  const parsed = DateTime.fromISO(text, { zone });
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(text) || !parsed.isValid) throw new PeriodError(`${option} \`${text}\` is not a month; write YYYY-MM, e.g. 2027-01`);
  return parsed.startOf('month');
}

/** What `sla review` does; loaded only when it runs (./review.ts defines the command line). */
export async function runReview(ctx: CliContext, agreementFile: string, options: ReviewCommandOptions): Promise<void> {
  const { io } = ctx;
  if (options.format === 'pdf' && !options.output) return failure(ctx, '--format pdf needs --output <file>');
  if (options.tickets.filter((file) => file === '-').length > 1) return failure(ctx, '--tickets - (stdin) can be given once');
  let locale: string | undefined;
  if (options.locale !== undefined) {
    const checked = ticketLocale(options.locale);
    if ('error' in checked) return failure(ctx, checked.error);
    locale = checked.locale;
  }
  const ready = await agreementForTickets(ctx, agreementFile, { ...options, tickets: options.tickets[0]! });
  if (!ready) return;
  const { loaded } = ready;
  // --locale: the review's words, dates, paper and PDF language follow it as they follow the agreement's own locale.
  const agreement = locale === undefined ? ready.agreement : { ...ready.agreement, locale };

  const nameOf = (file: string) => (file === '-' ? '<stdin>' : file);
  // The export being read, for naming it in a message.
  let ticketsName = nameOf(options.tickets[0]!);
  let review: ServiceReview;
  const hash = createHash('sha256');
  try {
    const zone = reportZone(agreement, options.tier);
    const now = resolveNow({ ...(options.now !== undefined && { now: options.now }), sourceDateEpoch: io.env.SOURCE_DATE_EPOCH, clock: () => DateTime.now(), zone });
    const lastFull = now.setZone(zone).startOf('month').minus({ months: 1 });
    const to = options.to !== undefined ? month(options.to, zone, '--to') : options.from !== undefined ? DateTime.max(month(options.from, zone, '--from'), lastFull) : lastFull;
    const from = options.from !== undefined ? month(options.from, zone, '--from') : to.minus({ months: 5 });
    if (to < from) throw new PeriodError(`the review is empty: --from ${from.toFormat('yyyy-MM')} is after --to ${to.toFormat('yyyy-MM')}`);
    // One export after the other, each opened as it is reached.
    const streams = async function* (): AsyncGenerator<TicketStream> {
      for (const file of options.tickets) {
        ticketsName = nameOf(file);
        const source = file === '-' ? (io.streamStdin ? io.streamStdin() : await io.readStdin()) : (await openTicketExport(path.resolve(io.cwd, file))).source;
        yield streamTickets(source, agreement, { ...ticketReadOptions({ ...options, tickets: file }, zone), maxRows: Number.POSITIVE_INFINITY, onText: (text) => hash.update(text) });
      }
    };
    ({ review } = await buildReviewFromStream(agreement, streams(), { from, to, zone, now, ...(options.tier !== undefined && { tier: options.tier }) }));
    if (review.input.badRows > 0) io.stderr(`${ctx.err.yellow('note:')} ${review.input.badRows} rows of ${showText(options.tickets.map(nameOf).join(', '))} could not be read and are not counted; \`sla report\` lists them with how to fix them\n`);
  } catch (error) {
    if (error instanceof TicketExportError) return failure(ctx, `${ticketsName}: ${error.message}`);
    if (error instanceof ColumnSpecError || error instanceof PeriodError || error instanceof ClockError) return failure(ctx, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return failure(ctx, `${ticketsName}: cannot read the ticket export (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : 'permission denied'})`);
    throw error;
  }

  if (options.format === 'json') {
    if (!(await writeCommandOutput(ctx, `${JSON.stringify(review, null, 2)}\n`, options))) return;
    return;
  }
  const charts = options.format === 'pdf' || options.output ? await chartsOf(review, agreement) : [];
  const folder = options.format === 'pdf' ? 'charts' : `${path.basename(options.output ?? 'review', path.extname(options.output ?? ''))}.charts`;
  const references = charts.map((chart) => ({ path: `${folder}/${chart.file}`, alt: chart.scene.alt }));
  const markdown = formatReviewMarkdown(review, { charts: references, locale: agreement.locale });
  if (options.format === 'pdf') {
    const { markdownToPdf } = await import('../../pdf/markdown-to-pdf.js');
    const { translator } = await import('../../i18n/catalog.js');
    const words = translator(agreement.locale);
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const pdf = await markdownToPdf(markdown, {
      title: words.t('review.title', { title: agreement.title }),
      author: agreement.parties.provider.name,
      subject: words.t('review.pdf.subject', { from: review.months[0]!.month, to: review.months.at(-1)!.month, agreement: agreement.title, version: agreement.version || 'none' }),
      language: agreement.locale,
      paper: /-(US|CA)$/.test(agreement.locale) ? 'letter' : 'a4',
      draft: false,
      ...(agreement.version && { documentVersion: agreement.version }),
      creationDate: new Date(Date.parse(review.asOf)),
      sourceSha256: hash.digest('hex'),
      templateSha256: sha256(loaded.source.text),
      figures: new Map(charts.map((chart, index) => [references[index]!.path, chart.scene])),
    });
    await writeCommandOutput(ctx, pdf, options);
    return;
  }
  if (!(await writeCommandOutput(ctx, markdown, options))) return;
  if (options.output && charts.length > 0) {
    await writeChartFiles(ctx, charts, path.resolve(io.cwd, path.dirname(options.output), folder), options.force ?? false);
  }
}

async function chartsOf(review: ServiceReview, agreement: Agreement): Promise<ReviewChart[]> {
  const { chartMeasure } = await import('../../charts/index.js');
  const { reviewCharts } = await import('../../review/charts.js');
  return reviewCharts(review, { locale: agreement.locale, measure: await chartMeasure() });
}


/**
 * What `sla report` and `sla review` share when they run: the agreement loaded for a ticket command (errors printed,
 * its tier checked, its holiday files read, the client's zone applied), and the read options built from the flags
 * (ticket-options.ts defines the flags, light enough for the command line's start-up).
 */
import { canonicalLocale } from '../i18n/catalog.js';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { loadAgreement, type AgreementResult } from '../agreement.js';
import type { Agreement } from '../model/agreement.js';
import { parseColumnSpec, parseValueMap, type TicketReadOptions } from '../report/index.js';
import { EXIT, failure, type CliContext } from './context.js';
import { formatDiagnosticLine } from './format-diagnostic.js';
import type { TicketExportFlags } from './ticket-options.js';
import { clientTimezone, readHolidayFiles } from './commands/due.js';

/**
 * The agreement a ticket command works on, ready for the clock; undefined when it cannot be used (the reason printed
 * and the exit code set: 1 for an agreement with errors, 2 for one that cannot be read or a bad --tier).
 */
export async function agreementForTickets(ctx: CliContext, agreementFile: string, flags: TicketExportFlags): Promise<{ agreement: Agreement; loaded: AgreementResult } | undefined> {
  const { io } = ctx;
  if (agreementFile === '-') return void failure(ctx, 'the agreement is read from a file; `-` (stdin) is for the export: --tickets -');
  const loaded = await loadAgreement(path.resolve(io.cwd, agreementFile));
  if (loaded.unreadable) return void failure(ctx, `${agreementFile}: ${loaded.diagnostics[0]?.message ?? 'cannot read the file'}`);
  if (!loaded.ok || !loaded.agreement) {
    for (const d of loaded.diagnostics) io.stderr(`${formatDiagnosticLine(d, agreementFile, ctx.err)}\n`);
    io.stderr(`${ctx.err.red('sla:')} ${agreementFile} has errors; run \`sla validate ${agreementFile}\`\n`);
    ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
    return undefined;
  }
  let agreement: Agreement | undefined = loaded.agreement;
  if (flags.tier !== undefined && !agreement.tiers.some((t) => t.id === flags.tier)) {
    return void failure(ctx, `--tier ${flags.tier}: the agreement has no such tier (tiers: ${agreement.tiers.map((t) => t.id).join(', ')})`);
  }
  if (flags.tier === undefined && agreement.isPolicy && agreement.tiers.length > 1) {
    return void failure(ctx, `this support policy offers ${agreement.tiers.length} tiers and names no client's tier; choose the one the tickets are under with \`--tier\`: ${agreement.tiers.map((t) => `\`${t.id}\``).join(', ')}`);
  }
  agreement = await readHolidayFiles(ctx, agreement, agreementFile);
  if (agreement && flags.timezone !== undefined) agreement = await clientTimezone(ctx, agreement, flags.timezone);
  return agreement ? { agreement, loaded } : undefined;
}

/** The read options the flags give (throws ColumnSpecError for a bad mapping). */
export function ticketReadOptions(flags: TicketExportFlags, zone: string): TicketReadOptions {
  const inputFormat = flags.inputFormat ?? (/\.(json|jsonl|ndjson)$/i.test(flags.tickets) ? 'json' : /\.(csv|tsv|txt)$/i.test(flags.tickets) ? 'csv' : undefined);
  return {
    ...(inputFormat && { format: inputFormat }),
    ...(flags.columns !== undefined && { columns: parseColumnSpec(flags.columns) }),
    ...(flags.severityMap !== undefined && { severityMap: parseValueMap(flags.severityMap, '--severity-map') }),
    ...(flags.typeMap !== undefined && { requestTypeMap: parseValueMap(flags.typeMap, '--type-map') }),
    ...(flags.timeFormat !== undefined && { timeFormat: flags.timeFormat }),
    ...(flags.outOfScope !== undefined && { outOfScope: flags.outOfScope.split(',').map((v) => v.trim()).filter((v) => v !== '') }),
    ...(flags.tier !== undefined && { tier: flags.tier }),
    zone,
  };
}

/**
 * A ticket export file opened for streaming in 64 KB pieces (larger pieces cost memory for no speed), with its size
 * for progress reports. Throws the file system's error (EISDIR for a directory) before anything is read.
 */
export async function openTicketExport(file: string): Promise<{ source: AsyncIterable<Uint8Array>; size: number }> {
  const handle = await open(file);
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  }
  return { source: handle.createReadStream({ highWaterMark: 1 << 16 }), size: stats.size };
}

/** `--locale` as its canonical BCP 47 tag (`de-de` → `de-DE`), or the message for a tag that is not a locale. */
export function ticketLocale(tag: string): { locale: string } | { error: string } {
  try {
    return { locale: canonicalLocale(tag) };
  } catch (error) {
    return { error: `--locale: ${(error as Error).message}` };
  }
}

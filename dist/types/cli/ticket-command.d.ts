import { type AgreementResult } from '../agreement.js';
import type { Agreement } from '../model/agreement.js';
import { type TicketReadOptions } from '../report/index.js';
import { type CliContext } from './context.js';
import type { TicketExportFlags } from './ticket-options.js';
/**
 * The agreement a ticket command works on, ready for the clock; undefined when it cannot be used (the reason printed
 * and the exit code set: 1 for an agreement with errors, 2 for one that cannot be read or a bad --tier).
 */
export declare function agreementForTickets(ctx: CliContext, agreementFile: string, flags: TicketExportFlags): Promise<{
    agreement: Agreement;
    loaded: AgreementResult;
} | undefined>;
/** The read options the flags give (throws ColumnSpecError for a bad mapping). */
export declare function ticketReadOptions(flags: TicketExportFlags, zone: string): TicketReadOptions;
/**
 * A ticket export file opened for streaming in 64 KB pieces (larger pieces cost memory for no speed), with its size
 * for progress reports. Throws the file system's error (EISDIR for a directory) before anything is read.
 */
export declare function openTicketExport(file: string): Promise<{
    source: AsyncIterable<Uint8Array>;
    size: number;
}>;
/** `--locale` as its canonical BCP 47 tag (`de-de` → `de-DE`), or the message for a tag that is not a locale. */
export declare function ticketLocale(tag: string): {
    locale: string;
} | {
    error: string;
};

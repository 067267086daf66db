import { Command } from 'commander';
import type { Agreement } from '../../model/agreement.js';
import { type CliContext } from '../context.js';
export declare function dueCommand(ctx: CliContext): Command;
/**
 * The agreement with the holidays of the `.ics` files its calendars name, read relative to the agreement file; a file
 * that cannot be used is reported (exit 2) and undefined returned. Shared with `sla report`.
 */
export declare function readHolidayFiles(ctx: CliContext, agreement: Agreement, file: string): Promise<Agreement | undefined>;
/** The agreement with its `client-local` calendars in the zone of `--timezone`. Shared with `sla report`. */
export declare function clientTimezone(ctx: CliContext, agreement: Agreement, zone: string): Promise<Agreement | undefined>;

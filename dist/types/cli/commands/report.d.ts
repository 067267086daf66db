import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { type TicketExportFlags } from '../ticket-options.js';
export interface ReportCommandOptions extends TicketExportFlags {
    format: 'md' | 'json' | 'pdf';
    audience?: 'client' | 'internal';
    output?: string;
    force?: boolean;
    from?: string;
    to?: string;
    now?: string;
    failOnBreach?: boolean;
}
export declare function reportCommand(ctx: CliContext): Command;

import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { type TicketExportFlags } from '../ticket-options.js';
export interface ReviewCommandOptions extends TicketExportFlags {
    format: 'md' | 'json' | 'pdf';
    output?: string;
    force?: boolean;
    from?: string;
    to?: string;
    now?: string;
}
export declare function reviewCommand(ctx: CliContext): Command;

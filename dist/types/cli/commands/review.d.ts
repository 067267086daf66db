import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { type TicketExportFlags } from '../ticket-options.js';
/** Several exports may be given (`--tickets` again for each), e.g. one a month. */
export interface ReviewCommandOptions extends Omit<TicketExportFlags, 'tickets'> {
    tickets: string[];
    format: 'md' | 'json' | 'pdf';
    output?: string;
    force?: boolean;
    from?: string;
    to?: string;
    now?: string;
}
export declare function reviewCommand(ctx: CliContext): Command;

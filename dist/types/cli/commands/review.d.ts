import { Command } from 'commander';
import type { CliContext } from '../context.js';
export interface ReviewCommandOptions {
    tickets: string;
    format: 'md' | 'json' | 'pdf';
    inputFormat?: 'csv' | 'json';
    output?: string;
    force?: boolean;
    from?: string;
    to?: string;
    now?: string;
    tier?: string;
    timezone?: string;
    columns?: string;
    severityMap?: string;
    typeMap?: string;
    timeFormat?: string;
}
export declare function reviewCommand(ctx: CliContext): Command;

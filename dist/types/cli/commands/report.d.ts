import { Command } from 'commander';
import type { CliContext } from '../context.js';
export interface ReportCommandOptions {
    tickets: string;
    format: 'md' | 'json' | 'pdf';
    audience?: 'client' | 'internal';
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
    failOnBreach?: boolean;
}
export declare function reportCommand(ctx: CliContext): Command;

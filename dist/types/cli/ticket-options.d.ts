/**
 * The flags `sla report` and `sla review` share: how to read the export and which tier and zone its tickets are
 * under. Only commander here: every command's definition loads at start-up (ticket-command.ts does the work).
 */
import type { Command } from 'commander';
export interface TicketExportFlags {
    tickets: string;
    inputFormat?: 'csv' | 'json';
    tier?: string;
    timezone?: string;
    columns?: string;
    severityMap?: string;
    typeMap?: string;
    timeFormat?: string;
    outOfScope?: string;
    /** The language and formats of the report's own words (default: the agreement's locale). */
    locale?: string;
}
/** The options that say how to read the export and which tier and zone its tickets are under. */
export declare function addTicketExportOptions(command: Command): Command;

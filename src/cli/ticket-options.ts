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
export function addTicketExportOptions(command: Command): Command {
  return command
    .option('--tier <id>', "the tier for tickets without one (default: the agreement's serviceTier; a support policy with several tiers needs one)")
    .option('--timezone <zone>', "the client's IANA time zone, for calendars whose zone is `client-local`, e.g. America/Chicago")
    .option('--columns <mapping>', 'which export column holds which field, e.g. opened=Created,severity=Priority')
    .option('--severity-map <mapping>', 'export severity values to severity ids, e.g. P1=critical,P2=high')
    .option('--type-map <mapping>', 'export request-type values to request type ids, e.g. Bug=incident,Task=tuning')
    .option('--out-of-scope <values>', "resolution values that mean closed as out of scope, comma-separated (default: Out of scope, Won't Do, Won't Fix, Declined, Rejected, Not supported, Not covered, Change order)")
    .option('--time-format <luxon>', 'how the export writes times when not ISO 8601, e.g. "dd/MMM/yy h:mm a"')
    .option('--locale <tag>', "the language and formats of the document's own words, e.g. de-DE (default: the agreement's locale); names from the agreement and the export stay as written");
}

import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { addTicketExportOptions, type TicketExportFlags } from '../ticket-options.js';
import { choiceOption, dashIsStdout } from '../options.js';

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

export function reportCommand(ctx: CliContext): Command {
  return addTicketExportOptions(new Command('report')
    .description('check a ticket export against the agreement and write the monthly service report')
    .argument('<agreement>', 'the agreement file (*.sla.yaml)')
    .requiredOption('-t, --tickets <file>', 'the ticket export, CSV, JSON or JSON Lines; - reads stdin')
    .addOption(choiceOption('-f, --format <format>', 'output format', ['md', 'json', 'pdf'], { noun: 'a format', default: 'md' }))
    .addOption(choiceOption('--audience <audience>', "who the report is for: client (no command-line hints, internal advice or ids; unreadable rows as a count) or internal (everything, with how to fix unreadable rows). Default: client for pdf, internal for md; json is data and the same for both", ['client', 'internal'], { noun: 'an audience' }))
    .addOption(choiceOption('--input-format <format>', 'read the export as this format (default: from the file name or content)', ['csv', 'json'], { noun: 'an export format' }))
    .option('-o, --output <file>', 'write the report to this file (whole or not at all; folders are created) instead of stdout (`-`); needed for pdf')
    .option('--force', 'overwrite the --output file if it exists')
    .option('--from <date>', 'first day of the period, YYYY-MM-DD (default: first day of the last full month)')
    .option('--to <date>', 'last day of the period, inclusive (default: last day of the last full month)')
    .option('--now <time>', 'the time the report describes, ISO 8601 (default: SOURCE_DATE_EPOCH, else the current time)'))
    .option('--fail-on-breach', 'exit 1 when any target was missed (for dashboards and CI)')
    .addHelpText('after', `
Examples:
  $ sla report examples/standard-customer-service-assistant.sla.yaml \\
      --tickets examples/standard-customer-service-assistant.tickets.csv --now 2027-04-01T09:00
  $ sla report acme.sla.yaml --tickets march.csv --from 2027-03-01 --to 2027-03-31 --format json
  $ sla report acme.sla.yaml --tickets jira-service-management.csv \\
      --severity-map Highest=critical,Medium=normal,Lowest=low --type-map 'Report a problem=incident'
  $ sla report acme.sla.yaml --tickets march.csv --format pdf --output march-report.pdf
  $ sla report acme.sla.yaml --tickets march.csv --audience client --output march-client.md

Several months at once, with findings across them: sla review (docs/review.md).

Times without a UTC offset are read in the zone of the tier's support hours. Rows that cannot be used are
listed on stderr and, in the internal report, with their row number and how to fix them; the client report
(the default for pdf) counts them in one sentence. They never stop the report. Tickets whose target
the agreement does not offer or state are counted and listed under "Tickets without a target". Holiday
files the calendars name (holidayFiles) are read relative to the agreement file.
Columns, mappings, the help-desk exports (Jira Service Management, Zendesk, Freshdesk, HubSpot; samples in
examples/exports/) and the JSON output are documented in docs/report.md.

Exit codes: 0 report written (even when targets were missed), 1 a target was missed and --fail-on-breach was
given, or the agreement has errors, 2 the agreement, a holiday file or the export could not be read, or a bad
option (a support policy with several tiers needs --tier).`)
    .action(async (agreementFile: string, options: ReportCommandOptions) => {
      dashIsStdout(options);
      const { runReport } = await import('./report-run.js');
      await runReport(ctx, agreementFile, options);
    });
}


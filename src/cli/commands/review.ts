import { Command, Option } from 'commander';
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

export function reviewCommand(ctx: CliContext): Command {
  return new Command('review')
    .description('review several months of a ticket export against the agreement: month by month, and the findings that hold across them')
    .argument('<agreement>', 'the agreement file (*.sla.yaml)')
    .requiredOption('-t, --tickets <file>', 'the ticket export, CSV, JSON or JSON Lines; - reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json', 'pdf']).default('md'))
    .addOption(new Option('--input-format <format>', 'read the export as this format (default: from the file name or content)').choices(['csv', 'json']))
    .option('-o, --output <file>', 'write the review to this file (whole or not at all) instead of stdout; needed for pdf. Markdown written to a file gets its charts as SVG files beside it')
    .option('--force', 'overwrite the --output file (and its charts) if they exist')
    .option('--from <month>', 'the first month, YYYY-MM (default: six full months before --now)')
    .option('--to <month>', 'the last month, YYYY-MM, included (default: the last full month before --now)')
    .option('--now <time>', 'the time the review describes, ISO 8601 (default: SOURCE_DATE_EPOCH, else the current time)')
    .option('--tier <id>', "the tier for tickets without one (default: the agreement's serviceTier)")
    .option('--timezone <zone>', "the client's IANA time zone, for calendars whose zone is `client-local`")
    .option('--columns <mapping>', 'which export column holds which field, e.g. opened=Created,severity=Priority')
    .option('--severity-map <mapping>', 'export severity values to severity ids, e.g. P1=critical,P2=high')
    .option('--type-map <mapping>', 'export request-type values to request type ids, e.g. Bug=incident,Task=tuning')
    .option('--time-format <luxon>', 'how the export writes times when not ISO 8601, e.g. "dd/MMM/yy h:mm a"')
    .addHelpText('after', `
Examples:
  $ sla review acme.sla.yaml --tickets 2027-h1.csv --from 2027-01 --to 2027-06
  $ sla review acme.sla.yaml --tickets export.jsonl --now 2027-07-01 --format pdf --output h1-review.pdf

Each month is checked as \`sla report\` checks one (the same columns and mappings, see docs/report.md), in one pass
over the export. Findings need a pattern in most of the months that could show it, and in at least two: a response
90th percentile over 120 % of its target, a cap exceeded, a request type growing, change-order work raised as
support, a severity never used. Each names the clause of the agreement it concerns and its evidence month by month.

Exit codes: 0 review written, 1 the agreement has errors, 2 the agreement or the export could not be read, or a
bad option.`)
    .action(async (agreementFile: string, options: ReviewCommandOptions) => {
      const { runReview } = await import('./review-run.js');
      await runReview(ctx, agreementFile, options);
    });
}

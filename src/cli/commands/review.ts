import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { addTicketExportOptions, type TicketExportFlags } from '../ticket-options.js';
import { choiceOption, dashIsStdout } from '../options.js';

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

export function reviewCommand(ctx: CliContext): Command {
  return addTicketExportOptions(new Command('review')
    .description('review several months of a ticket export against the agreement: month by month, and the findings that hold across them')
    .argument('<agreement>', 'the agreement file (*.sla.yaml)')
    .requiredOption('-t, --tickets <file>', 'the ticket export, CSV, JSON or JSON Lines; - reads stdin. Give it again for each further export (a file a month, say)', (file: string, files: string[] = []) => [...files, file])
    .addOption(choiceOption('-f, --format <format>', 'output format', ['md', 'json', 'pdf'], { noun: 'a format', default: 'md' }))
    .addOption(choiceOption('--input-format <format>', 'read the export as this format (default: from the file name or content)', ['csv', 'json'], { noun: 'an export format' }))
    .option('-o, --output <file>', 'write the review to this file (whole or not at all) instead of stdout; needed for pdf. Markdown written to a file gets its charts as SVG files beside it')
    .option('--force', 'overwrite the --output file (and its charts) if they exist')
    .option('--from <month>', 'the first month, YYYY-MM (default: six full months before --now)')
    .option('--to <month>', 'the last month, YYYY-MM, included (default: the last full month before --now)')
    .option('--now <time>', 'the time the review describes, ISO 8601 (default: SOURCE_DATE_EPOCH, else the current time)'))
    .addHelpText('after', `
Examples:
  $ sla review acme.sla.yaml --tickets 2027-h1.csv --from 2027-01 --to 2027-06
  $ sla review acme.sla.yaml --tickets export.jsonl --now 2027-07-01 --format pdf --output h1-review.pdf
  $ sla review acme.sla.yaml -t jan.csv -t feb.csv -t mar.csv --from 2027-01 --to 2027-03

Each month is checked as \`sla report\` checks one (the same columns and mappings, see docs/report.md), in one pass
over the export. Findings need a pattern in most of the months that could show it, and in at least two: a response
90th percentile over 120 % of its target, a cap exceeded, a request type growing, change-order work raised as
support, a severity never used. Each names the clause of the agreement it concerns and its evidence month by month.

Exit codes: 0 review written, 1 the agreement has errors, 2 the agreement or the export could not be read, or a
bad option.`)
    .action(async (agreementFile: string, options: ReviewCommandOptions) => {
      dashIsStdout(options);
      const { runReview } = await import('./review-run.js');
      await runReview(ctx, agreementFile, options);
    });
}

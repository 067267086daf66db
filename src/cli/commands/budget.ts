import { Command } from 'commander';
import { failure, type CliContext } from '../context.js';

// Placeholder until this command is built; replaced by its own implementation.
export function budgetCommand(ctx: CliContext): Command {
  return new Command('budget')
    .description('allowed downtime for an availability target (not built yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => failure(ctx, '`sla budget` is not built yet'));
}

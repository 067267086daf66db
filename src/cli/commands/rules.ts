import { Command } from 'commander';
import { failure, type CliContext } from '../context.js';

// Placeholder until this command is built; replaced by its own implementation.
export function rulesCommand(ctx: CliContext): Command {
  return new Command('rules')
    .description('list the lint rules (not built yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => failure(ctx, '`sla rules` is not built yet'));
}

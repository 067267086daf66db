import { Command } from 'commander';
import { failure, type CliContext } from '../context.js';

// Placeholder until this command is built; replaced by its own implementation.
export function lintCommand(ctx: CliContext): Command {
  return new Command('lint')
    .description('check agreements for drafting mistakes that cause disputes (not built yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => failure(ctx, '`sla lint` is not built yet'));
}

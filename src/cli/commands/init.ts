import { Command } from 'commander';
import { failure, type CliContext } from '../context.js';

// Placeholder until this command is built; replaced by its own implementation.
export function initCommand(ctx: CliContext): Command {
  return new Command('init')
    .description('scaffold a complete, lint-clean agreement (not built yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => failure(ctx, '`sla init` is not built yet'));
}

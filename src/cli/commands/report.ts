import { Command } from 'commander';
import { failure, type CliContext } from '../context.js';

// Placeholder until this command is built; replaced by its own implementation.
export function reportCommand(ctx: CliContext): Command {
  return new Command('report')
    .description('check a ticket export against the agreement (not built yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => failure(ctx, '`sla report` is not built yet'));
}

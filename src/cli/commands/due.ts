import { Command } from 'commander';
import { failure, type CliContext } from '../context.js';

// Placeholder until this command is built; replaced by its own implementation.
export function dueCommand(ctx: CliContext): Command {
  return new Command('due')
    .description("when a ticket's response, update and resolution are due (not built yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => failure(ctx, '`sla due` is not built yet'));
}

import { Command } from 'commander';
import { failure, type CliContext } from '../context.js';

// Placeholder until this command is built; replaced by its own implementation.
export function renderCommand(ctx: CliContext): Command {
  return new Command('render')
    .description('render agreements to client-ready Markdown and PDF contracts (not built yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => failure(ctx, '`sla render` is not built yet'));
}

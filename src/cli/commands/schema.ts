import { Command } from 'commander';
import { agreementSchema } from '../../schema.js';
import type { CliContext } from '../context.js';

export function schemaCommand(ctx: CliContext): Command {
  return new Command('schema')
    .description('print the JSON Schema (draft 2020-12) of agreement files, for editors and other tools')
    .addHelpText('after', `
Examples:
  $ sla schema > sla.schema.json
  Point your editor at it with a first line: # yaml-language-server: $schema=./sla.schema.json`)
    .action(() => {
      ctx.io.stdout(`${JSON.stringify(agreementSchema, null, 2)}\n`);
    });
}

import path from 'node:path';
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { colorFlag, createContext, EXIT, processIo, type CliIo } from './context.js';
import { usePatternCache } from '../pdf/hyphenation.js';
import { packageRoot } from '../render/package-root.js';
import { budgetCommand } from './commands/budget.js';
import { diffCommand } from './commands/diff.js';
import { dueCommand } from './commands/due.js';
import { initCommand } from './commands/init.js';
import { lintCommand } from './commands/lint.js';
import { lspCommand } from './commands/lsp.js';
import { renderCommand } from './commands/render.js';
import { reportCommand } from './commands/report.js';
import { reviewCommand } from './commands/review.js';
import { rulesCommand } from './commands/rules.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';

/** Every verb, in the order `sla --help` lists them. Each command is one file in ./commands. */
const COMMANDS = [initCommand, validateCommand, lintCommand, renderCommand, dueCommand, budgetCommand, reportCommand, reviewCommand, diffCommand, schemaCommand, rulesCommand, lspCommand];

/** Runs the `sla` command line and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx = createContext(io, colorFlag(argv));
  // The hyphenation patterns a PDF needs are kept as JSON under the package's node_modules/.cache (src/pdf/hyphenation.ts).
  usePatternCache(() => path.join(packageRoot(), 'node_modules', '.cache', 'sla'));
  const program = new Command('sla')
    .description('Support agreements as code: validate, lint, render and compute due times for *.sla.yaml files')
    .version(pkg.version, '-v, --version')
    .showSuggestionAfterError(true)
    // Read by colorFlag() before parsing; declared here so that they are accepted anywhere and listed in --help.
    .option('--color', 'colour the output even when it is not a terminal (overrides NO_COLOR and FORCE_COLOR)')
    .option('--no-color', 'never colour the output (overrides FORCE_COLOR)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s, write) => write(`${ctx.err.red('sla:')} ${s.replace(/^error: /, '')}`) })
    .addHelpText('after', `
Exit codes: 0 success, 1 the input has problems, 2 the command could not do its job.
Docs: https://github.com/sla-as-code/sla#readme`);

  for (const create of COMMANDS) program.addCommand(create(ctx));
  program.exitOverride();
  // addCommand() does not pass settings down; every command writes through the same io and never exits.
  for (const command of program.commands) {
    command.configureOutput(program.configureOutput()).showHelpAfterError('(run with --help for usage)').exitOverride();
  }

  try {
    await program.parseAsync(['node', 'sla', ...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // `sla` alone and `sla help nope` print the help on stderr as an error: a usage error (2), unlike `sla help`.
      const success = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || (error.code === 'commander.help' && error.exitCode === 0);
      return success ? EXIT.ok : EXIT.failure;
    }
    io.stderr(`${ctx.err.red('sla: internal error:')} ${(error as Error).message}\n`);
    if (io.env.SLA_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    else io.stderr('This is a bug in sla; run again with SLA_DEBUG=1 for details and report it.\n');
    return EXIT.failure;
  }
  return ctx.exitCode;
}

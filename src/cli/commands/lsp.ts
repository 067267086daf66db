import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';

interface LspOptions {
  stdio?: boolean;
  clientProcessId?: string;
}

export function lspCommand(_ctx: CliContext): Command {
  return new Command('lsp')
    .description('run the language server for editors: lint findings, hover, completion and quick fixes for *.sla.yaml files')
    .option('--stdio', 'talk JSON-RPC over stdin and stdout (the default, and the only transport)')
    // Editors' language clients pass their own process id; the server ends when that process is gone.
    .addOption(new Option('--clientProcessId <pid>', 'the editor process to watch').hideHelp())
    .addHelpText('after', `
Examples:
  $ sla lsp --stdio          started by an editor, not by hand; see docs/editor.md

Nothing but JSON-RPC is written to stdout; the server's log goes to the editor.`)
    .action(async (_options: LspOptions) => {
      // Loaded here so that the language-server packages cost the other commands nothing at start-up.
      const { runLanguageServer } = await import('../../lsp/index.js');
      await runLanguageServer();
    });
}

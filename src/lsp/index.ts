/**
 * `sla lsp`: a language server for agreement files over stdio (or any pair of streams). Loaded only by the `lsp`
 * command, so the language-server packages never slow the other commands.
 */
import type { Readable, Writable } from 'node:stream';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { attachServer, type ServerOptions } from './server.js';

export { attachServer, LINT_DELAY_MS, type ServerOptions } from './server.js';

export interface LanguageServerOptions extends ServerOptions {
  /** Where requests come from (default stdin). */
  input?: Readable;
  /** Where responses and notifications go (default stdout). */
  output?: Writable;
}

/**
 * Starts the server and resolves when the connection closes. On the client's `exit` notification the
 * vscode-languageserver library ends the process itself (0 after `shutdown`, 1 without), as LSP specifies.
 */
export function runLanguageServer(options: LanguageServerOptions = {}): Promise<void> {
  if (typeof options !== 'object' || options === null) throw new TypeError('runLanguageServer: options must be an object');
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  // Readers and writers rather than the raw streams: the library then leaves the streams' end events to us.
  const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
  // Nothing but JSON-RPC may reach stdout: a stray console.log from a dependency goes to the client's log instead.
  if (output === process.stdout) routeConsole(connection.console);
  attachServer(connection, options);
  return new Promise((resolve) => {
    connection.onExit(() => resolve());
    input.once('close', () => resolve());
    input.once('end', () => resolve());
    connection.listen();
  });
}

function routeConsole(remote: { log(message: string): void; error(message: string): void; warn(message: string): void; info(message: string): void }): void {
  const text = (args: unknown[]) => args.map(String).join(' ');
  console.log = (...args: unknown[]) => remote.log(text(args));
  console.info = (...args: unknown[]) => remote.info(text(args));
  console.warn = (...args: unknown[]) => remote.warn(text(args));
  console.error = (...args: unknown[]) => remote.error(text(args));
  console.debug = (...args: unknown[]) => remote.log(text(args));
}

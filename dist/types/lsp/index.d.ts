/**
 * `sla lsp`: a language server for agreement files over stdio (or any pair of streams). Loaded only by the `lsp`
 * command, so the language-server packages never slow the other commands.
 */
import type { Readable, Writable } from 'node:stream';
import { type ServerOptions } from './server.js';
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
export declare function runLanguageServer(options?: LanguageServerOptions): Promise<void>;

/**
 * The language server: wires the connection's requests to the lint engine and the schema. Documents named
 * `*.sla.yaml` / `*.sla.yml` are linted when opened and again ~150 ms after the last change (so typing is not slowed
 * by a lint per keystroke), with the `.slarc.yaml` that `sla lint` would use. The server writes nothing but the
 * JSON-RPC stream; its log goes to the client through `connection.console`.
 */
import path from 'node:path';
import {
  CodeActionKind, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../lint/config.js';
import { loadBuiltInRules } from '../lint/engine.js';
import type { Finding } from '../lint/types.js';
import { filePathOf, isAgreementUri } from './agreement-uri.js';
import { codeActions } from './code-actions.js';
import { completionsAt } from './completion.js';
import { documentDiagnostics } from './diagnostics.js';
import { DocumentLinter } from './document-linter.js';
import { hoverAt, ruleDescriptions } from './hover.js';

/** Milliseconds from the last change to the lint: long enough to skip the keystrokes of a word, short enough to feel live. */
export const LINT_DELAY_MS = 150;

export interface ServerOptions {
  /** Override the debounce (tests and benchmarks measure with the default). */
  lintDelayMs?: number;
}

export function attachServer(connection: Connection, options: ServerOptions = {}): void {
  const delay = options.lintDelayMs ?? LINT_DELAY_MS;
  const documents = new TextDocuments(TextDocument);
  /** The findings of each document's last published lint and the version they are about, for hover. */
  const findings = new Map<string, { version: number; findings: Finding[] }>();
  const timers = new Map<string, NodeJS.Timeout>();
  let linter = new DocumentLinter(process.cwd());
  let descriptions = new Map<string, string>();
  let watchConfigs = false;

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    linter = new DocumentLinter(workspaceRoot(params));
    descriptions = ruleDescriptions(await loadBuiltInRules());
    // Loading rules now keeps the first diagnostics as quick as the next ones.
    await linter.warmUp().catch((error: Error) => connection.console.error(`sla: ${error.message}`));
    watchConfigs = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'sla' },
    };
  });

  connection.onInitialized(() => {
    if (!watchConfigs) return;
    const names = CONFIG_FILE_NAMES.join(',');
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${names}}` }] });
  });

  // A config file was created, changed or deleted: read configs afresh and lint every open agreement again.
  connection.onDidChangeWatchedFiles(() => {
    linter.reset();
    for (const document of documents.all()) void lint(document.uri);
  });

  const lint = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document || !isAgreementUri(uri)) return;
    const { version } = document;
    const text = document.getText();
    try {
      const outcome = await linter.lint(text, uri);
      // A newer version was linted or is waiting: these results are stale.
      if (documents.get(uri)?.version !== version) return;
      for (const failure of outcome.ruleFailures) connection.console.error(`sla: rule ${failure.ruleId} failed on ${uri}: ${failure.message}`);
      findings.set(uri, { version, findings: outcome.findings });
      await connection.sendDiagnostics({ uri, version, diagnostics: documentDiagnostics(outcome, text) });
    } catch (error) {
      connection.console.error(`sla: could not lint ${uri}: ${(error as Error)?.stack ?? String(error)}`);
    }
  };

  documents.onDidChangeContent(({ document }) => {
    const { uri } = document;
    if (!isAgreementUri(uri)) return;
    clearTimeout(timers.get(uri));
    // The first lint of a document is at once; edits wait for a pause in typing.
    if (!findings.has(uri)) {
      void lint(uri);
      return;
    }
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void lint(uri);
    }, delay));
  });

  documents.onDidClose(({ document }) => {
    const { uri } = document;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    if (!findings.delete(uri)) return;
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isAgreementUri(textDocument.uri)) return null;
    // Findings of an older version would sit at shifted positions: only those of the text on screen are shown.
    const linted = findings.get(textDocument.uri);
    const describe = (ruleId: string) => descriptions.get(ruleId) ?? linter.pluginRuleDescription(ruleId);
    return hoverAt(document.getText(), position, linted?.version === document.version ? linted.findings : [], describe);
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isAgreementUri(textDocument.uri)) return [];
    return completionsAt(document.getText(), position);
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isAgreementUri(textDocument.uri)) return [];
    return codeActions(textDocument.uri, document.getText(), context.diagnostics);
  });

  documents.listen(connection);
}

/** The folder relative names are resolved in: the first workspace folder, else the root the client names, else the cwd. */
function workspaceRoot(params: InitializeParams): string {
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  const fromUri = folder ? filePathOf(folder) : undefined;
  return fromUri ?? (params.rootPath ? path.resolve(params.rootPath) : process.cwd());
}

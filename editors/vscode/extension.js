// The VS Code side of `sla lsp`: starts the language server for *.sla.yaml / *.sla.yml files and leaves everything
// else (diagnostics, hover, completion, quick fixes) to it. Plain CommonJS, so the folder runs as it is.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/**
 * The command to run: `sla.path` when set (split on spaces when it is not a file, so `npx sla` works), else the
 * workspace's own sla (as ESLint's extension prefers the project's ESLint), else `sla` on the PATH.
 */
function serverCommand() {
  const configured = String(vscode.workspace.getConfiguration('sla').get('path') ?? '').trim();
  if (configured !== '') {
    if (fs.existsSync(configured)) return { command: configured, args: [] };
    const [command, ...args] = configured.split(/\s+/);
    return { command, args };
  }
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'sla.cmd' : 'sla');
    if (fs.existsSync(local)) return { command: local, args: [] };
  }
  return { command: 'sla', args: [] };
}

function createClient() {
  const { command, args } = serverCommand();
  // TransportKind.stdio adds `--stdio`. On Windows, npm's shims are .cmd files, which only a shell runs.
  const run = { command, args: [...args, 'lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  return new LanguageClient('sla', 'sla', { run, debug: run }, {
    documentSelector: [
      { scheme: 'file', language: 'yaml', pattern: '**/*.sla.{yaml,yml}' },
      { scheme: 'untitled', language: 'yaml', pattern: '**/*.sla.{yaml,yml}' },
    ],
  });
}

async function activate(context) {
  client = createClient();
  context.subscriptions.push(vscode.commands.registerCommand('sla.restartServer', async () => {
    if (client) await client.stop();
    client = createClient();
    await client.start();
  }));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('sla.path')) void vscode.commands.executeCommand('sla.restartServer');
  }));
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(`sla: could not start \`${serverCommand().command} lsp\`: ${error.message}. Install sla (npm install --save-dev @sla-as-code/sla) or set "sla.path".`);
  }
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };

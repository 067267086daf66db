/**
 * A real JSON-RPC client for end-to-end tests of `sla lsp`: spawns the CLI as an editor would (`sla lsp --stdio`),
 * speaks LSP over its stdin and stdout with vscode-jsonrpc, and collects the diagnostics it publishes.
 *
 * The CLI is bundled once from the current sources into node_modules/.cache (as test/cli/launcher.test.ts does) and
 * started through a copy of bin/sla.cjs: the shipped start-up path, and no bundling per server started.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers/example.js';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    codeDescription?: { href: string };
    source?: string;
    message: string;
    data?: unknown;
  }[];
}

/** Bundles the CLI into a temporary folder; returns the launcher to run and a function that removes it all. */
export async function buildTestCli(): Promise<{ launcher: string; remove: () => Promise<void> }> {
  await mkdir(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  const home = await mkdtemp(path.join(ROOT, 'node_modules/.cache/sla-lsp-test-'));
  const { buildCli } = (await import(path.join(ROOT, 'scripts/build-cli.mjs'))) as {
    buildCli: (outdir: string, options: { warm: boolean; esbuild: object }) => Promise<string>;
  };
  await buildCli(path.join(home, 'dist'), { warm: false, esbuild: { logLevel: 'error' } });
  await mkdir(path.join(home, 'bin'));
  const launcher = path.join(home, 'bin/sla.cjs');
  await copyFile(path.join(ROOT, 'bin/sla.cjs'), launcher);
  return { launcher, remove: () => rm(home, { recursive: true, force: true }) };
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything the server wrote to stderr (it should be nothing). */
  stderr = '';
  readonly #published: PublishedDiagnostics[] = [];
  readonly #waiters = new Set<() => void>();

  constructor(launcher: string, cwd: string) {
    this.child = spawn(process.execPath, [launcher, 'lsp', '--stdio'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.#published.push(params);
      for (const wake of this.#waiters) wake();
    });
    // The server registers a file watcher and logs through window/logMessage; a client answers or ignores them.
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(rootDir: string): Promise<unknown> {
    const { pathToFileURL } = await import('node:url');
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: null,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /**
   * The first publication for `uri` (after those already seen, when `after` counts them) that satisfies `accept`.
   * Waits for events, not for a time: the timeout is only a guard against a hung server.
   */
  waitForDiagnostics(uri: string, accept: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 20_000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.#published.find((p) => p.uri === uri && accept(p));
        if (!found) return false;
        this.#published.splice(this.#published.indexOf(found), 1);
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
      };
      const wake = () => void check();
      if (!check()) this.#waiters.add(wake);
    });
  }

  /** Drops publications received so far (for a test that waits for the next one). */
  forgetDiagnostics(): void {
    this.#published.length = 0;
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

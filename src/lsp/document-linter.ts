/**
 * Lints an open document's text with the configuration a file at its path would get from `sla lint`: the nearest
 * `.slarc.yaml` (or sla.config.yaml) walking up from the document's folder, its `ignores` honoured. One Linter is
 * kept across edits (rules, configs and compiled option validators load once); it is replaced when a config file
 * it read has changed on disk, or when the client reports a change to any config file.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../lint/config.js';
import { Linter } from '../lint/engine.js';
import type { Finding } from '../lint/types.js';
import type { SourceRange } from '../diagnostics.js';
import { filePathOf } from './agreement-uri.js';

/** What linting a document gave. */
export interface DocumentLint {
  findings: Finding[];
  /** The config that applies cannot be used: nothing was linted, and this says why (shown on the document). */
  configProblem?: { message: string; file: string; range: SourceRange };
  /** A config's `ignores` match the document: it is not linted, as `sla lint` would skip it. */
  ignored?: boolean;
  /** Rules that threw (bugs in `sla`), for the server's log. */
  ruleFailures: { ruleId: string; message: string }[];
}

export class DocumentLinter {
  readonly #cwd: string;
  #linter: Promise<Linter> | undefined;
  /** Modification time of each config file when the current Linter read it. */
  readonly #stamps = new Map<string, number | undefined>();

  constructor(cwd: string) {
    if (typeof cwd !== 'string') throw new TypeError('DocumentLinter: cwd must be a path');
    this.#cwd = cwd;
  }

  /** Forget every config read so far (a config file was created, changed or deleted). */
  reset(): void {
    this.#linter = undefined;
    this.#stamps.clear();
  }

  /** Loads the rules now, so the first document is not slowed by it. */
  async warmUp(): Promise<void> {
    await this.#current();
  }

  #current(): Promise<Linter> {
    this.#linter ??= Linter.create({ cwd: this.#cwd }).then((linter) => (this.#resolved = linter));
    return this.#linter;
  }

  #resolved: Linter | undefined;

  /** What a plugin's rule checks, for the hover of its findings (the built-in rules are known up front). */
  pluginRuleDescription(ruleId: string): string | undefined {
    return this.#resolved?.pluginRules.find((rule) => rule.meta.id === ruleId)?.meta.description;
  }

  /** The file a document stands for: its path, or for an unsaved buffer its name in the workspace folder. */
  fileFor(uri: string): string {
    return filePathOf(uri) ?? path.join(this.#cwd, decodeURIComponent(uri.replace(/[?#].*$/, '').split('/').pop() ?? 'untitled.sla.yaml'));
  }

  async lint(text: string, uri: string): Promise<DocumentLint> {
    if (typeof text !== 'string') throw new TypeError('DocumentLinter.lint: text must be a string');
    const file = this.fileFor(uri);
    if (await this.#configChanged()) this.reset();
    const linter = await this.#current();
    try {
      const config = await linter.configFor(file);
      if (config.file) await this.#stamp(config.file);
      if (await linter.isIgnored(file)) return { findings: [], ignored: true, ruleFailures: [] };
      const result = await linter.lintText(text, file);
      return { findings: result.findings, ruleFailures: result.ruleFailures };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      await this.#stamp(path.resolve(error.file));
      return { findings: [], configProblem: { message: error.message, file: error.file, range: error.range }, ruleFailures: [] };
    }
  }

  async #stamp(file: string): Promise<void> {
    if (!this.#stamps.has(file)) this.#stamps.set(file, await mtimeOf(file));
  }

  async #configChanged(): Promise<boolean> {
    for (const [file, seen] of this.#stamps) if ((await mtimeOf(file)) !== seen) return true;
    return false;
  }
}

async function mtimeOf(file: string): Promise<number | undefined> {
  return stat(file).then((s) => s.mtimeMs, () => undefined);
}

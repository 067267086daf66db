/**
 * The lint cache (`sla lint --cache`), with ESLint's semantics: a file is linted again only when its content, the
 * configuration that applies to it, the rules or `sla` itself changed; otherwise its last result is reported again.
 *
 * One JSON file holds every entry: `{ format, tool, rules, files: { <absolute path>: { content, config, result } } }`.
 * `tool` (the sla version) and `rules` (a hash of every rule's metadata and code) are checked for the whole file: a
 * new sla or a changed rule starts an empty cache. `content` hashes the file's text and `config` the effective
 * settings for it (severity and options of every rule, and the files the config was made from), so editing one rule's options in `.slarc.yaml` lints every
 * file it applies to again. The file is written whole or not at all; a missing, corrupt or foreign cache file is
 * treated as empty, never as an error.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from './config.js';
import type { LintResult } from './engine.js';
import type { Rule, RuleSetting } from './types.js';

/** Written into every cache file; another format (an older sla, a foreign file) is ignored. */
const CACHE_FORMAT = 'sla-lint-cache/1';

/** The default cache file, in the current directory (ESLint's is `.eslintcache`). */
export const DEFAULT_CACHE_FILE = '.slacache';

interface CacheEntry {
  content: string;
  config: string;
  result: LintResult;
}

interface CacheFile {
  format: typeof CACHE_FORMAT;
  tool: string;
  rules: string;
  files: Record<string, CacheEntry>;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Where the cache lives, as ESLint resolves `--cache-location`: a path ending in a separator, or an existing
 * directory, holds `.slacache_<hash of cwd>`; anything else is the file itself. Default `.slacache` in `cwd`.
 */
export async function resolveCacheLocation(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined || location === '') return path.join(cwd, DEFAULT_CACHE_FILE);
  const absolute = path.resolve(cwd, location);
  const isDirectory = /[\\/]$/.test(location) || (await stat(absolute).catch(() => undefined))?.isDirectory() === true;
  return isDirectory ? path.join(absolute, `${DEFAULT_CACHE_FILE}_${sha256(cwd).slice(0, 12)}`) : absolute;
}

/** True when `file` is one of our cache files (so removing it, as a run without `--cache` does, loses nothing else). */
export async function isCacheFile(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text !== undefined && text.startsWith(`{"format":"${CACHE_FORMAT}"`);
}

/** A fingerprint of the rules that run: a changed message, option schema, default or check invalidates the cache. */
export function rulesFingerprint(rules: readonly Rule<any>[]): string {
  const hash = createHash('sha256');
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    hash.update(JSON.stringify(rule.meta)).update('\0').update(String(rule.check)).update('\0');
  }
  return hash.digest('base64url');
}

export interface LintCacheOptions {
  /** The cache file (see `resolveCacheLocation`). */
  file: string;
  /** The sla version; a cache from another version is discarded. */
  toolVersion: string;
  rules: readonly Rule<any>[];
  /** Settings outside the config that change results: the unused-directive severity, the size limit. */
  settings: { reportUnusedDisableDirectives: RuleSetting; maxBytes: number };
}

export class LintCache {
  readonly file: string;
  readonly #header: Omit<CacheFile, 'files'>;
  readonly #settings: string;
  readonly #entries: Map<string, CacheEntry>;
  readonly #configKeys = new WeakMap<ResolvedConfig, string>();
  /** Files looked up this run. */
  readonly #seen = new Set<string>();
  /** Hits and misses of this run, for `--debug`. */
  readonly counts = { hits: 0, misses: 0 };

  private constructor(options: LintCacheOptions, header: Omit<CacheFile, 'files'>, entries: Map<string, CacheEntry>) {
    this.file = options.file;
    this.#header = header;
    this.#settings = JSON.stringify(options.settings);
    this.#entries = entries;
  }

  /** Reads the cache file; an unreadable, corrupt or stale one (another sla, other rules) gives an empty cache. */
  static async open(options: LintCacheOptions): Promise<LintCache> {
    if (typeof options?.file !== 'string') throw new TypeError('LintCache.open: options.file must be a path');
    const header = { format: CACHE_FORMAT, tool: options.toolVersion, rules: rulesFingerprint(options.rules) } as const;
    let entries = new Map<string, CacheEntry>();
    try {
      const saved = JSON.parse(await readFile(options.file, 'utf8')) as Partial<CacheFile>;
      if (saved.format === header.format && saved.tool === header.tool && saved.rules === header.rules && saved.files && typeof saved.files === 'object') {
        entries = new Map(Object.entries(saved.files));
      }
    } catch {
      // No cache yet, or one that cannot be read: lint everything and write a new one.
    }
    return new LintCache(options, header, entries);
  }

  /**
   * The key of a file's effective settings: every rule's severity and options under `config`, and the content of
   * every file the config was made from (`config.sources`: the config, what it extends, its plugins' entry files and
   * package.json), so a plugin's new version or code lints again even when no setting changed.
   */
  async configKey(config: ResolvedConfig): Promise<string> {
    let key = this.#configKeys.get(config);
    if (key === undefined) {
      const rules = [...config.rules].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => [id, rule.severity, rule.options ?? null, rule.messageSeverities ?? null]);
      const sources = await Promise.all((config.sources ?? []).map(async (file) => [file, sha256(await readFile(file, 'utf8').catch(() => ''))]));
      key = sha256(JSON.stringify([this.#settings, rules, sources]));
      this.#configKeys.set(config, key);
    }
    return key;
  }

  /** The hash of a file's text, as entries store it. */
  contentKey(text: string): string {
    return sha256(text);
  }

  /** The last result for this file, content and config, or undefined. The result names the file as `displayName`. */
  get(absolute: string, content: string, config: string, displayName: string): LintResult | undefined {
    this.#seen.add(absolute);
    const entry = this.#entries.get(absolute);
    if (!entry || entry.content !== content || entry.config !== config) {
      this.counts.misses += 1;
      return undefined;
    }
    this.counts.hits += 1;
    const rename = <T extends { file: string }>(item: T): T => ({ ...item, file: displayName });
    return { ...entry.result, file: displayName, findings: entry.result.findings.map(rename), suppressed: entry.result.suppressed.map(rename) };
  }

  /** Remembers a result. One where a rule crashed is not kept: the next run should try again. */
  set(absolute: string, content: string, config: string, result: LintResult): void {
    this.#seen.add(absolute);
    if (result.ruleFailures.length > 0) {
      this.#entries.delete(absolute);
      return;
    }
    const { stats: _timing, ...kept } = result;
    this.#entries.set(absolute, { content, config, result: kept });
  }

  /** Forgets a file (it could not be read this time). */
  delete(absolute: string): void {
    this.#entries.delete(absolute);
  }

  /**
   * Writes the cache file, whole or not at all (folders created). Entries of files this run did not reach are kept
   * while the file exists (a run over part of a repository keeps the rest), dropped when it is gone.
   */
  async save(): Promise<void> {
    const unseen = [...this.#entries.keys()].filter((file) => !this.#seen.has(file));
    const gone = await Promise.all(unseen.map(async (file) => ((await stat(file).catch(() => undefined)) ? undefined : file)));
    for (const file of gone) if (file !== undefined) this.#entries.delete(file);
    const { writeFileAtomic } = await import('../util/write-file-atomic.js');
    await writeFileAtomic(this.file, this.serialize(), { force: true, createDirectories: true });
  }

  /** The cache file's text: the header first, so `isCacheFile` can recognise it from its first bytes. */
  serialize(): string {
    return JSON.stringify({ ...this.#header, files: Object.fromEntries(this.#entries) });
  }
}

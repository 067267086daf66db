import type { ResolvedConfig } from './config.js';
import type { LintResult } from './engine.js';
import type { Rule, RuleSetting } from './types.js';
/** The default cache file, in the current directory (ESLint's is `.eslintcache`). */
export declare const DEFAULT_CACHE_FILE = ".slacache";
/**
 * Where the cache lives, as ESLint resolves `--cache-location`: a path ending in a separator, or an existing
 * directory, holds `.slacache_<hash of cwd>`; anything else is the file itself. Default `.slacache` in `cwd`.
 */
export declare function resolveCacheLocation(location: string | undefined, cwd: string): Promise<string>;
/** True when `file` is one of our cache files (so removing it, as a run without `--cache` does, loses nothing else). */
export declare function isCacheFile(file: string): Promise<boolean>;
/** A fingerprint of the rules that run: a changed message, option schema, default or check invalidates the cache. */
export declare function rulesFingerprint(rules: readonly Rule<any>[]): string;
export interface LintCacheOptions {
    /** The cache file (see `resolveCacheLocation`). */
    file: string;
    /** The sla version; a cache from another version is discarded. */
    toolVersion: string;
    rules: readonly Rule<any>[];
    /** Settings outside the config that change results: the unused-directive severity, the size limit. */
    settings: {
        reportUnusedDisableDirectives: RuleSetting;
        maxBytes: number;
    };
}
export declare class LintCache {
    #private;
    readonly file: string;
    /** Hits and misses of this run, for `--debug`. */
    readonly counts: {
        hits: number;
        misses: number;
    };
    private constructor();
    /** Reads the cache file; an unreadable, corrupt or stale one (another sla, other rules) gives an empty cache. */
    static open(options: LintCacheOptions): Promise<LintCache>;
    /**
     * The key of a file's effective settings: every rule's severity and options under `config`, and the content of
     * every file the config was made from (`config.sources`: the config, what it extends, its plugins' entry files and
     * package.json), so a plugin's new version or code lints again even when no setting changed.
     */
    configKey(config: ResolvedConfig): Promise<string>;
    /** The hash of a file's text, as entries store it. */
    contentKey(text: string): string;
    /** The last result for this file, content and config, or undefined. The result names the file as `displayName`. */
    get(absolute: string, content: string, config: string, displayName: string): LintResult | undefined;
    /** Remembers a result. One where a rule crashed is not kept: the next run should try again. */
    set(absolute: string, content: string, config: string, result: LintResult): void;
    /** Forgets a file (it could not be read this time). */
    delete(absolute: string): void;
    /**
     * Writes the cache file, whole or not at all (folders created). Entries of files this run did not reach are kept
     * while the file exists (a run over part of a repository keeps the rest), dropped when it is gone.
     */
    save(): Promise<void>;
    /** The cache file's text: the header first, so `isCacheFile` can recognise it from its first bytes. */
    serialize(): string;
}

import { type AgreementResult, type LoadOptions } from '../agreement.js';
import { type IgnoredFile, type SearchProblem } from '../files.js';
import type { LintCache } from './cache.js';
import type { Concurrency } from './parallel.js';
import { type ResolvedConfig, type RuleConfig } from './config.js';
import type { Finding, Rule, RuleSeverity, RuleSetting } from './types.js';
export declare const DOCS_BASE_URL = "https://github.com/sla-as-code/sla/blob/main/docs";
/** The docs page of a rule. */
export declare function ruleDocsUrl(ruleId: string): string;
/** Findings that come from the loader and validator rather than from a rule. */
export declare const SCHEMA_RULE_ID = "schema";
/** Findings about `sla-disable` comments that suppress nothing or name no rule. */
export declare const DIRECTIVE_RULE_ID = "unused-disable-directive";
/** Checks built into the engine, listed by `sla rules` and described to SARIF consumers like rules. */
export declare const ENGINE_CHECKS: readonly [{
    readonly id: "schema";
    readonly description: 'The file is well-formed YAML and a valid agreement: schema, references, dates and time zones (as `sla validate`).';
    readonly defaultSeverity: RuleSeverity;
    readonly docsUrl: "https://github.com/sla-as-code/sla/blob/main/docs/lint.md#schema-findings";
}, {
    readonly id: "unused-disable-directive";
    readonly description: 'An `sla-disable` comment suppresses nothing, or names a rule that does not exist.';
    readonly defaultSeverity: RuleSeverity;
    readonly docsUrl: "https://github.com/sla-as-code/sla/blob/main/docs/lint.md#inline-directives";
}];
/** What linting one file found. */
export interface LintResult {
    /** The file as named on the command line (or `--stdin-filename`). */
    file: string;
    /** Findings that count, in file order. */
    findings: Finding[];
    /** Findings an inline directive suppressed (SARIF reports them as suppressed). */
    suppressed: Finding[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
    /**
     * Built-in rules that threw while checking this file: a bug in `sla`, reported so the run fails loudly (exit 2).
     * Each is also a finding (`messageId` `crash`, an error at 1:1), as a plugin rule's crash is (only a finding).
     */
    ruleFailures: {
        ruleId: string;
        message: string;
    }[];
    /** Time per rule, when asked for with `collectStats` (`--stats`). */
    stats?: LintStats;
}
/** Time spent in each rule's check on one file (measured with `performance.now()`), and what each reported. */
export interface LintStats {
    /** Per rule that ran: milliseconds in its `check`, and its findings that count (not suppressed). */
    rules: Record<string, {
        time: number;
        findings: number;
    }>;
    /** Milliseconds in all the rules' checks together. */
    time: number;
}
export interface LintSettings {
    /** The rules to run. */
    rules: readonly Rule<any>[];
    /** Severity and options per rule id; a rule not listed runs at its default severity with its default options. */
    ruleConfig?: ReadonlyMap<string, RuleConfig>;
    /** Severity of unused-directive findings (default `warning`; `off` to not report them). */
    reportUnusedDisableDirectives?: RuleSetting;
    /** Every rule id that exists, to tell an unused directive from a misspelt one (default: the ids of `rules`). */
    knownRuleIds?: ReadonlySet<string>;
    /** Measure each rule's check and return the times in `LintResult.stats` (default false). */
    collectStats?: boolean;
}
/** The docs page of a rule: its own `meta.url` (a plugin's rule), else the built-in rule's page. */
export declare function docsUrlOf(rule: Rule<any>): string;
/**
 * Lints one loaded agreement. Schema and validation problems become `schema` findings. Structural rules run only on
 * a valid agreement; text rules (`meta.kind: 'text'`) run on every document, even one that failed the schema or
 * did not parse (then `textFields()` is empty, and only the source text is there to read).
 * Never throws for any input: a rule that throws is recorded in `ruleFailures`.
 */
export declare function lintAgreement(result: AgreementResult, settings: LintSettings): LintResult;
export interface LintTextOptions {
    /** The rules to run, at their default severity unless `severities` says otherwise. */
    rules: readonly Rule<any>[];
    /** The file name findings carry (default `<text>`). */
    file?: string;
    /** Options per rule id, merged over each rule's defaults. */
    ruleOptions?: Record<string, unknown>;
    /** Severity per rule id, overriding the default. */
    severities?: Record<string, RuleSetting>;
    /** Severity of single messages per rule id, as a preset gives them (`sla:policy`: agency-only checks at info). */
    messageSeverities?: Record<string, Record<string, RuleSetting>>;
    reportUnusedDisableDirectives?: RuleSetting;
}
/** Loads agreement text and lints it with the rules given: the simplest way in, for rule tests and editors. */
export declare function lintText(text: string, options: LintTextOptions): LintResult;
/** The built-in rules, loaded on first use so commands that do not lint never pay for them. */
export declare function loadBuiltInRules(): Promise<readonly Rule<any>[]>;
export interface LinterOptions {
    /** The directory relative paths are resolved against and reported relative to. */
    cwd: string;
    /** The rules (default: every built-in rule). */
    rules?: readonly Rule<any>[];
    /** A config file for every linted file (`--config`); otherwise each file's nearest config is used. */
    configFile?: string;
    /** Severity of unused-directive findings (default `warning`). */
    reportUnusedDisableDirectives?: RuleSetting;
    load?: LoadOptions;
    /**
     * Apply ignores (default true): the configs' `ignores`, `ignorePatterns`, and `.gitignore` files in directory walks
     * and glob matches. False lints every file the inputs reach (`--no-ignore`).
     */
    ignore?: boolean;
    /** Globs relative to `cwd` whose matches are not linted, on top of the configs' `ignores` (`--ignore-pattern`). */
    ignorePatterns?: readonly string[];
    /** An input that matches no file, or whose every match is ignored, is a problem (default true). */
    errorOnUnmatchedPattern?: boolean;
    /**
     * Rule settings on top of every file's config (`--rule`), as in a config's `rules`: per rule id, a severity or
     * `[severity, options]`. Checked in `create`: an unknown rule, bad severity or bad options reject with a
     * RuleOverrideError.
     */
    ruleOverrides?: Readonly<Record<string, unknown>>;
    /** Measure each rule's check and return the times in every result's `stats` (`--stats`). */
    collectStats?: boolean;
    /**
     * Results of unchanged files under unchanged settings come from here, and new results go in (`--cache`); the
     * caller saves it after the run. Files read from stdin or given as text are never cached.
     */
    cache?: LintCache;
    /**
     * Lint in worker threads (`--concurrency`): `off` (the default) lints in this thread; a number N starts up to N
     * workers; `auto` picks from the number of files and cores (see `workerCount` in parallel.ts). One worker is no
     * worker. Results, their order, problems and the cache are the same as in one thread. The options must be
     * sendable to a worker: `rules` is refused (plugins in a config are fine).
     */
    concurrency?: Concurrency;
}
/** What `lintFiles` tells its caller as it goes. */
export interface LintFilesHooks {
    /** The files the inputs name, before any is read (the CLI tunes the heap by their number). */
    onFilesFound?: (files: readonly string[]) => void;
    /** After each file is read: how many of how many, for a progress line. */
    onProgress?: (done: number, total: number, file: string) => void;
    /** With a `concurrency` other than `off`: how many worker threads lint the files (0: this thread), after `onFilesFound`. */
    onWorkers?: (count: number) => void;
}
/** Inputs expanded and linted: one result per file, and the inputs that could not be linted. */
export interface LintRun {
    results: LintResult[];
    /**
     * Inputs that could not be linted: unreadable files and directories, inputs that matched nothing, directories and
     * globs whose every agreement is ignored. The command could not do its job (exit 2).
     */
    problems: SearchProblem[];
    /**
     * Files skipped because a config's `ignores` or `ignorePatterns` match them. Those `named` on the command line are
     * not problems (a pre-commit hook names the files it touched), but the caller should say they were skipped.
     */
    ignored: IgnoredFile[];
}
/**
 * Lints many files with one set of rules: each config file is read and validated once, the rules and their option
 * validators are loaded once. Config problems reject with a ConfigError (exit 2).
 */
export declare class Linter {
    #private;
    readonly cwd: string;
    readonly rules: readonly Rule<any>[];
    private constructor();
    static create(options: LinterOptions): Promise<Linter>;
    /**
     * The configuration that applies to a file: `--config`, else the nearest config file, else `sla:recommended`;
     * with the `ruleOverrides` (`--rule`) on top.
     */
    configFor(file: string): Promise<ResolvedConfig>;
    /**
     * The config file whose `ignores` match the file, or undefined. Unlike `rules`, `ignores` add up: the nearest
     * config's and those of every config file in a directory above it apply, each relative to its own directory (so
     * a root config's `ignores: [test/**]` holds even where test/ has configs of its own). With `--config`, only
     * that file's `ignores` apply, relative to its directory.
     */
    ignoredBy(file: string): Promise<string | undefined>;
    /** True when a config's `ignores` match the file. */
    isIgnored(file: string): Promise<boolean>;
    /** Lints an already loaded agreement with the config that applies to its file. */
    lintLoaded(result: AgreementResult): Promise<LintResult>;
    /**
     * The rules of the plugins of every config used so far (ids `prefix/rule-id`), for formatters that describe the
     * rules (SARIF's `tool.driver.rules`): call it after linting.
     */
    get pluginRules(): readonly Rule<any>[];
    /** Lints text (e.g. stdin) as if it were `file`. */
    lintText(text: string, file: string): Promise<LintResult>;
    /**
     * Expands files, directories and globs (as `sla validate` does), skips ignored files and lints the rest.
     * `onFilesFound` hears which files the inputs name before any is read (the CLI tunes the heap by their number).
     */
    lintFiles(inputs: readonly string[], { onFilesFound, onProgress, onWorkers }?: LintFilesHooks): Promise<LintRun>;
}

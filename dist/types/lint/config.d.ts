import type { SourceRange } from '../diagnostics.js';
import type { LoadedPluginInfo, PluginRule, Rule, RuleSetting } from './types.js';
/** Names looked for in each directory, in this order. */
export declare const CONFIG_FILE_NAMES: readonly ['.slarc.yaml', '.slarc.yml', 'sla.config.yaml', 'sla.config.yml'];
export declare const RULE_SETTINGS: readonly RuleSetting[];
/** A rule as configured: its severity, and its options (the rule's defaults with the config's on top). */
export interface RuleConfig {
    severity: RuleSetting;
    options: unknown;
    /**
     * Severities of single messages that differ from the rule's, from a preset (`sla:policy` reports a rule's
     * agency-only checks as info). A rule configured in the config file itself has none: its severity is for all.
     */
    messageSeverities?: Readonly<Record<string, RuleSetting>>;
}
/** A rule's entry as written in `rules` (or given with `--rule`), checked. */
export interface RuleEntry {
    severity: RuleSetting;
    options?: unknown;
}
/** A `--rule` setting that cannot be used (unknown rule, bad severity or options). The command exits 2. */
export declare class RuleOverrideError extends Error {
    constructor(message: string);
}
/** A configuration ready to lint with: one entry per registered rule (and per rule of its plugins). */
export interface ResolvedConfig {
    /** The config file it came from; undefined for the built-in default. */
    file?: string;
    rules: Map<string, RuleConfig>;
    /**
     * Ignore globs, relative to `baseDirectory`: those of every extended config (in `extends` order), then the file's
     * own. A shared config's globs are relative to the folder of the config that uses it, as in ESLint's flat config.
     */
    ignores: string[];
    baseDirectory: string;
    /**
     * Every file the config was made from: the config file, each config it extends (directly or not), and each
     * plugin's module file and nearest package.json. Empty for the built-in default. A cache that keys on the config
     * should hash these files: when one changes, the config may have.
     */
    sources: string[];
    /** The plugins it loaded (its own and its extended configs'), in the order they were named. */
    plugins?: LoadedPluginInfo[];
    /** Their rules (ids `prefix/rule`): off unless `rules` sets them; the engine runs them after the built-in rules. */
    pluginRules?: readonly PluginRule[];
}
/** A config file that cannot be used: where and why. The command exits 2. */
export declare class ConfigError extends Error {
    readonly file: string;
    readonly range: SourceRange;
    constructor(message: string, file: string, range: SourceRange);
    /** `file:line:col: message`, as editors and terminals link it. */
    toString(): string;
}
/** The JSON Schema of a config file, made from the rules so it cannot drift from them (for editors and docs). */
export declare function configSchema(rules: readonly Rule<any>[]): Record<string, unknown>;
/**
 * Reads and validates config files against a set of rules. Holds the compiled validators, so build one per run
 * and reuse it for every file: Ajv compiles each schema once.
 *
 * `extends` takes built-in presets, config files (`./base.slarc.yaml`, relative to the config) and shared config
 * packages (`@acme/sla-config`, resolved as Node does from the config's folder); `plugins` takes packages and paths
 * of plugins whose rules the config sets as `prefix/rule-id`. Both load only when a config names them. Each extended
 * config is validated as a config file is; a cycle, a missing package or a broken plugin is a ConfigError.
 */
export declare class ConfigLoader {
    #private;
    constructor(rules: readonly Rule<any>[]);
    /** The built-in configuration (`sla:recommended`), used when no config file applies. */
    defaultConfig(baseDirectory: string): ResolvedConfig;
    /** The nearest config file in `directory` or above it; results are cached per directory. */
    findConfigFile(directory: string): Promise<string | undefined>;
    /** Reads and validates a config file once; later calls share the result. Rejects with a ConfigError. */
    loadFile(file: string): Promise<ResolvedConfig>;
    /** Validates config text and resolves it against the rules. Throws a ConfigError naming file:line:col. */
    parse(text: string, file: string): Promise<ResolvedConfig>;
    /**
     * Validates rule settings given on the command line (`--rule`), with the messages of a config file's `rules`.
     * Throws a RuleOverrideError for an unknown rule id, a bad severity or bad options. A plugin's rule
     * (`prefix/rule-id`) is checked against each config it is applied to, in `withRuleOverrides`.
     */
    checkRuleOverrides(entries: Readonly<Record<string, unknown>>): Promise<Record<string, RuleEntry>>;
    /**
     * A config with command-line rule settings on top, as ESLint's `--rule`: a severity alone keeps the options the
     * config gave; `[severity, options]` replaces them (merged over the rule's defaults). Either way the rule's
     * severity is for all its messages (a preset's per-message severities no longer apply). A plugin's rule must come
     * from a plugin the config names, else this throws a RuleOverrideError.
     */
    withRuleOverrides(config: ResolvedConfig, overrides: Readonly<Record<string, RuleEntry>>): ResolvedConfig;
}
/** A rule's options: its defaults with the configured options on top (one level deep, like ESLint's defaultOptions). */
export declare function mergeOptions(defaults: unknown, configured: unknown): unknown;

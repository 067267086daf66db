/**
 * The lint engine: runs rules over a loaded agreement and turns what they report into findings with positions,
 * severities from the configuration, inline suppressions and docs links. `Linter` holds rules, configs and
 * compiled validators for a whole run, so linting a thousand files loads each of them once.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAgreementText, readAgreementSource, type AgreementResult, type LoadOptions } from '../agreement.js';
import { readAhead } from '../util/read-ahead.js';
import type { Diagnostic, SourceRange } from '../diagnostics.js';
import { findAgreementFiles, type IgnoredFile, type SearchProblem } from '../files.js';
import { globMatcher, relativeInside } from '../ignore-rules.js';
import type { Agreement } from '../model/agreement.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { LintCache } from './cache.js';
import type { Concurrency } from './parallel.js';
import { ConfigLoader, mergeOptions, type ResolvedConfig, type RuleConfig, type RuleEntry } from './config.js';
import { applyDirectives, parseDirectives, type UnusedDirective } from './directives.js';
import { textFields } from './text-fields.js';
import type { Finding, FindingReport, PluginRule, Rule, RuleContext, RuleSeverity, RuleSetting, TextField } from './types.js';

export const DOCS_BASE_URL = 'https://github.com/sla-as-code/sla/blob/main/docs';

/** The docs page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}/rules/${ruleId}.md`;
}

/** Findings that come from the loader and validator rather than from a rule. */
export const SCHEMA_RULE_ID = 'schema';
/** Findings about `sla-disable` comments that suppress nothing or name no rule. */
export const DIRECTIVE_RULE_ID = 'unused-disable-directive';

/** Checks built into the engine, listed by `sla rules` and described to SARIF consumers like rules. */
export const ENGINE_CHECKS = [
  {
    id: SCHEMA_RULE_ID,
    description: 'The file is well-formed YAML and a valid agreement: schema, references, dates and time zones (as `sla validate`).',
    defaultSeverity: 'error' as RuleSeverity,
    docsUrl: `${DOCS_BASE_URL}/lint.md#schema-findings`,
  },
  {
    id: DIRECTIVE_RULE_ID,
    description: 'An `sla-disable` comment suppresses nothing, or names a rule that does not exist.',
    defaultSeverity: 'warning' as RuleSeverity,
    docsUrl: `${DOCS_BASE_URL}/lint.md#inline-directives`,
  },
] as const;

const DIRECTIVE_MESSAGES = {
  unused: 'unused `sla-{{kind}}` directive: no `{{ruleId}}` finding to suppress{{where}}; remove it',
  unusedAll: 'unused `sla-{{kind}}` directive: no finding to suppress{{where}}; remove it',
  unknownRule: '`{{ruleId}}` in `sla-{{kind}}` is not a rule{{hint}}; run `sla rules` for the list',
};

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
  ruleFailures: { ruleId: string; message: string }[];
  /** Time per rule, when asked for with `collectStats` (`--stats`). */
  stats?: LintStats;
}

/** Time spent in each rule's check on one file (measured with `performance.now()`), and what each reported. */
export interface LintStats {
  /** Per rule that ran: milliseconds in its `check`, and its findings that count (not suppressed). */
  rules: Record<string, { time: number; findings: number }>;
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

function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function byRange(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

function schemaFinding(diagnostic: Diagnostic, file: string): Finding {
  return {
    ruleId: SCHEMA_RULE_ID,
    messageId: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    file,
    pointer: diagnostic.pointer,
    ...diagnostic.range,
    docsUrl: ENGINE_CHECKS[0].docsUrl,
  };
}

function unusedDirectiveFinding({ directive, ruleId }: UnusedDirective, severity: RuleSeverity, file: string): Finding {
  const where = directive.targetLine === undefined ? '' : ` on line ${directive.targetLine}`;
  const data = { kind: directive.kind, ruleId: ruleId ?? '', where };
  const messageId = ruleId === undefined ? 'unusedAll' : 'unused';
  return {
    ruleId: DIRECTIVE_RULE_ID,
    messageId,
    severity,
    message: fillTemplate(DIRECTIVE_MESSAGES[messageId], data),
    file,
    pointer: '',
    ...directive.range,
    docsUrl: ENGINE_CHECKS[1].docsUrl,
  };
}

class AgreementUnavailable extends Error {}

/** The longest part of a crashed rule's error message a finding quotes. */
const CRASH_MESSAGE_LIMIT = 500;

/**
 * A rule that threw, as a finding at the start of the file: an error that names the rule (and its plugin) and what
 * it threw, so a broken rule fails the build without hiding what the other rules found, and no stack trace is shown.
 */
function crashFinding(rule: Rule<any>, error: unknown, file: string): Finding {
  let reason = error instanceof Error ? error.message : String(error);
  if (reason.length > CRASH_MESSAGE_LIMIT) reason = `${reason.slice(0, CRASH_MESSAGE_LIMIT)}…`;
  const plugin = (rule as Partial<PluginRule>).plugin;
  const message = plugin
    ? `rule \`${rule.meta.id}\` of the plugin \`${plugin.name}\` crashed on this file: ${reason}; the other rules' findings are complete (report it to the plugin's authors)`
    : `rule \`${rule.meta.id}\` crashed on this file: ${reason}; the other rules' findings are complete (a bug in sla; please report it)`;
  return { ruleId: rule.meta.id, messageId: 'crash', severity: 'error', message, file, pointer: '', line: 1, column: 1, endLine: 1, endColumn: 1, docsUrl: docsUrlOf(rule) };
}

/** The docs page of a rule: its own `meta.url` (a plugin's rule), else the built-in rule's page. */
export function docsUrlOf(rule: Rule<any>): string {
  return rule.meta.url ?? ruleDocsUrl(rule.meta.id);
}

/**
 * Lints one loaded agreement. Schema and validation problems become `schema` findings. Structural rules run only on
 * a valid agreement; text rules (`meta.kind: 'text'`) run on every document, even one that failed the schema or
 * did not parse (then `textFields()` is empty, and only the source text is there to read).
 * Never throws for any input: a rule that throws is recorded in `ruleFailures`.
 */
export function lintAgreement(result: AgreementResult, settings: LintSettings): LintResult {
  const { source } = result;
  const file = source.file;
  const raw: Finding[] = result.diagnostics.map((d) => schemaFinding(d, file));
  const ruleFailures: LintResult['ruleFailures'] = [];
  const ran = new Set<string>();
  const times = settings.collectStats ? new Map<string, number>() : undefined;

  // Text rules run even when the YAML did not parse: they still see the source text (textFields() is then empty).
  let fields: TextField[] | undefined;
  const sharedFields = (): readonly TextField[] => (fields ??= textFields(source));
  for (const rule of settings.rules) {
    const { meta } = rule;
    const configured = settings.ruleConfig?.get(meta.id);
    const severity = configured?.severity ?? meta.defaultSeverity;
    if (severity === 'off') continue;
    const isTextRule = meta.kind === 'text';
    if (!result.ok && !isTextRule) continue;
    const options = configured ? configured.options : mergeOptions(meta.defaultOptions, undefined);
    const reported: Finding[] = [];
    const context: RuleContext<unknown> = {
      get agreement(): Agreement {
        if (!result.agreement) throw new AgreementUnavailable();
        return result.agreement;
      },
      source,
      options,
      textFields: sharedFields,
      report(finding: FindingReport) {
        const template = meta.messages[finding.messageId];
        if (template === undefined) throw new Error(`reported unknown message id \`${finding.messageId}\``);
        const messageSeverity = configured?.messageSeverities?.[finding.messageId] ?? severity;
        if (messageSeverity === 'off') return;
        const range: SourceRange = finding.range ?? source.sourceMap.rangeOf(finding.pointer, finding.at ?? 'value');
        reported.push({
          ruleId: meta.id,
          messageId: finding.messageId,
          severity: messageSeverity,
          message: fillTemplate(template, finding.data),
          file,
          pointer: finding.pointer,
          line: range.line,
          column: range.column,
          endLine: range.endLine,
          endColumn: range.endColumn,
          docsUrl: docsUrlOf(rule),
        });
      },
    };
    const started = times ? performance.now() : 0;
    try {
      const returned: unknown = rule.check(context);
      if (typeof (returned as Promise<unknown> | undefined)?.then === 'function') {
        // An async check (a plugin's mistake): its findings would come too late, and its rejection must not go unhandled.
        (returned as Promise<unknown>).then(undefined, () => undefined);
        throw new Error('its check returned a Promise; a rule\'s check must be synchronous');
      }
    } catch (error) {
      // A text rule that reaches for the model on an invalid document has nothing to say about it.
      if (error instanceof AgreementUnavailable) continue;
      raw.push(crashFinding(rule, error, file));
      if (!(rule as Partial<PluginRule>).plugin) ruleFailures.push({ ruleId: meta.id, message: (error as Error)?.message ?? String(error) });
      continue;
    } finally {
      times?.set(meta.id, performance.now() - started);
    }
    ran.add(meta.id);
    // One by one: a spread of a very long list overflows the call stack.
    for (const finding of reported) raw.push(finding);
  }

  const directives = parseDirectives(source.text);
  const { findings: marked, unused } = applyDirectives(raw, directives);
  const unusedSeverity = settings.reportUnusedDisableDirectives ?? 'warning';
  const known = settings.knownRuleIds ?? new Set(settings.rules.map((rule) => rule.meta.id));
  for (const entry of unused) {
    if (entry.ruleId !== undefined && !known.has(entry.ruleId)) {
      marked.push(unknownRuleFinding(entry, known, file));
      continue;
    }
    if (unusedSeverity === 'off') continue;
    // A directive for a rule that did not run (off, or structural on an invalid document) cannot be judged.
    if (entry.ruleId !== undefined ? !ran.has(entry.ruleId) : !result.ok) continue;
    marked.push(unusedDirectiveFinding(entry, unusedSeverity, file));
  }

  const findings = marked.filter((f) => !f.suppressed).sort(byRange);
  const suppressed = marked.filter((f) => f.suppressed).sort(byRange);
  let stats: LintStats | undefined;
  if (times) {
    stats = { rules: {}, time: 0 };
    for (const [ruleId, time] of times) {
      stats.rules[ruleId] = { time, findings: 0 };
      stats.time += time;
    }
    for (const finding of findings) {
      const entry = stats.rules[finding.ruleId];
      if (entry) entry.findings += 1;
    }
  }
  return {
    file,
    findings,
    suppressed,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    ruleFailures,
    ...(stats && { stats }),
  };
}

function unknownRuleFinding({ directive, ruleId }: UnusedDirective, known: ReadonlySet<string>, file: string): Finding {
  const suggestion = didYouMean(ruleId!, known);
  return {
    ruleId: DIRECTIVE_RULE_ID,
    messageId: 'unknownRule',
    severity: 'warning',
    message: fillTemplate(DIRECTIVE_MESSAGES.unknownRule, { ruleId: ruleId!, kind: directive.kind, hint: suggestion ? ` (did you mean \`${suggestion}\`?)` : '' }),
    file,
    pointer: '',
    ...directive.range,
    docsUrl: ENGINE_CHECKS[1].docsUrl,
  };
}

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
export function lintText(text: string, options: LintTextOptions): LintResult {
  const ruleConfig = new Map<string, RuleConfig>();
  for (const rule of options.rules) {
    const id = rule.meta.id;
    ruleConfig.set(id, {
      severity: options.severities?.[id] ?? rule.meta.defaultSeverity,
      options: mergeOptions(rule.meta.defaultOptions, options.ruleOptions?.[id]),
      ...(options.messageSeverities?.[id] && { messageSeverities: options.messageSeverities[id] }),
    });
  }
  const settings: LintSettings = { rules: options.rules, ruleConfig };
  if (options.reportUnusedDisableDirectives) settings.reportUnusedDisableDirectives = options.reportUnusedDisableDirectives;
  return lintAgreement(loadAgreementText(text, options.file ?? '<text>'), settings);
}

/** The built-in rules, loaded on first use so commands that do not lint never pay for them. */
export async function loadBuiltInRules(): Promise<readonly Rule<any>[]> {
  const { rules } = await import('./rules/index.js');
  return rules;
}

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
export class Linter {
  readonly cwd: string;
  readonly rules: readonly Rule<any>[];
  readonly #configs: ConfigLoader;
  readonly #options: LinterOptions;
  readonly #knownRuleIds: ReadonlySet<string>;
  readonly #ignoreMatchers = new Map<ResolvedConfig, Promise<(relativePath: string) => boolean>>();
  readonly #defaultConfig: ResolvedConfig;
  #ruleOverrides: Record<string, RuleEntry> | undefined;
  readonly #withOverrides = new WeakMap<ResolvedConfig, ResolvedConfig>();
  /** The rules to run and the rule ids that exist for a config with plugins: the built-in rules and its plugins'. */
  readonly #withPlugins = new WeakMap<readonly Rule<any>[], { rules: readonly Rule<any>[]; known: ReadonlySet<string> }>();
  readonly #pluginRules = new Map<string, Rule<any>>();

  private constructor(rules: readonly Rule<any>[], options: LinterOptions) {
    this.cwd = options.cwd;
    this.rules = rules;
    this.#options = options;
    this.#configs = new ConfigLoader(rules);
    this.#knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
    this.#defaultConfig = this.#configs.defaultConfig(options.cwd);
  }

  static async create(options: LinterOptions): Promise<Linter> {
    if (options.concurrency !== undefined && options.concurrency !== 'off') {
      const { checkConcurrency } = await import('./parallel.js');
      checkConcurrency(options.concurrency);
      if (options.rules) throw new TypeError('Linter: `rules` cannot be sent to worker threads; with `concurrency`, bring extra rules as a plugin in a config');
    }
    const linter = new Linter(options.rules ?? (await loadBuiltInRules()), options);
    if (options.ruleOverrides) linter.#ruleOverrides = await linter.#configs.checkRuleOverrides(options.ruleOverrides);
    // A named config is read up front, so a bad one fails the run before any file is linted.
    if (options.configFile) await linter.configFor(path.join(options.cwd, 'any.sla.yaml'));
    return linter;
  }

  /**
   * The configuration that applies to a file: `--config`, else the nearest config file, else `sla:recommended`;
   * with the `ruleOverrides` (`--rule`) on top.
   */
  async configFor(file: string): Promise<ResolvedConfig> {
    const base = await this.#baseConfigFor(file);
    if (!this.#ruleOverrides) return base;
    let config = this.#withOverrides.get(base);
    if (!config) {
      config = this.#configs.withRuleOverrides(base, this.#ruleOverrides);
      this.#withOverrides.set(base, config);
    }
    return config;
  }

  async #baseConfigFor(file: string): Promise<ResolvedConfig> {
    if (this.#options.configFile) return this.#configs.loadFile(path.resolve(this.cwd, this.#options.configFile));
    const found = await this.#configs.findConfigFile(path.dirname(path.resolve(this.cwd, file)));
    return found ? this.#configs.loadFile(found) : this.#defaultConfig;
  }

  /**
   * The config file whose `ignores` match the file, or undefined. Unlike `rules`, `ignores` add up: the nearest
   * config's and those of every config file in a directory above it apply, each relative to its own directory (so
   * a root config's `ignores: [test/**]` holds even where test/ has configs of its own). With `--config`, only
   * that file's `ignores` apply, relative to its directory.
   */
  async ignoredBy(file: string): Promise<string | undefined> {
    const absolute = path.resolve(this.cwd, file);
    if (this.#options.configFile) {
      const config = await this.#baseConfigFor(file);
      return (await this.#configIgnores(config, absolute)) ? config.file : undefined;
    }
    let directory = path.dirname(absolute);
    for (;;) {
      const found = await this.#configs.findConfigFile(directory);
      if (!found) return undefined;
      const config = await this.#configs.loadFile(found);
      if (await this.#configIgnores(config, absolute)) return found;
      const parent = path.dirname(path.dirname(found));
      if (parent === path.dirname(found)) return undefined;
      directory = parent;
    }
  }

  /** True when a config's `ignores` match the file. */
  async isIgnored(file: string): Promise<boolean> {
    return (await this.ignoredBy(file)) !== undefined;
  }

  async #configIgnores(config: ResolvedConfig, absolute: string): Promise<boolean> {
    if (config.ignores.length === 0) return false;
    const relative = relativeInside(config.baseDirectory, absolute);
    if (relative === undefined) return false;
    let matcher = this.#ignoreMatchers.get(config);
    if (!matcher) {
      matcher = globMatcher(config.ignores);
      this.#ignoreMatchers.set(config, matcher);
    }
    return (await matcher)(relative);
  }

  /** Lints an already loaded agreement with the config that applies to its file. */
  async lintLoaded(result: AgreementResult): Promise<LintResult> {
    const config = await this.configFor(result.source.file);
    const { rules, known } = this.#rulesFor(config);
    const settings: LintSettings = { rules, ruleConfig: config.rules, knownRuleIds: known };
    if (this.#options.reportUnusedDisableDirectives) settings.reportUnusedDisableDirectives = this.#options.reportUnusedDisableDirectives;
    if (this.#options.collectStats) settings.collectStats = true;
    return lintAgreement(result, settings);
  }

  /**
   * The rules of the plugins of every config used so far (ids `prefix/rule-id`), for formatters that describe the
   * rules (SARIF's `tool.driver.rules`): call it after linting.
   */
  get pluginRules(): readonly Rule<any>[] {
    return [...this.#pluginRules.values()];
  }

  #rulesFor(config: ResolvedConfig): { rules: readonly Rule<any>[]; known: ReadonlySet<string> } {
    const pluginRules = config.pluginRules;
    if (!pluginRules?.length) return { rules: this.rules, known: this.#knownRuleIds };
    let entry = this.#withPlugins.get(pluginRules);
    if (!entry) {
      const rules = [...this.rules, ...pluginRules];
      entry = { rules, known: new Set(rules.map((rule) => rule.meta.id)) };
      this.#withPlugins.set(pluginRules, entry);
      for (const rule of pluginRules) if (!this.#pluginRules.has(rule.meta.id)) this.#pluginRules.set(rule.meta.id, rule);
    }
    return entry;
  }

  /** Lints text (e.g. stdin) as if it were `file`. */
  async lintText(text: string, file: string): Promise<LintResult> {
    return this.lintLoaded(loadAgreementText(text, file, this.#options.load));
  }

  /**
   * Expands files, directories and globs (as `sla validate` does), skips ignored files and lints the rest.
   * `onFilesFound` hears which files the inputs name before any is read (the CLI tunes the heap by their number).
   */
  async lintFiles(inputs: readonly string[], { onFilesFound, onProgress, onWorkers }: LintFilesHooks = {}): Promise<LintRun> {
    const options = this.#options;
    const search = await findAgreementFiles(inputs, this.cwd, {
      ignore: options.ignore ?? true,
      ignorePatterns: options.ignorePatterns ?? [],
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern ?? true,
      ignoredBy: async (absolute) => {
        const configFile = await this.ignoredBy(absolute);
        return configFile === undefined ? undefined : { kind: 'config', configFile };
      },
    });
    onFilesFound?.(search.files);
    const run: LintRun = { results: [], problems: [...search.problems], ignored: search.ignored };
    if (options.concurrency !== undefined && options.concurrency !== 'off') {
      const parallel = await import('./parallel.js');
      const workers = parallel.workerCount(options.concurrency, search.files.length);
      onWorkers?.(workers);
      if (workers > 0) {
        await parallel.lintInWorkers({
          cwd: this.cwd, options, files: search.files, workers, problems: run.problems, results: run.results,
          configFor: async (file) => {
            const config = await this.configFor(file);
            this.#rulesFor(config);
            return config;
          },
          lintLoaded: (result) => this.lintLoaded(result),
          ...(onProgress && { onProgress }),
        });
        return run;
      }
    }
    // The disk reads the next files while one is linted.
    const cache = options.cache;
    let done = 0;
    for await (const [file, read] of readAhead(search.files, (file) => readAgreementSource(path.resolve(this.cwd, file), options.load))) {
      onProgress?.(++done, search.files.length, file);
      const absolute = path.resolve(this.cwd, file);
      // With a cache, an unchanged file under unchanged settings is neither parsed nor linted again.
      const keys = cache && read.text !== undefined ? { content: cache.contentKey(read.text), config: await cache.configKey(await this.configFor(file)) } : undefined;
      const cached = keys && cache!.get(absolute, keys.content, keys.config, file);
      if (cached) {
        run.results.push(cached);
        continue;
      }
      const result = read.check();
      result.source.file = file;
      for (const d of result.diagnostics) d.file = file;
      if (result.unreadable) {
        cache?.delete(absolute);
        run.problems.push({ input: file, message: result.diagnostics[0]?.message ?? 'cannot read the file', kind: 'unreadable' });
        continue;
      }
      const linted = await this.lintLoaded(result);
      if (keys) cache!.set(absolute, keys.content, keys.config, linted);
      run.results.push(linted);
    }
    return run;
  }
}

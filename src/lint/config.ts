/**
 * Lint configuration: `.slarc.yaml` (or `sla.config.yaml`), found by walking up from each linted file.
 *
 *   extends: sla:recommended          # or sla:strict, or a list; default sla:recommended
 *   rules:
 *     vague-wording: warning          # off | info | warning | error
 *     client-responsibilities: [error, { required: [designated-contact] }]
 *   ignores: [drafts/**]               # globs, relative to the config file
 *
 * The config is validated with Ajv (rule options against each rule's own options schema); any problem is a
 * ConfigError that names the config file, line and column.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SourceRange } from '../diagnostics.js';
import { DEFAULT_LIMITS, parseYamlSource } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import { didYouMean, listOf } from '../util/did-you-mean.js';
import { DEFAULT_PRESET, findPreset, PRESETS } from './presets.js';
import type { Rule, RuleSetting } from './types.js';

/** Names looked for in each directory, in this order. */
export const CONFIG_FILE_NAMES = ['.slarc.yaml', '.slarc.yml', 'sla.config.yaml', 'sla.config.yml'] as const;
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

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
export class RuleOverrideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleOverrideError';
  }
}

/** A configuration ready to lint with: one entry per registered rule. */
export interface ResolvedConfig {
  /** The config file it came from; undefined for the built-in default. */
  file?: string;
  rules: Map<string, RuleConfig>;
  /** Ignore globs, relative to `baseDirectory`. */
  ignores: string[];
  baseDirectory: string;
}

/** A config file that cannot be used: where and why. The command exits 2. */
export class ConfigError extends Error {
  constructor(message: string, readonly file: string, readonly range: SourceRange) {
    super(message);
    this.name = 'ConfigError';
  }

  /** `file:line:col: message`, as editors and terminals link it. */
  override toString(): string {
    return `${this.file}:${this.range.line}:${this.range.column}: ${this.message}`;
  }
}

/** The JSON Schema of a config file, made from the rules so it cannot drift from them (for editors and docs). */
export function configSchema(rules: readonly Rule<any>[]): Record<string, unknown> {
  const severity = { enum: [...RULE_SETTINGS] };
  const ruleProperties = Object.fromEntries(rules.map((rule) => [rule.meta.id, {
    description: `${rule.meta.description} (default: ${rule.meta.defaultSeverity})`,
    anyOf: [
      severity,
      { type: 'array', prefixItems: [severity, ...(rule.meta.optionsSchema ? [rule.meta.optionsSchema] : [])], minItems: 1, maxItems: rule.meta.optionsSchema ? 2 : 1 },
    ],
  }]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'sla lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      extends: {
        description: 'Built-in presets to start from, applied in order.',
        anyOf: [{ enum: PRESETS.map((p) => p.name) }, { type: 'array', items: { enum: PRESETS.map((p) => p.name) } }],
      },
      rules: { type: 'object', additionalProperties: false, properties: ruleProperties },
      ignores: { type: 'array', items: { type: 'string', minLength: 1 } },
    },
  };
}

/** The shape of the file itself; each rule entry is checked separately for clearer messages. */
const FILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    rules: { type: 'object' },
    ignores: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

type Ajv = import('ajv').default;

function describeAjvError(error: ErrorObject, where: string): string {
  const at = where === '' ? 'the config' : `\`${where.slice(1).replace(/\//g, '.')}\``;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      return `${at} has an unknown key \`${extra}\``;
    }
    case 'enum':
      return `${at} must be one of ${listOf((error.params.allowedValues as unknown[]).map(String))}`;
    case 'anyOf':
      return `${at} has the wrong type`;
    default:
      return `${at} ${error.message ?? 'is not valid'}`;
  }
}

/**
 * Reads and validates config files against a set of rules. Holds the compiled validators, so build one per run
 * and reuse it for every file: Ajv compiles each schema once.
 */
export class ConfigLoader {
  readonly #rules: Map<string, Rule<any>>;
  #ajv: Ajv | undefined;
  #fileValidator: ValidateFunction | undefined;
  readonly #optionValidators = new Map<string, ValidateFunction>();
  readonly #byFile = new Map<string, Promise<ResolvedConfig>>();
  readonly #byDirectory = new Map<string, Promise<string | undefined>>();

  constructor(rules: readonly Rule<any>[]) {
    this.#rules = new Map(rules.map((rule) => [rule.meta.id, rule]));
  }

  /** The built-in configuration (`sla:recommended`), used when no config file applies. */
  defaultConfig(baseDirectory: string): ResolvedConfig {
    return { rules: this.#settings([DEFAULT_PRESET], {}), ignores: [], baseDirectory };
  }

  /** The nearest config file in `directory` or above it; results are cached per directory. */
  findConfigFile(directory: string): Promise<string | undefined> {
    const absolute = path.resolve(directory);
    let found = this.#byDirectory.get(absolute);
    if (!found) {
      found = (async () => {
        for (const name of CONFIG_FILE_NAMES) {
          const candidate = path.join(absolute, name);
          // A directory with a config file's name is a mistake to report (loadFile says what it is), not a file to skip.
          if (await stat(candidate).then(() => true, () => false)) return candidate;
        }
        const parent = path.dirname(absolute);
        return parent === absolute ? undefined : this.findConfigFile(parent);
      })();
      this.#byDirectory.set(absolute, found);
    }
    return found;
  }

  /** Reads and validates a config file once; later calls share the result. Rejects with a ConfigError. */
  loadFile(file: string): Promise<ResolvedConfig> {
    const absolute = path.resolve(file);
    let loaded = this.#byFile.get(absolute);
    if (!loaded) {
      loaded = (async () => {
        // Held to an agreement's limits: a config is small UTF-8 text, never a directory, binary or a huge file.
        const read = await readSource(absolute, DEFAULT_LIMITS.maxBytes);
        if (!read.ok) {
          const message = read.diagnostic.message.replace(/^cannot read the file: /, '').replace(/^the file\b/, 'it').replace(/ limit for an agreement; is this the right file\? \(raise the limit with --max-bytes\)$/, ' limit; is this the right file?');
          throw new ConfigError(`cannot read the config file: ${message}`, file, read.diagnostic.range);
        }
        return this.parse(read.text, file);
      })();
      this.#byFile.set(absolute, loaded);
    }
    return loaded;
  }

  /** Validates config text and resolves it against the rules. Throws a ConfigError naming file:line:col. */
  async parse(text: string, file: string): Promise<ResolvedConfig> {
    const baseDirectory = path.dirname(path.resolve(file));
    if (text.trim() === '') return { file, ...this.defaultConfig(baseDirectory) };
    const source = parseYamlSource(text, file);
    // A file of comments only is an empty config, as an empty file is: the defaults apply.
    if (source.diagnostics.some((d) => d.code === 'empty-file')) return { file, ...this.defaultConfig(baseDirectory) };
    const problem = source.diagnostics.find((d) => d.severity === 'error');
    if (problem) {
      const message = problem.code === 'not-a-mapping' ? 'a config file is a mapping with `extends`, `rules` and `ignores`' : problem.message;
      throw new ConfigError(message, file, problem.range);
    }
    const fail = (message: string, pointer: string, at: 'key' | 'value' = 'value'): never => {
      throw new ConfigError(message, file, source.sourceMap.rangeOf(pointer, at));
    };
    const ajv = await this.#ajvInstance();
    this.#fileValidator ??= ajv.compile(FILE_SCHEMA);
    const data = source.data as Record<string, unknown>;
    if (!this.#fileValidator(data)) {
      const error = this.#fileValidator.errors![0]!;
      if (error.keyword === 'additionalProperties') {
        const key = String(error.params.additionalProperty);
        const hint = didYouMean(key, ['extends', 'rules', 'ignores']);
        fail(`unknown key \`${key}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; a config has ${listOf(['extends', 'rules', 'ignores'], 'and')}`, `${error.instancePath}/${key}`, 'key');
      }
      fail(describeAjvError(error, error.instancePath), error.instancePath);
    }

    const presets = data.extends === undefined ? [DEFAULT_PRESET] : typeof data.extends === 'string' ? [data.extends] : (data.extends as string[]);
    presets.forEach((name, index) => {
      if (findPreset(name)) return;
      const hint = didYouMean(name, PRESETS.map((p) => p.name));
      fail(`unknown preset \`${name}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; the built-in presets are ${listOf(PRESETS.map((p) => p.name))}`, Array.isArray(data.extends) ? `/extends/${index}` : '/extends');
    });

    const configured: Record<string, RuleEntry> = {};
    for (const [ruleId, entry] of Object.entries((data.rules ?? {}) as Record<string, unknown>)) {
      const pointer = `/rules/${ruleId.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      configured[ruleId] = this.#checkRuleEntry(ajv, ruleId, entry, pointer, fail);
    }
    const ignores = (data.ignores ?? []) as string[];
    return { file, rules: this.#settings(presets, configured), ignores, baseDirectory };
  }

  /** Checks one `rules` entry (`severity` or `[severity, options]`); `fail` throws, naming where (a JSON pointer). */
  #checkRuleEntry(ajv: Ajv, ruleId: string, entry: unknown, pointer: string, fail: (message: string, pointer: string, at?: 'key' | 'value') => never): RuleEntry {
    const rule = this.#rules.get(ruleId);
    if (!rule) {
      const hint = didYouMean(ruleId, this.#rules.keys());
      fail(`unknown rule \`${ruleId}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; run \`sla rules\` for the list`, pointer, 'key');
    }
    const tuple = Array.isArray(entry) ? entry : [entry];
    const severity = tuple[0];
    if (typeof severity !== 'string' || !RULE_SETTINGS.includes(severity as RuleSetting)) {
      fail(`the severity of \`${ruleId}\` must be ${listOf(RULE_SETTINGS)}, or a list \`[severity, { options }]\``, Array.isArray(entry) ? `${pointer}/0` : pointer);
    }
    if (tuple.length > 2) fail(`\`${ruleId}\` takes at most two entries: \`[severity, { options }]\``, `${pointer}/2`);
    if (tuple.length === 2) {
      const schema = rule!.meta.optionsSchema;
      if (!schema) fail(`\`${ruleId}\` takes no options; write only its severity`, `${pointer}/1`);
      const validate = this.#optionsValidator(ajv, rule!);
      if (!validate(tuple[1])) {
        const error = validate.errors![0]!;
        const where = `${pointer}/1${error.instancePath}`;
        if (error.keyword === 'additionalProperties') {
          const key = String(error.params.additionalProperty);
          const known = Object.keys((schema!.properties as Record<string, unknown> | undefined) ?? {});
          const hint = didYouMean(key, known);
          fail(`\`${ruleId}\` has no option \`${key}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}${known.length ? `; its options are ${listOf(known, 'and')}` : ''}`, `${where}/${key}`, 'key');
        }
        fail(`option of \`${ruleId}\`: ${describeAjvError(error, `/${ruleId}${error.instancePath}`)}`, where);
      }
    }
    return tuple.length === 2 ? { severity: severity as RuleSetting, options: tuple[1] } : { severity: severity as RuleSetting };
  }

  /**
   * Validates rule settings given on the command line (`--rule`), with the messages of a config file's `rules`.
   * Throws a RuleOverrideError for an unknown rule id, a bad severity or bad options.
   */
  async checkRuleOverrides(entries: Readonly<Record<string, unknown>>): Promise<Record<string, RuleEntry>> {
    const ajv = await this.#ajvInstance();
    const fail = (message: string): never => {
      throw new RuleOverrideError(message);
    };
    const checked: Record<string, RuleEntry> = {};
    for (const [ruleId, entry] of Object.entries(entries)) checked[ruleId] = this.#checkRuleEntry(ajv, ruleId, entry, '', fail);
    return checked;
  }

  /**
   * A config with command-line rule settings on top, as ESLint's `--rule`: a severity alone keeps the options the
   * config gave; `[severity, options]` replaces them (merged over the rule's defaults). Either way the rule's
   * severity is for all its messages (a preset's per-message severities no longer apply).
   */
  withRuleOverrides(config: ResolvedConfig, overrides: Readonly<Record<string, RuleEntry>>): ResolvedConfig {
    const rules = new Map(config.rules);
    for (const [ruleId, entry] of Object.entries(overrides)) {
      const rule = this.#rules.get(ruleId);
      if (!rule) continue;
      const before = rules.get(ruleId);
      rules.set(ruleId, {
        severity: entry.severity,
        options: 'options' in entry ? mergeOptions(rule.meta.defaultOptions, entry.options) : before?.options ?? mergeOptions(rule.meta.defaultOptions, undefined),
      });
    }
    return { ...config, rules };
  }

  #settings(presets: readonly string[], configured: Record<string, RuleEntry>): Map<string, RuleConfig> {
    const rules = [...this.#rules.values()];
    const severities: Record<string, RuleSetting> = {};
    const messageSeverities: Record<string, Record<string, RuleSetting>> = {};
    for (const name of presets) {
      const preset = findPreset(name)!;
      const settings = preset.settings(rules);
      // A later preset that sets a rule replaces what an earlier one said about its messages.
      for (const id of Object.keys(settings)) delete messageSeverities[id];
      Object.assign(severities, settings);
      Object.assign(messageSeverities, preset.messageSettings?.(rules));
    }
    const resolved = new Map<string, RuleConfig>();
    for (const rule of rules) {
      const entry = configured[rule.meta.id];
      const messages = entry ? undefined : messageSeverities[rule.meta.id];
      resolved.set(rule.meta.id, {
        severity: entry?.severity ?? severities[rule.meta.id] ?? 'off',
        options: mergeOptions(rule.meta.defaultOptions, entry?.options),
        ...(messages && { messageSeverities: messages }),
      });
    }
    return resolved;
  }

  async #ajvInstance(): Promise<Ajv> {
    if (!this.#ajv) {
      // Ajv is only needed when a config file exists; keep it out of the start-up path.
      // A CommonJS module: its exports are the namespace's `default`, and the class is their `default`.
      const Ajv2020 = (await import('ajv/dist/2020.js')).default.default;
      this.#ajv = new Ajv2020({ allErrors: false, strict: false }) as unknown as Ajv;
    }
    return this.#ajv;
  }

  #optionsValidator(ajv: Ajv, rule: Rule<any>): ValidateFunction {
    let validate = this.#optionValidators.get(rule.meta.id);
    if (!validate) {
      validate = ajv.compile(rule.meta.optionsSchema ?? {});
      this.#optionValidators.set(rule.meta.id, validate);
    }
    return validate;
  }
}

/** A rule's options: its defaults with the configured options on top (one level deep, like ESLint's defaultOptions). */
export function mergeOptions(defaults: unknown, configured: unknown): unknown {
  if (configured === undefined) return defaults ?? {};
  if (isPlainObject(defaults) && isPlainObject(configured)) return { ...defaults, ...configured };
  return configured;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

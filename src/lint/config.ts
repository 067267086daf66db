/**
 * Lint configuration: `.slarc.yaml` (or `sla.config.yaml`), found by walking up from each linted file.
 *
 *   extends: sla:recommended          # or sla:strict, ./base.slarc.yaml, @acme/sla-config, or a list; default sla:recommended
 *   plugins: { acme: '@acme/sla-plugin' }   # rules from plugins, set as acme/<rule-id>
 *   rules:
 *     vague-wording: warning          # off | info | warning | error
 *     client-responsibilities: [error, { required: [designated-contact] }]
 *   ignores: [drafts/**]               # globs, relative to the config file
 *
 * The config is validated with Ajv (rule options against each rule's own options schema); any problem is a
 * ConfigError that names the config file, line and column. Extended configs are validated the same way, and named
 * in the error. Packages and plugin modules are resolved and imported by ./plugins.ts, only when a config names them.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SourceRange } from '../diagnostics.js';
import { DEFAULT_LIMITS, parseYamlSource } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import { didYouMean, listOf } from '../util/did-you-mean.js';
import { DEFAULT_PRESET, findPreset, PRESETS } from './presets.js';
import { checkPlugin, ExtensionError, importModule, isJavaScriptFile, isPackageSpecifier, isPathSpecifier, PLUGIN_PREFIX, resolveModule } from './plugins.js';
import type { LoadedPluginInfo, PluginRule, Rule, RuleSetting } from './types.js';

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
  const entry = (rule?: Rule<any>) => ({
    anyOf: [
      severity,
      rule
        ? { type: 'array', prefixItems: [severity, ...(rule.meta.optionsSchema ? [rule.meta.optionsSchema] : [])], minItems: 1, maxItems: rule.meta.optionsSchema ? 2 : 1 }
        : { type: 'array', prefixItems: [severity], minItems: 1, maxItems: 2 },
    ],
  });
  const ruleProperties = Object.fromEntries(rules.map((rule) => [rule.meta.id, {
    description: `${rule.meta.description} (default: ${rule.meta.defaultSeverity})`,
    ...entry(rule),
  }]));
  const presetNames = PRESETS.map((p) => p.name);
  const extendsEntry = {
    anyOf: [
      { enum: presetNames },
      { type: 'string', pattern: '^\\.\\.?/', description: 'A config file, relative to this one: ./base.slarc.yaml' },
      { type: 'string', pattern: '^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*(/.+)?$', not: { enum: presetNames }, description: 'A shared config package: @acme/sla-config' },
    ],
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'sla lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      extends: {
        description: 'Built-in presets, shared config packages or config files (./path) to start from, applied in order; later ones override earlier ones.',
        anyOf: [extendsEntry, { type: 'array', items: extendsEntry }],
      },
      plugins: {
        description: 'Plugins whose rules this config sets, as `prefix/rule-id`: a mapping of prefix to package or ./path, or a list of packages.',
        anyOf: [
          { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
          { type: 'array', items: { type: 'string', minLength: 1 } },
        ],
      },
      rules: {
        type: 'object',
        properties: ruleProperties,
        // A plugin's rules, `prefix/rule-id`: their options are checked when the plugin loads.
        patternProperties: { '^(@[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?|[a-z0-9][a-z0-9._-]*)/[a-z0-9]+(-[a-z0-9]+)*$': entry() },
        additionalProperties: false,
      },
      ignores: { type: 'array', items: { type: 'string', minLength: 1 } },
    },
  };
}

const CONFIG_KEYS = ['extends', 'plugins', 'rules', 'ignores'];

/** The shape of the file itself; each rule entry is checked separately for clearer messages. */
const FILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    plugins: { anyOf: [{ type: 'object', additionalProperties: { type: 'string', minLength: 1 } }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
    rules: { type: 'object' },
    ignores: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

type Ajv = import('ajv').default;
type Fail = (message: string, pointer: string, at?: 'key' | 'value') => never;

const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** One config file or module, checked in shape, with its `extends` resolved to presets and files. */
interface RawConfig {
  /** As messages name it. */
  file: string;
  absolute: string;
  data: Record<string, unknown>;
  fail: Fail;
  parents: ({ preset: string } | { file: string; pointer: string; packageJson?: string })[];
  /** Read from disk (not text given to `parse`), so what is learnt about it holds for the run. */
  fromDisk: boolean;
}

/** One step that makes a config's rules: a preset, or a config's `rules`. */
type Step = { preset: string } | { rules: Record<string, RuleEntry> };

interface LoadedPlugin {
  info: LoadedPluginInfo;
  rules: PluginRule[];
  packageJson?: string;
}

/** A config with what it extends applied, in order. */
interface ConfigLayer {
  steps: Step[];
  plugins: Map<string, LoadedPlugin>;
  ignores: string[];
  sources: string[];
}

function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

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
 *
 * `extends` takes built-in presets, config files (`./base.slarc.yaml`, relative to the config) and shared config
 * packages (`@acme/sla-config`, resolved as Node does from the config's folder); `plugins` takes packages and paths
 * of plugins whose rules the config sets as `prefix/rule-id`. Both load only when a config names them. Each extended
 * config is validated as a config file is; a cycle, a missing package or a broken plugin is a ConfigError.
 */
export class ConfigLoader {
  readonly #rules: Map<string, Rule<any>>;
  #ajv: Ajv | undefined;
  #fileValidator: ValidateFunction | undefined;
  readonly #optionValidators = new WeakMap<Rule<any>, ValidateFunction>();
  readonly #byFile = new Map<string, Promise<ResolvedConfig>>();
  readonly #byDirectory = new Map<string, Promise<string | undefined>>();
  readonly #raws = new Map<string, Promise<RawConfig>>();
  readonly #layers = new Map<string, Promise<ConfigLayer>>();
  readonly #acyclic = new Set<string>();
  readonly #plugins = new Map<string, Promise<LoadedPlugin>>();

  constructor(rules: readonly Rule<any>[]) {
    this.#rules = new Map(rules.map((rule) => [rule.meta.id, rule]));
  }

  /** The built-in configuration (`sla:recommended`), used when no config file applies. */
  defaultConfig(baseDirectory: string): ResolvedConfig {
    return { rules: this.#settings([{ preset: DEFAULT_PRESET }], []), ignores: [], baseDirectory, sources: [] };
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
      loaded = (async () => this.#resolve(await this.#raw(absolute, file)))();
      this.#byFile.set(absolute, loaded);
    }
    return loaded;
  }

  /** Validates config text and resolves it against the rules. Throws a ConfigError naming file:line:col. */
  async parse(text: string, file: string): Promise<ResolvedConfig> {
    return this.#resolve(await this.#rawFromText(text, file, false));
  }

  async #resolve(raw: RawConfig): Promise<ResolvedConfig> {
    await this.#checkCycles(raw, []);
    const layer = raw.fromDisk ? await this.#layer(raw.absolute) : await this.#layerOf(raw);
    const plugins = [...layer.plugins.values()];
    const pluginRules = plugins.flatMap((plugin) => plugin.rules);
    return {
      file: raw.file,
      rules: this.#settings(layer.steps, pluginRules),
      ignores: layer.ignores,
      baseDirectory: path.dirname(raw.absolute),
      sources: layer.sources,
      plugins: plugins.map((plugin) => plugin.info),
      pluginRules,
    };
  }

  /** A config file or module, read and checked in shape once per run. */
  #raw(absolute: string, file: string = absolute): Promise<RawConfig> {
    let raw = this.#raws.get(absolute);
    if (!raw) {
      raw = (async () => {
        if (isJavaScriptFile(absolute)) {
          let exported: unknown;
          try {
            exported = await importModule(absolute, 'config', file);
          } catch (error) {
            if (error instanceof ExtensionError) throw new ConfigError(error.message, file, FILE_START);
            throw error;
          }
          if (!isPlainObject(exported)) throw new ConfigError('a config module exports the config object (`export default { extends, plugins, rules, ignores }` or `module.exports = {...}`)', file, FILE_START);
          return this.#rawFromData(exported, file, absolute, () => FILE_START, true);
        }
        // Held to an agreement's limits: a config is small UTF-8 text, never a directory, binary or a huge file.
        const read = await readSource(absolute, DEFAULT_LIMITS.maxBytes);
        if (!read.ok) {
          const message = read.diagnostic.message.replace(/^cannot read the file: /, '').replace(/^the file\b/, 'it').replace(/ limit for an agreement; is this the right file\? \(raise the limit with --max-bytes\)$/, ' limit; is this the right file?');
          throw new ConfigError(`cannot read the config file: ${message}`, file, read.diagnostic.range);
        }
        return this.#rawFromText(read.text, file, true);
      })();
      this.#raws.set(absolute, raw);
    }
    return raw;
  }

  async #rawFromText(text: string, file: string, fromDisk: boolean): Promise<RawConfig> {
    const absolute = path.resolve(file);
    if (text.trim() === '') return this.#rawFromData({}, file, absolute, () => FILE_START, false, fromDisk);
    const source = parseYamlSource(text, file);
    // A file of comments only is an empty config, as an empty file is: the defaults apply.
    if (source.diagnostics.some((d) => d.code === 'empty-file')) return this.#rawFromData({}, file, absolute, () => FILE_START, false, fromDisk);
    const problem = source.diagnostics.find((d) => d.severity === 'error');
    if (problem) {
      const message = problem.code === 'not-a-mapping' ? 'a config file is a mapping with `extends`, `plugins`, `rules` and `ignores`' : problem.message;
      throw new ConfigError(message, file, problem.range);
    }
    return this.#rawFromData(source.data as Record<string, unknown>, file, absolute, (pointer, at) => source.sourceMap.rangeOf(pointer, at), false, fromDisk);
  }

  async #rawFromData(data: Record<string, unknown>, file: string, absolute: string, locate: (pointer: string, at: 'key' | 'value') => SourceRange, isModule: boolean, fromDisk = true): Promise<RawConfig> {
    const fail: Fail = (message, pointer, at = 'value') => {
      // A module has no lines to point at: the message says where in the object.
      const where = isModule && pointer !== '' ? ` (at \`${pointer.slice(1).replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~')}\`)` : '';
      throw new ConfigError(`${message}${where}`, file, locate(pointer, at));
    };
    const ajv = await this.#ajvInstance();
    this.#fileValidator ??= ajv.compile(FILE_SCHEMA);
    if (!this.#fileValidator(data)) {
      const error = this.#fileValidator.errors![0]!;
      if (error.keyword === 'additionalProperties' && error.instancePath === '') {
        const key = String(error.params.additionalProperty);
        const hint = didYouMean(key, CONFIG_KEYS);
        fail(`unknown key \`${key}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; a config has ${listOf(CONFIG_KEYS, 'and')}`, `${error.instancePath}/${pointerKey(key)}`, 'key');
      }
      fail(describeAjvError(error, error.instancePath), error.instancePath);
    }

    const names = data.extends === undefined ? [DEFAULT_PRESET] : typeof data.extends === 'string' ? [data.extends] : (data.extends as string[]);
    const parents: RawConfig['parents'] = [];
    for (const [index, name] of names.entries()) {
      const pointer = Array.isArray(data.extends) ? `/extends/${index}` : '/extends';
      const preset = findPreset(name);
      if (preset) {
        parents.push({ preset: preset.name });
        continue;
      }
      const presetNames = PRESETS.map((p) => p.name);
      if (name.startsWith('sla:')) {
        const hint = didYouMean(name, presetNames);
        fail(`unknown preset \`${name}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; the built-in presets are ${listOf(presetNames)}`, pointer);
      }
      if (!isPathSpecifier(name) && !isPackageSpecifier(name)) {
        fail(`\`${name}\` in \`extends\` is neither a built-in preset (${listOf(presetNames)}), a config file (\`./base.slarc.yaml\`, relative to this config) nor a package name (\`@acme/sla-config\`)`, pointer);
      }
      try {
        const module = resolveModule(name, absolute, 'shared config');
        parents.push({ file: module.file, pointer, ...(module.packageJson && !isPathSpecifier(name) && { packageJson: module.packageJson }) });
      } catch (error) {
        if (!(error instanceof ExtensionError)) throw error;
        let message = error.message;
        if (!isPathSpecifier(name)) {
          const hint = didYouMean(name, [...presetNames, ...presetNames.map((p) => p.slice('sla:'.length))]);
          if (hint) message = `\`${name}\` is not a built-in preset (did you mean \`${findPreset(hint)!.name}\`?), and ${message}`;
          else if (existsSync(path.resolve(path.dirname(absolute), name))) message += `; to extend the file ${name} next to ${path.basename(file)}, write \`./${name}\``;
        }
        fail(message, pointer);
      }
    }
    return { file, absolute, data, fail, parents, fromDisk };
  }

  /** Refuses `extends` that lead back to a config on the way (`a.yaml → b.yaml → a.yaml`), with the chain. */
  async #checkCycles(raw: RawConfig, chain: readonly string[]): Promise<void> {
    if (raw.fromDisk && this.#acyclic.has(raw.absolute)) return;
    const here = [...chain, raw.absolute];
    for (const parent of raw.parents) {
      if (!('file' in parent)) continue;
      if (here.includes(parent.file)) {
        const base = path.dirname(here[0]!);
        const names = [...here, parent.file].map((file) => path.relative(base, file) || path.basename(file));
        raw.fail(`\`extends\` makes a cycle: ${names.join(' → ')}; a config cannot extend itself, directly or through others`, parent.pointer);
      }
      await this.#checkCycles(await this.#raw(parent.file), here);
    }
    if (raw.fromDisk) this.#acyclic.add(raw.absolute);
  }

  /** A config file with what it extends applied, once per run. Only for files whose `extends` have no cycle. */
  #layer(absolute: string): Promise<ConfigLayer> {
    let layer = this.#layers.get(absolute);
    if (!layer) {
      layer = (async () => this.#layerOf(await this.#raw(absolute)))();
      this.#layers.set(absolute, layer);
    }
    return layer;
  }

  async #layerOf(raw: RawConfig): Promise<ConfigLayer> {
    const { data, fail } = raw;
    const ajv = await this.#ajvInstance();
    const steps: Step[] = [];
    const plugins = new Map<string, LoadedPlugin>();
    const ignores: string[] = [];
    const sources: string[] = [raw.absolute];
    const addPlugin = (prefix: string, plugin: LoadedPlugin, pointer: string): void => {
      const existing = plugins.get(prefix);
      if (existing && existing.info.file !== plugin.info.file) {
        fail(`the plugin prefix \`${prefix}\` would name two plugins, \`${existing.info.specifier}\` (${existing.info.file}) and \`${plugin.info.specifier}\` (${plugin.info.file}); give one of them another prefix`, pointer);
      }
      if (!existing) plugins.set(prefix, plugin);
    };
    for (const parent of raw.parents) {
      if ('preset' in parent) {
        steps.push(parent);
        continue;
      }
      const layer = await this.#layer(parent.file);
      steps.push(...layer.steps);
      ignores.push(...layer.ignores);
      sources.push(...layer.sources);
      if (parent.packageJson) sources.push(parent.packageJson);
      for (const [prefix, plugin] of layer.plugins) addPlugin(prefix, plugin, parent.pointer);
    }

    const declared: [prefix: string | undefined, specifier: string, pointer: string][] = Array.isArray(data.plugins)
      ? (data.plugins as string[]).map((specifier, index) => [undefined, specifier, `/plugins/${index}`])
      : Object.entries((data.plugins ?? {}) as Record<string, string>).map(([prefix, specifier]) => [prefix, specifier, `/plugins/${pointerKey(prefix)}`]);
    for (const [prefix, specifier, pointer] of declared) {
      if (prefix !== undefined && !PLUGIN_PREFIX.test(prefix)) {
        fail(`\`${prefix}\` cannot be a plugin prefix: use lower-case letters, digits, \`-\`, \`.\` and \`_\` (\`acme\`, or \`@acme\` / \`@acme/legal\` for a scope)`, pointer, 'key');
      }
      if (!isPathSpecifier(specifier) && !isPackageSpecifier(specifier)) {
        fail(`\`${specifier}\` in \`plugins\` is neither a path (\`./plugins/acme.js\`, relative to this config) nor a package name (\`@acme/sla-plugin\`)`, pointer);
      }
      let plugin: LoadedPlugin;
      try {
        plugin = await this.#loadPlugin(specifier, raw.absolute, prefix, ajv);
      } catch (error) {
        if (error instanceof ExtensionError) fail(error.message, pointer);
        throw error;
      }
      addPlugin(plugin!.info.prefix, plugin!, pointer);
      sources.push(plugin!.info.file, ...(plugin!.packageJson ? [plugin!.packageJson] : []));
    }

    const configured: Record<string, RuleEntry> = {};
    for (const [ruleId, entry] of Object.entries((data.rules ?? {}) as Record<string, unknown>)) {
      const pointer = `/rules/${pointerKey(ruleId)}`;
      const found = this.#lookupRule(ruleId, plugins);
      if (typeof found === 'string') fail(found, pointer, 'key');
      configured[ruleId] = this.#checkRuleEntry(ajv, ruleId, entry, pointer, fail, found as Rule<any>);
    }
    steps.push({ rules: configured });
    ignores.push(...((data.ignores ?? []) as string[]));
    return { steps, plugins, ignores, sources: [...new Set(sources)] };
  }

  /** Resolves, imports and checks a plugin once per run (per prefix). Throws an ExtensionError. */
  #loadPlugin(specifier: string, fromFile: string, prefix: string | undefined, ajv: Ajv): Promise<LoadedPlugin> {
    const module = resolveModule(specifier, fromFile, 'plugin');
    const key = `${prefix ?? ''}\0${specifier}\0${module.file}`;
    let loaded = this.#plugins.get(key);
    if (!loaded) {
      loaded = (async () => {
        if (!isJavaScriptFile(module.file)) throw new ExtensionError(`the plugin \`${specifier}\` resolves to ${module.file}, which is not a JavaScript module (.js, .mjs or .cjs)`);
        const exported = await importModule(module.file, 'plugin', specifier);
        const { info, rules } = checkPlugin(exported, module, prefix, (schema) => ajv.compile(schema));
        return { info, rules, ...(module.packageJson && { packageJson: module.packageJson }) };
      })();
      this.#plugins.set(key, loaded);
    }
    return loaded;
  }

  /** A rule by id among the built-in rules and the config's plugins' rules, or a message saying why there is none. */
  #lookupRule(ruleId: string, plugins: ReadonlyMap<string, LoadedPlugin>): Rule<any> | string {
    const slash = ruleId.lastIndexOf('/');
    if (slash < 0) {
      const rule = this.#rules.get(ruleId);
      if (rule) return rule;
      const hint = didYouMean(ruleId, this.#rules.keys());
      return `unknown rule \`${ruleId}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; run \`sla rules\` for the list`;
    }
    const prefix = ruleId.slice(0, slash);
    const plugin = plugins.get(prefix);
    if (!plugin) {
      const hint = didYouMean(prefix, plugins.keys());
      return `unknown rule \`${ruleId}\`: no plugin \`${prefix}\` in this config${hint ? ` (did you mean \`${hint}\`?)` : ''}; name it in \`plugins\`, e.g. \`plugins: { ${prefix}: <package or ./path> }\` (see docs/plugins.md)`;
    }
    const rule = plugin.rules.find((r) => r.meta.id === ruleId);
    if (rule) return rule;
    const ids = plugin.rules.map((r) => r.meta.id);
    const hint = didYouMean(ruleId, ids);
    return `the plugin \`${prefix}\` (${plugin.info.name}) has no rule \`${ruleId.slice(slash + 1)}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; its rules are ${ids.length ? listOf(ids, 'and') : 'none'}`;
  }

  /**
   * Checks one `rules` entry (`severity` or `[severity, options]`) of a rule; `fail` throws, naming where (a JSON
   * pointer). With `rule` null only the severity and the shape are checked (the options of a plugin's rule given
   * with `--rule`, checked once a config names the plugin).
   */
  #checkRuleEntry(ajv: Ajv, ruleId: string, entry: unknown, pointer: string, fail: Fail, rule: Rule<any> | null): RuleEntry {
    const tuple = Array.isArray(entry) ? entry : [entry];
    const severity = tuple[0];
    if (typeof severity !== 'string' || !RULE_SETTINGS.includes(severity as RuleSetting)) {
      fail(`the severity of \`${ruleId}\` must be ${listOf(RULE_SETTINGS)}, or a list \`[severity, { options }]\``, Array.isArray(entry) ? `${pointer}/0` : pointer);
    }
    if (tuple.length > 2) fail(`\`${ruleId}\` takes at most two entries: \`[severity, { options }]\``, `${pointer}/2`);
    if (tuple.length === 2 && rule) {
      const schema = rule.meta.optionsSchema;
      if (!schema) fail(`\`${ruleId}\` takes no options; write only its severity`, `${pointer}/1`);
      const validate = this.#optionsValidator(ajv, rule);
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
   * Throws a RuleOverrideError for an unknown rule id, a bad severity or bad options. A plugin's rule
   * (`prefix/rule-id`) is checked against each config it is applied to, in `withRuleOverrides`.
   */
  async checkRuleOverrides(entries: Readonly<Record<string, unknown>>): Promise<Record<string, RuleEntry>> {
    const ajv = await this.#ajvInstance();
    const fail = (message: string): never => {
      throw new RuleOverrideError(message);
    };
    const checked: Record<string, RuleEntry> = {};
    for (const [ruleId, entry] of Object.entries(entries)) {
      let rule: Rule<any> | null = null;
      if (!ruleId.includes('/')) {
        const found = this.#lookupRule(ruleId, new Map());
        if (typeof found === 'string') fail(found);
        rule = found as Rule<any>;
      }
      checked[ruleId] = this.#checkRuleEntry(ajv, ruleId, entry, '', fail, rule);
    }
    return checked;
  }

  /**
   * A config with command-line rule settings on top, as ESLint's `--rule`: a severity alone keeps the options the
   * config gave; `[severity, options]` replaces them (merged over the rule's defaults). Either way the rule's
   * severity is for all its messages (a preset's per-message severities no longer apply). A plugin's rule must come
   * from a plugin the config names, else this throws a RuleOverrideError.
   */
  withRuleOverrides(config: ResolvedConfig, overrides: Readonly<Record<string, RuleEntry>>): ResolvedConfig {
    const rules = new Map(config.rules);
    for (const [ruleId, entry] of Object.entries(overrides)) {
      let rule = this.#rules.get(ruleId);
      if (!rule && ruleId.includes('/')) {
        const plugins = new Map((config.pluginRules ?? []).map((r) => [r.plugin.prefix, { info: r.plugin, rules: (config.pluginRules ?? []).filter((o) => o.plugin === r.plugin) }]));
        const found = this.#lookupRule(ruleId, plugins);
        const where = config.file === undefined ? ' (no config file applies, so no plugin is named)' : ` in ${config.file}`;
        if (typeof found === 'string') throw new RuleOverrideError(found.replace(/ in this config/, where));
        rule = found as Rule<any>;
        if ('options' in entry) {
          this.#checkRuleEntry(this.#ajv!, ruleId, [entry.severity, entry.options], '', (message) => {
            throw new RuleOverrideError(message);
          }, rule);
        }
      }
      if (!rule) continue;
      const before = rules.get(ruleId);
      rules.set(ruleId, {
        severity: entry.severity,
        options: 'options' in entry ? mergeOptions(rule.meta.defaultOptions, entry.options) : before?.options ?? mergeOptions(rule.meta.defaultOptions, undefined),
      });
    }
    return { ...config, rules };
  }

  /**
   * Every rule's setting from the steps, in order: a preset sets the severity of every built-in rule (and the
   * severities of single messages it has), a config's `rules` set the rules they name. A severity alone keeps the
   * options set before; `[severity, options]` replaces them. A plugin's rules are off until `rules` sets them.
   */
  #settings(steps: readonly Step[], pluginRules: readonly Rule<any>[]): Map<string, RuleConfig> {
    const builtIn = [...this.#rules.values()];
    const settled = new Map<string, { severity?: RuleSetting; options?: unknown; hasOptions?: boolean; messageSeverities?: Record<string, RuleSetting> }>();
    const entryOf = (id: string) => {
      let entry = settled.get(id);
      if (!entry) settled.set(id, (entry = {}));
      return entry;
    };
    for (const step of steps) {
      if ('preset' in step) {
        const preset = findPreset(step.preset)!;
        for (const [id, severity] of Object.entries(preset.settings(builtIn))) {
          const entry = entryOf(id);
          entry.severity = severity;
          // A later preset that sets a rule replaces what an earlier one said about its messages.
          delete entry.messageSeverities;
        }
        for (const [id, messages] of Object.entries(preset.messageSettings?.(builtIn) ?? {})) entryOf(id).messageSeverities = messages;
        continue;
      }
      for (const [id, configured] of Object.entries(step.rules)) {
        const entry = entryOf(id);
        entry.severity = configured.severity;
        delete entry.messageSeverities;
        if ('options' in configured) {
          entry.options = configured.options;
          entry.hasOptions = true;
        }
      }
    }
    const resolved = new Map<string, RuleConfig>();
    for (const rule of [...builtIn, ...pluginRules]) {
      const entry = settled.get(rule.meta.id);
      resolved.set(rule.meta.id, {
        severity: entry?.severity ?? 'off',
        options: mergeOptions(rule.meta.defaultOptions, entry?.hasOptions ? entry.options : undefined),
        ...(entry?.messageSeverities && { messageSeverities: entry.messageSeverities }),
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
    let validate = this.#optionValidators.get(rule);
    if (!validate) {
      validate = ajv.compile(rule.meta.optionsSchema ?? {});
      this.#optionValidators.set(rule, validate);
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

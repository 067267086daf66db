/**
 * Shareable configs and plugins from outside `sla`: resolving a package name or a path as Node does, from the folder
 * of the config file that names it, importing JavaScript modules, and checking a plugin's rules against the rule
 * contract (src/lint/types.ts) before any of them runs. Loaded only when a config names a package or a path.
 *
 * Every problem is an `ExtensionError` with a message for the user (what is wrong and how to fix it); config.ts
 * turns it into a ConfigError at the entry of `extends` or `plugins` that named the module.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listOf } from '../util/did-you-mean.js';
import type { LoadedPluginInfo, PluginRule, Rule, RuleCategory } from './types.js';

/** A package or path that cannot be found, loaded or used; the message says how to fix it. */
export class ExtensionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtensionError';
  }
}

/** A module found for a specifier: the file to load, and its package's manifest when there is one. */
export interface ResolvedModule {
  specifier: string;
  file: string;
  /** The package.json nearest to `file` (the package's own for a package), if any. */
  packageJson?: string;
  /** `version` of that package.json, when it is the named package's. */
  version?: string;
}

/** `./x`, `../x`, an absolute path: a file relative to the config. Anything else that looks like one is a package. */
export function isPathSpecifier(specifier: string): boolean {
  return /^\.\.?([\\/]|$)/.test(specifier) || path.isAbsolute(specifier);
}

const PACKAGE_SPECIFIER = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(?:\/[^\s\\]+)?$/;

/** A package name, optionally with a subpath (`@acme/sla-config`, `sla-config-acme/strict.yaml`). */
export function isPackageSpecifier(specifier: string): boolean {
  return PACKAGE_SPECIFIER.test(specifier);
}

/** `@acme/sla-config/strict.yaml` → `@acme/sla-config`; `sla-config-acme/x` → `sla-config-acme`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim();
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The nearest package.json at or above the file's folder. */
function nearestPackageJson(file: string): string | undefined {
  let directory = path.dirname(file);
  for (;;) {
    const candidate = path.join(directory, 'package.json');
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function readManifest(file: string): { name?: unknown; version?: unknown } {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return {};
  }
}

/** Where Node would look for an installed package from `fromFile`, walking up the node_modules folders. */
function installedPackageDirectory(name: string, fromFile: string): string | undefined {
  let directory = path.dirname(fromFile);
  for (;;) {
    const candidate = path.join(directory, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * Resolves a package name or a path from the config file `fromFile`: a path relative to its folder, a package with
 * Node's resolution from there (`createRequire(fromFile).resolve`: `exports` with the `require`, `node` or `default`
 * condition, else `main`, else index.js). `what` names the module in messages ("shared config", "plugin").
 */
export function resolveModule(specifier: string, fromFile: string, what: string): ResolvedModule {
  const base = path.dirname(path.resolve(fromFile));
  const require = createRequire(path.resolve(fromFile));
  const configName = path.basename(fromFile);
  let file: string;
  if (isPathSpecifier(specifier)) {
    const absolute = path.resolve(base, specifier);
    if (isFile(absolute)) file = absolute;
    else if (existsSync(absolute)) {
      // A folder: its package.json `main`, or index.js, as Node loads a folder.
      try {
        file = require.resolve(absolute);
      } catch {
        throw new ExtensionError(`the ${what} \`${specifier}\` is a folder without a package.json \`main\` or an index.js; name the file itself`);
      }
    } else {
      throw new ExtensionError(`cannot find the ${what} \`${specifier}\`: there is no ${path.relative(base, absolute) || absolute} next to ${configName}; check the path (it is relative to the folder of ${configName})`);
    }
  } else {
    const name = packageNameOf(specifier);
    try {
      file = require.resolve(specifier);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const installed = installedPackageDirectory(name, path.resolve(fromFile));
      if (!installed) {
        throw new ExtensionError(`cannot find the package \`${name}\` (the ${what} \`${specifier}\`) from ${base}; install it: npm install -D ${name}`);
      }
      const why = code === 'ERR_PACKAGE_PATH_NOT_EXPORTED'
        ? `its package.json \`exports\` has no entry for it with the \`require\`, \`node\` or \`default\` condition`
        : `it does not resolve to a file (${firstLine(error)}); check its package.json \`main\` or \`exports\``;
      throw new ExtensionError(`the package \`${name}\` is installed (${installed}), but the ${what} \`${specifier}\` cannot be loaded: ${why}`);
    }
    if (!path.isAbsolute(file)) {
      throw new ExtensionError(`\`${specifier}\` is a Node.js built-in module, not a ${what}`);
    }
  }
  const packageJson = nearestPackageJson(file);
  const resolved: ResolvedModule = { specifier, file };
  if (packageJson) {
    resolved.packageJson = packageJson;
    const manifest = readManifest(packageJson);
    if (typeof manifest.version === 'string' && (isPathSpecifier(specifier) || manifest.name === packageNameOf(specifier))) resolved.version = manifest.version;
  }
  return resolved;
}

/** True for a module file to import (JavaScript); other files (YAML, JSON) are read as config text. */
export function isJavaScriptFile(file: string): boolean {
  return /\.(?:[cm]?js)$/i.test(file);
}

/** Imports a JavaScript module and returns its default export (`module.exports` for CommonJS), or its namespace. */
export async function importModule(file: string, what: string, specifier: string): Promise<unknown> {
  let namespace: Record<string, unknown>;
  try {
    namespace = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ExtensionError(`cannot load the ${what} \`${specifier}\` (${file}): ${firstLine(error)}`);
  }
  return namespace.default !== undefined ? namespace.default : namespace;
}

const CATEGORIES: readonly RuleCategory[] = ['scope', 'severity', 'targets', 'calendar', 'responsibilities', 'monitoring', 'change', 'governance', 'wording', 'hygiene'];
const SEVERITIES = ['error', 'warning', 'info'];
const RULE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A plugin's prefix: `acme`, `acme-legal`, `@acme`, `@acme/legal`. */
export const PLUGIN_PREFIX = /^(?:@[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)?|[a-z0-9][a-z0-9._-]*)$/;

/**
 * The prefix of a plugin named in a list (`plugins: [sla-plugin-acme]`), from its name as ESLint derives one:
 * `sla-plugin-acme` → `acme`, `@acme/sla-plugin` → `@acme`, `@acme/sla-plugin-legal` → `@acme/legal`; any other
 * name is its own prefix.
 */
export function pluginPrefixOf(name: string): string {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(name);
  if (scoped) {
    const [, scope, rest] = scoped;
    if (rest === 'sla-plugin') return scope!;
    if (rest!.startsWith('sla-plugin-')) return `${scope}/${rest!.slice('sla-plugin-'.length)}`;
    return name;
  }
  return name.startsWith('sla-plugin-') ? name.slice('sla-plugin-'.length) : name;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Compiles a rule's options schema; throws (with Ajv's message) when the schema is not valid. */
export type SchemaCompiler = (schema: Record<string, unknown>) => (data: unknown) => boolean;

/**
 * Checks what a plugin module exports against the contract and returns its rules with the prefix on their ids.
 * `prefix` is the config's key, or undefined for a list entry (then it comes from the plugin's `meta.name`).
 */
export function checkPlugin(exported: unknown, module: ResolvedModule, prefix: string | undefined, compile: SchemaCompiler): { info: LoadedPluginInfo; rules: PluginRule[] } {
  const spec = module.specifier;
  const fail = (message: string): never => {
    throw new ExtensionError(`the plugin \`${spec}\` ${message}; see docs/plugins.md`);
  };
  if (!isPlainObject(exported) && typeof exported !== 'function') fail('does not export a plugin object `{ meta: { name, version }, rules }`');
  const plugin = exported as Record<string, unknown>;
  const meta = plugin.meta;
  if (!isPlainObject(meta) || typeof meta.name !== 'string' || meta.name === '') fail('has no `meta.name` (its package name)');
  const { name, version } = meta as { name: string; version?: unknown };
  if (version !== undefined && typeof version !== 'string') fail('has a `meta.version` that is not a string');
  const usedPrefix = prefix ?? pluginPrefixOf(name);
  if (!PLUGIN_PREFIX.test(usedPrefix)) {
    fail(`is named \`${name}\`, which gives no usable prefix for its rules; name it in a mapping instead: \`plugins: { <prefix>: ${spec} }\``);
  }
  if (!isPlainObject(plugin.rules)) fail('has no `rules` object (rules by id)');
  const info: LoadedPluginInfo = { prefix: usedPrefix, name, specifier: spec, file: module.file };
  const packageVersion = module.version ?? (typeof version === 'string' ? version : undefined);
  if (packageVersion !== undefined) info.version = packageVersion;

  const rules: PluginRule[] = [];
  for (const [id, value] of Object.entries(plugin.rules as Record<string, unknown>)) {
    const bad = (message: string): never => fail(`rule \`${id}\`: ${message}`);
    if (!RULE_NAME.test(id)) fail(`has a rule id \`${id}\` that is not kebab-case (letters, digits and hyphens, no \`/\`)`);
    if (!isPlainObject(value) || typeof value.check !== 'function') bad('must be an object with `meta` and a `check(context)` function');
    const rule = value as unknown as Rule<any>;
    const m = rule.meta as unknown;
    if (!isPlainObject(m)) bad('has no `meta`');
    const ruleMeta = m as Record<string, unknown>;
    if (ruleMeta.id !== id) bad(`its \`meta.id\` must be \`${id}\`, as its key in \`rules\` (without the prefix), not ${JSON.stringify(ruleMeta.id)}`);
    if (typeof ruleMeta.description !== 'string' || ruleMeta.description === '') bad('has no `meta.description`');
    if (!CATEGORIES.includes(ruleMeta.category as RuleCategory)) bad(`its \`meta.category\` must be ${listOf(CATEGORIES)}, not ${JSON.stringify(ruleMeta.category)}`);
    if (!SEVERITIES.includes(ruleMeta.defaultSeverity as string)) bad(`its \`meta.defaultSeverity\` must be ${listOf(SEVERITIES)}, not ${JSON.stringify(ruleMeta.defaultSeverity)}`);
    if (typeof ruleMeta.recommended !== 'boolean') bad('its `meta.recommended` must be true or false');
    if (!isPlainObject(ruleMeta.messages) || Object.keys(ruleMeta.messages).length === 0) bad('has no `meta.messages` (message templates by message id)');
    for (const [messageId, template] of Object.entries(ruleMeta.messages as Record<string, unknown>)) {
      if (typeof template !== 'string') bad(`message \`${messageId}\` is not a string`);
    }
    if (ruleMeta.kind !== undefined && ruleMeta.kind !== 'structural' && ruleMeta.kind !== 'text') bad('its `meta.kind` must be `structural` or `text`');
    if (ruleMeta.url !== undefined && (typeof ruleMeta.url !== 'string' || !/^https?:\/\//.test(ruleMeta.url))) bad('its `meta.url` must be an http(s) URL of the rule\'s docs page');
    if (ruleMeta.agencyOnly !== undefined && typeof ruleMeta.agencyOnly !== 'boolean') bad('its `meta.agencyOnly` must be true or false');
    if (ruleMeta.agencyOnlyMessages !== undefined) {
      const ids = ruleMeta.agencyOnlyMessages;
      if (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string' || !(x in (ruleMeta.messages as object)))) bad('its `meta.agencyOnlyMessages` must list ids of its messages');
    }
    if (ruleMeta.optionsSchema !== undefined) {
      if (!isPlainObject(ruleMeta.optionsSchema)) bad('its `meta.optionsSchema` must be a JSON Schema object');
      let validate: (data: unknown) => boolean = () => true;
      try {
        validate = compile(ruleMeta.optionsSchema as Record<string, unknown>);
      } catch (error) {
        bad(`its \`meta.optionsSchema\` is not a valid JSON Schema: ${firstLine(error)}`);
      }
      if (ruleMeta.defaultOptions !== undefined && !validate(ruleMeta.defaultOptions)) bad('its `meta.defaultOptions` do not match its `meta.optionsSchema`');
    } else if (ruleMeta.defaultOptions !== undefined && !isPlainObject(ruleMeta.defaultOptions)) {
      bad('its `meta.defaultOptions` must be an object');
    }
    const original = rule;
    rules.push({
      meta: { ...original.meta, id: `${usedPrefix}/${id}` },
      check: (context) => original.check(context),
      plugin: info,
    });
  }
  return { info, rules };
}

import type { LoadedPluginInfo, PluginRule } from './types.js';
/** A package or path that cannot be found, loaded or used; the message says how to fix it. */
export declare class ExtensionError extends Error {
    constructor(message: string);
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
export declare function isPathSpecifier(specifier: string): boolean;
/** A package name, optionally with a subpath (`@acme/sla-config`, `sla-config-acme/strict.yaml`). */
export declare function isPackageSpecifier(specifier: string): boolean;
/** `@acme/sla-config/strict.yaml` → `@acme/sla-config`; `sla-config-acme/x` → `sla-config-acme`. */
export declare function packageNameOf(specifier: string): string;
/**
 * Resolves a package name or a path from the config file `fromFile`: a path relative to its folder, a package with
 * Node's resolution from there (`createRequire(fromFile).resolve`: `exports` with the `require`, `node` or `default`
 * condition, else `main`, else index.js). `what` names the module in messages ("shared config", "plugin").
 */
export declare function resolveModule(specifier: string, fromFile: string, what: string): ResolvedModule;
/** True for a module file to import (JavaScript); other files (YAML, JSON) are read as config text. */
export declare function isJavaScriptFile(file: string): boolean;
/** Imports a JavaScript module and returns its default export (`module.exports` for CommonJS), or its namespace. */
export declare function importModule(file: string, what: string, specifier: string): Promise<unknown>;
/** A plugin's prefix: `acme`, `acme-legal`, `@acme`, `@acme/legal`. */
export declare const PLUGIN_PREFIX: RegExp;
/**
 * The prefix of a plugin named in a list (`plugins: [sla-plugin-acme]`), from its name as ESLint derives one:
 * `sla-plugin-acme` → `acme`, `@acme/sla-plugin` → `@acme`, `@acme/sla-plugin-legal` → `@acme/legal`; any other
 * name is its own prefix.
 */
export declare function pluginPrefixOf(name: string): string;
/** Compiles a rule's options schema; throws (with Ajv's message) when the schema is not valid. */
export type SchemaCompiler = (schema: Record<string, unknown>) => (data: unknown) => boolean;
/**
 * Checks what a plugin module exports against the contract and returns its rules with the prefix on their ids.
 * `prefix` is the config's key, or undefined for a list entry (then it comes from the plugin's `meta.name`).
 */
export declare function checkPlugin(exported: unknown, module: ResolvedModule, prefix: string | undefined, compile: SchemaCompiler): {
    info: LoadedPluginInfo;
    rules: PluginRule[];
};

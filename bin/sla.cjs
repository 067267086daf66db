#!/usr/bin/env node
'use strict';
// Starts the CLI bundle (dist/cli.cjs) with V8's code cache, so a run does not parse and compile the CLI again:
// on Node 20 only a script compiled through vm.Script can take cached bytecode. The cache is written by the build
// (after running the common commands, so the functions they compile are in it) and again after any run that found
// it missing or rejected — e.g. after switching Node versions — when dist/ is writable. A bad cache only costs time:
// V8 checks its version, flags and the source length, and the file name carries the bundle's content hash.
//
// On Node 22.1+ the launcher also turns on Node's own compile cache (module.enableCompileCache) for what the bundle
// loads from outside: pdfkit, fontkit, marked and handlebars for render, the user's plugins and formatters. The
// bundle itself stays on vm.Script there too: Node's cache is made when a module is compiled, before it runs, so it
// holds the top level but none of the functions compiled lazily during a run: the bundle loaded by require() with
// it took 14 % (Node 22) and 32 % (Node 24) more instructions for `sla lint` of one file than through this cache,
// written after a run (bench/FINDINGS.md, "Start-up on Node 20, 22 and 24").
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const nodeModule = require('node:module');
const { createRequire } = nodeModule;

/**
 * Node 22.1+: Node's compile cache for the modules loaded outside the bundle, in NODE_COMPILE_CACHE or the system's
 * temporary directory. Off with SLA_NO_CODE_CACHE; on Node 20 (no enableCompileCache) it does nothing. Never fails
 * a run: a cache it cannot write only costs time. Returns Node's status, or undefined when not attempted.
 */
function enableCompileCache(api = nodeModule, env = process.env) {
  if (typeof api.enableCompileCache !== 'function' || env.SLA_NO_CODE_CACHE) return undefined;
  try {
    return api.enableCompileCache()?.status;
  } catch {
    return undefined;
  }
}

/** Compiles and evaluates the bundle; returns its exports and a function that writes the code cache. */
function loadCli(bundle = path.join(__dirname, '..', 'dist', 'cli.cjs')) {
  // The build keeps the bundle ASCII, and latin1 makes a one-byte string without decoding.
  const source = fs.readFileSync(bundle, 'latin1');
  // The build ends the bundle with its hash: `// sla-build <hex>`. A bundle without one gets no cache.
  const build = /\/\/ sla-build ([0-9a-f]+)\s*$/.exec(source.slice(-64))?.[1];
  const useCache = build !== undefined && !process.env.SLA_NO_CODE_CACHE;
  const cacheFile = path.join(path.dirname(bundle), `cli.${build}.v8-cache`);
  let cachedData;
  if (useCache) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // No cache yet: compile from source and write one afterwards.
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __slaImport) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  // The bundle's import() of external packages (pdfkit, handlebars, ...) comes here: a script compiled by vm cannot
  // import() by itself on Node 20. This file is in the same package, so packages resolve as they would from dist/.
  const importExternal = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), importExternal);
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return {
    cli: module.exports,
    stale,
    /** Writes the cache (whole or not at all); quietly does nothing where dist/ is read-only. */
    saveCache() {
      if (!useCache) return false;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, cacheFile);
        return true;
      } catch {
        try {
          fs.rmSync(temporary, { force: true });
        } catch {
          // Nothing was written.
        }
        return false;
      }
    },
  };
}

if (require.main === module) {
  enableCompileCache();
  let loaded;
  try {
    loaded = loadCli();
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    process.stderr.write(`sla: ${error.path} is missing: this copy of sla is not built; run \`npm run build:dist\` in ${path.dirname(__dirname)}\n`);
    process.exit(2);
  }
  const { cli, stale, saveCache } = loaded;
  cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    if (stale) saveCache();
  });
} else {
  module.exports = { loadCli, enableCompileCache };
}

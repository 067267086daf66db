// Bundles the CLI into <outdir>/cli.cjs and writes its V8 code cache (see bin/sla.cjs). Used by the build and by
// the benchmarks, so the bench times exactly what ships.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cliOptions } from './bundle-options.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * The bundle's last line carries its hash, and the cache's file name carries the hash, so a rebuilt bundle never
 * meets an old cache (V8 itself only compares the source length). With `warm` (the default) the cache is written
 * after a validate and a lint run (scripts/warm-code-cache.cjs); without, the first run of the CLI writes it.
 */
export async function buildCli(outdir, { warm = true, esbuild = {} } = {}) {
  await Promise.all([
    build({ ...cliOptions, entryPoints: { cli: path.join(root, 'src/cli/main.ts') }, outdir, ...esbuild }),
    buildWorker(outdir, { esbuild }),
  ]);
  const file = path.join(outdir, 'cli.cjs');
  // ASCII, because bin/sla.cjs reads it as latin1.
  const source = asciiOnly(routeExternalImports(await readFile(file, 'utf8')));
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  // Last, so a source map of the bundle still lines up.
  await writeFile(file, `${source}\n// sla-build ${hash}\n`);
  if (warm) execFileSync(process.execPath, [path.join(root, 'scripts/warm-code-cache.cjs'), file], { stdio: 'inherit' });
  return file;
}

/**
 * The entry of `--concurrency`'s worker threads (src/lint/parallel-worker.ts) as <outdir>/sla-worker.cjs, beside
 * cli.cjs, where src/lint/parallel.ts looks for it. A Worker loads it as an ordinary CommonJS module, not through
 * vm.Script, so its import() of the user's plugins needs no routing through the launcher. Also bundled on first use
 * when the CLI runs from the sources (the tests).
 */
export async function buildWorker(outdir, { esbuild = {} } = {}) {
  await build({ ...cliOptions, entryPoints: { 'sla-worker': path.join(root, 'src/lint/parallel-worker.ts') }, outdir, ...esbuild });
  return path.join(outdir, 'sla-worker.cjs');
}

/**
 * A script compiled through vm.Script cannot run import() on Node 20 without an experimental flag (or a warning on
 * stderr), so the bundle's dynamic imports of external packages call `__slaImport`, which bin/sla.cjs passes in and
 * which runs import() from the launcher, a module of the same package. So do imports of the user's modules.
 */
function routeExternalImports(source) {
  const externals = new Set(cliOptions.external);
  const routed = source.replace(/(?<![\w$.])import\((["'])([^"']+)\1\)/g, (call, quote, specifier) => {
    if (!externals.has(specifier) && !externals.has(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'))) {
      throw new Error(`dist/cli.cjs: import(${quote}${specifier}${quote}) of a package that is not external`);
    }
    return `__slaImport(${quote}${specifier}${quote})`;
  });
  // What is left imports a module named at run time: the user's own (a formatter, a plugin, a shared config), always
  // by an absolute file URL or a path resolved beforehand, which the launcher's import() serves as well.
  return routed.replace(/(?<![\w$.])import\((?!["'])/g, '__slaImport(');
}

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals; a \u escape means
 * the same character there. Only a raw template (String.raw) would read the escape literally, so those must be ASCII.
 */
function asciiOnly(source) {
  for (let at = source.indexOf('String.raw`'); at !== -1; at = source.indexOf('String.raw`', at + 1)) {
    let end = at + 'String.raw`'.length;
    while (end < source.length && source[end] !== '`') end += source[end] === '\\' ? 2 : 1;
    if (/[^\x00-\x7f]/.test(source.slice(at, end))) throw new Error(`dist/cli.cjs: a String.raw template with non-ASCII characters: ${source.slice(at, at + 80)}`);
  }
  return source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

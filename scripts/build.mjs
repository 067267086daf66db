// Build: regenerate schema-derived code, bundle the library and the CLI with esbuild, write the CLI's code cache,
// emit type declarations. The library is ESM with lazily loaded chunks; the CLI is one CommonJS file started with
// V8's code cache (bin/sla.cjs). Heavy modules (pdfkit, handlebars, fonts) load only for the commands that need them.
//   node scripts/build.mjs [--no-types]
import { rm, writeFile, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';
import { generateAll } from './generate.mjs';
import bundleOptions from './bundle-options.mjs';
import { buildCli } from './build-cli.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

for (const [file, content] of await generateAll()) {
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current !== content) await writeFile(file, content);
}

await rm('dist', { recursive: true, force: true });
await Promise.all([
  build({ ...bundleOptions, entryPoints: { index: 'src/index.ts' }, outdir: 'dist' }),
  buildCli(path.join(root, 'dist')),
]);

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}

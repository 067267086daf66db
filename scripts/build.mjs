// Build: regenerate schema-derived code, bundle the library and the CLI with esbuild, emit type declarations.
// The CLI is one ESM bundle with lazily loaded chunks, so heavy modules (pdfkit, handlebars, fonts) load only
// for the commands that need them, and start-up reads one small file instead of hundreds.
import { rm, writeFile, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';
import { generateAll } from './generate.mjs';
import bundleOptions from './bundle-options.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

for (const [file, content] of await generateAll()) {
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current !== content) await writeFile(file, content);
}

await rm('dist', { recursive: true, force: true });
await build({ ...bundleOptions, entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts' }, outdir: 'dist' });

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}

// Build: regenerate schema-derived code, bundle the library and the CLI with esbuild, emit type declarations.
// The CLI is one ESM bundle with lazily loaded chunks, so heavy modules (pdfkit, handlebars, fonts) load only
// for the commands that need them, and start-up reads one small file instead of hundreds.
import { rm, writeFile, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';
import { generateAll } from './generate.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

for (const [file, content] of await generateAll()) {
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current !== content) await writeFile(file, content);
}

await rm('dist', { recursive: true, force: true });
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages that read their own files at run time, or are large and used by one command, stay external.
  external: ['pdfkit', 'fontkit', 'dejavu-fonts-ttf', 'handlebars', '@inquirer/prompts', 'marked', 'csv-parse', 'ical.js'],
  define: { SLA_VERSION: JSON.stringify(pkg.version) },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}

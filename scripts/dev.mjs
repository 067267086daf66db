// Runs the CLI from the sources without touching dist/: bundles to a private folder, then runs it.
// Usage: node scripts/dev.mjs <sla arguments...>     e.g. node scripts/dev.mjs validate examples
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Inside node_modules so the bundle resolves external packages (pdfkit, handlebars, ...) like dist/ does.
const outdir = path.join(root, 'node_modules/.cache/sla-dev', String(process.pid));
mkdirSync(outdir, { recursive: true });
const { default: options } = await import('./bundle-options.mjs');
await build({ ...options, entryPoints: { cli: path.join(root, 'src/cli/main.ts') }, outdir, logLevel: 'error' });
try {
  const { main } = await import(pathToFileURL(path.join(outdir, 'cli.js')).href);
  process.exitCode = await main(process.argv.slice(2));
} finally {
  // Chunks loaded later (e.g. pdfkit's path) are already in memory by the time main() returns.
  rmSync(outdir, { recursive: true, force: true });
}

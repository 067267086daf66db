// esbuild options shared by the build, scripts/dev.mjs and the benchmarks.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scripts = path.dirname(fileURLToPath(import.meta.url));

/** The library (dist/index.js): ESM with lazily loaded chunks, so importing it does not load pdfkit or handlebars. */
const options = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages that read their own files at run time, or are large and used by one command, stay external.
  // The language-server packages serve only `sla lsp`: bundled, they made every start of the CLI read 400 KB more.
  external: ['pdfkit', 'fontkit', 'dejavu-fonts-ttf', 'handlebars', '@inquirer/prompts', 'marked', 'csv-parse', 'ical.js', 'vscode-languageserver', 'vscode-languageserver-textdocument'],
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);" },
  logLevel: 'warning',
};
export default options;

/**
 * The command line (dist/cli.cjs): ONE CommonJS file, because Node 20 can give V8's code cache only to a script it
 * compiles itself (bin/sla.cjs runs it through vm.Script with cachedData; Node 20 has no compile cache for ES
 * modules). Modules the sources import lazily stay lazy: esbuild evaluates them on first use. External packages
 * are still loaded with import().
 */
export const cliOptions = {
  ...options,
  splitting: false,
  format: 'cjs',
  banner: {},
  define: { 'import.meta.url': '__slaImportMetaUrl' },
  inject: [path.join(scripts, 'import-meta-url.cjs')],
  outExtension: { '.js': '.cjs' },
  plugins: [
    {
      name: 'lazy-child-process',
      setup(build) {
        build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          args.importer.includes(`${path.sep}scripts${path.sep}`) ? undefined : { path: path.join(scripts, 'lazy-child-process.cjs') });
      },
    },
  ],
  // Less to read at every start (2.2 → 1.5 MB); identifiers keep their names, so SLA_DEBUG stacks stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  // ASCII only (esbuild escapes strings; build-cli.mjs the regular expressions), so bin/sla.cjs can read it as
  // latin1: no UTF-8 decoding at start-up.
  charset: 'ascii',
};

// esbuild options shared by the build and scripts/dev.mjs.
export default {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages that read their own files at run time, or are large and used by one command, stay external.
  external: ['pdfkit', 'fontkit', 'dejavu-fonts-ttf', 'handlebars', '@inquirer/prompts', 'marked', 'csv-parse', 'ical.js'],
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);" },
  logLevel: 'warning',
};

// Injected into the CommonJS build of the CLI: what import.meta.url is in the ESM sources.
export const __slaImportMetaUrl = require('node:url').pathToFileURL(__filename).href;

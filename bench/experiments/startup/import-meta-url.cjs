// Injected into the CommonJS build: what import.meta.url would be for the bundle file.
export const __slaImportMetaUrl = require('node:url').pathToFileURL(__filename).href;

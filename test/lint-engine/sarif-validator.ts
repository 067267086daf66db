import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from '../helpers/example.js';

/** A validator for the SARIF 2.1.0 JSON Schema (draft-04; some of its patterns are not valid `u`-flag regexes). */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8'));
  // CommonJS packages: the class and the plugin are their exports' `default`.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

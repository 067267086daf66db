import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STANDARD_EXAMPLE = path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml');

export function exampleText(file = STANDARD_EXAMPLE): string {
  return readFileSync(file, 'utf8');
}

/** The example with `search` replaced by `replacement` (exactly once), for fixtures with one mistake. */
export function editExample(edits: [search: string | RegExp, replacement: string][], text = exampleText()): string {
  let result = text;
  for (const [search, replacement] of edits) {
    const before = result;
    result = result.replace(search, replacement);
    if (result === before) throw new Error(`fixture edit did not apply: ${String(search)}`);
  }
  return result;
}

/** 1-based line of the first occurrence of `needle` in `text`, and its 1-based column. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`not found: ${needle}`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

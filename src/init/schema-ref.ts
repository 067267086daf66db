/**
 * Where the `# yaml-language-server: $schema=` line of a new agreement points, so editors find the schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_NAME } from '../package-name.js';
import { SCHEMA_ID } from '../schema.js';

const SCHEMA_IN_PACKAGE = 'schemas/sla.schema.json';

function isSlaPackage(directory: string): boolean {
  try {
    return (JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { name?: string }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

function relative(fromDirectory: string, file: string): string {
  const ref = path.relative(fromDirectory, file).split(path.sep).join('/');
  return ref.startsWith('.') ? ref : `./${ref}`;
}

/**
 * A relative path from `directory` to the schema of an `sla` installed in a node_modules above it, or of the
 * `sla` package the directory is in; otherwise the schema's published URL.
 */
export function schemaReference(directory: string): string {
  for (let dir = path.resolve(directory); ; dir = path.dirname(dir)) {
    const installed = path.join(dir, 'node_modules', ...PACKAGE_NAME.split('/'));
    if (isSlaPackage(installed) && existsSync(path.join(installed, SCHEMA_IN_PACKAGE))) return relative(directory, path.join(installed, SCHEMA_IN_PACKAGE));
    if (isSlaPackage(dir) && existsSync(path.join(dir, SCHEMA_IN_PACKAGE))) return relative(directory, path.join(dir, SCHEMA_IN_PACKAGE));
    if (path.dirname(dir) === dir) return SCHEMA_ID;
  }
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_NAME } from '../package-name.js';

let cached: string | undefined;

/**
 * The directory of the `sla` package. Code runs from src/ (tests), dist/ (the published bundle) or a dev bundle
 * under node_modules/.cache, so the templates are found by walking up to the package.json named PACKAGE_NAME.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return (cached = directory);
      } catch {
        // An unreadable or foreign package.json on the way up is not ours; keep climbing.
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`cannot find the sla package directory (package.json with "name": "${PACKAGE_NAME}")`);
    directory = parent;
  }
}

export function defaultTemplateDirectory(): string {
  return path.join(packageRoot(), 'templates', 'default');
}

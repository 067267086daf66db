/**
 * Every property path of schemas/sla.schema.json as a JSON-pointer pattern, `*` standing for an array item or a map
 * key: `/tiers/*\/targets/*\/response/within`. `$ref`s into `$defs` are resolved; `properties`, `items`,
 * `additionalProperties` (a map such as a tier's `targets`), `patternProperties` other than the `^x-` extension
 * fields, `if`/`then`/`else` and `allOf` are followed. `diffAgreements` must have a rule for each of them
 * (schema-coverage.test.ts), and `sla diff` must classify a change at any of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_FILE = path.join(ROOT, 'schemas/sla.schema.json');
export const SCHEMA_PATHS_FILE = path.join(ROOT, 'test/diff/schema-paths.txt');

type Schema = { [key: string]: unknown };

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The sorted, de-duplicated property paths of `schema` (the root document itself, `''`, is not listed). */
export function schemaPropertyPaths(schema: Schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema): string[] {
  const paths = new Set<string>();
  // A `$ref` is followed once per path; a `$def` reached again at the same path (through `if` and `then`, say)
  // adds nothing new, and a recursive `$def` cannot loop.
  const seen = new Set<string>();

  const resolve = (ref: string): Schema => {
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    let node: unknown = schema;
    for (const raw of ref.slice(2).split('/')) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = isSchema(node) ? node[segment] : undefined;
    }
    if (!isSchema(node)) throw new Error(`$ref ${ref} does not resolve to a schema`);
    return node;
  };

  const visit = (node: unknown, at: string): void => {
    if (!isSchema(node)) return;
    if (typeof node.$ref === 'string') {
      const key = `${at} ${node.$ref}`;
      if (!seen.has(key)) {
        seen.add(key);
        visit(resolve(node.$ref), at);
      }
    }
    const child = (segment: string, sub: unknown): void => {
      const next = `${at}/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      paths.add(next);
      visit(sub, next);
    };
    if (isSchema(node.properties)) {
      for (const [name, sub] of Object.entries(node.properties)) child(name, sub);
    }
    if (isSchema(node.patternProperties)) {
      for (const [pattern, sub] of Object.entries(node.patternProperties)) {
        if (pattern === '^x-') continue; // extension fields: ignored by validation, lint and diff alike
        child('*', sub);
      }
    }
    if (isSchema(node.additionalProperties)) child('*', node.additionalProperties);
    if (isSchema(node.items)) child('*', node.items);
    else if (Array.isArray(node.items)) for (const sub of node.items) child('*', sub);
    if (Array.isArray(node.prefixItems)) for (const sub of node.prefixItems) child('*', sub);
    for (const keyword of ['if', 'then', 'else'] as const) visit(node[keyword], at);
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[keyword];
      if (Array.isArray(list)) for (const sub of list) visit(sub, at);
    }
  };

  visit(schema, '');
  return [...paths].sort();
}

/** Splits a pointer or pattern into its segments (`''` → `[]`). */
export function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1);
}

/** True when `pattern` equals `path` or is a segment-wise prefix of it; `*` in the pattern matches any one segment. */
export function patternCovers(pattern: string, path: string): boolean {
  const p = segments(pattern);
  const q = segments(path);
  if (p.length > q.length) return false;
  return p.every((segment, i) => segment === '*' || segment === q[i]);
}

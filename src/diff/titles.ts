/**
 * The schema's own title for every property path (`/availability/creditTerms/capPercent` → `Cap (%)`): the default
 * name of a changed field, so a field added to the schema is named in the diff the day it is added.
 */
import { agreementSchema } from '../schema.js';

type Schema = Record<string, unknown>;
const isSchema = (node: unknown): node is Schema => typeof node === 'object' && node !== null && !Array.isArray(node);

let titles: Map<string, string> | undefined;

function collect(): Map<string, string> {
  const found = new Map<string, string>();
  const root = agreementSchema as Schema;
  const resolve = (ref: string): unknown => ref.slice(2).split('/').reduce<unknown>((node, key) => (isSchema(node) ? node[key] : undefined), root);
  const seen = new Set<string>();
  const visit = (node: unknown, at: string): void => {
    if (!isSchema(node)) return;
    if (typeof node.title === 'string' && at !== '' && !found.has(at)) found.set(at, node.title);
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
      const key = `${at} ${node.$ref}`;
      if (!seen.has(key)) {
        seen.add(key);
        visit(resolve(node.$ref), at);
      }
    }
    const child = (segment: string, sub: unknown) => visit(sub, `${at}/${segment}`);
    if (isSchema(node.properties)) for (const [name, sub] of Object.entries(node.properties)) child(name, sub);
    if (isSchema(node.patternProperties)) {
      for (const [pattern, sub] of Object.entries(node.patternProperties)) if (pattern !== '^x-') child('*', sub);
    }
    if (isSchema(node.additionalProperties)) child('*', node.additionalProperties);
    if (isSchema(node.items)) child('*', node.items);
    for (const keyword of ['if', 'then', 'else'] as const) visit(node[keyword], at);
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[keyword];
      if (Array.isArray(list)) for (const sub of list) visit(sub, at);
    }
  };
  visit(root, '');
  return found;
}

/** The schema title of a path such as `/tiers/*\/targets/*\/response`, if the schema gives one. */
export function schemaTitle(path: string): string | undefined {
  titles ??= collect();
  return titles.get(path);
}

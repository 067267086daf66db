/**
 * The agreement schema read at a JSON pointer, for hover and completion: the field's title and description, the
 * values its enums allow, the properties a mapping takes, and which ids it refers to. The schema's conditionals
 * (`if`/`then`/`else`, `anyOf`...) are not decided against the data: every branch is read, which is what an editor
 * wants (a target written as a string or as a mapping both get their help).
 */
import { splitPointer } from '../load/source-map.js';
import { agreementSchema } from '../schema.js';

type SchemaNode = Record<string, unknown>;

/** The kinds of id a field refers to: its completions are the ids the document defines. */
export type ReferenceKind = 'calendar' | 'severity' | 'tier' | 'service' | 'metric';

/** `$defs` that stand for a reference to another part of the agreement. */
const REFERENCE_DEFS: Record<string, ReferenceKind> = {
  '#/$defs/calendarRef': 'calendar',
  '#/$defs/calendarOrUnstated': 'calendar',
  '#/$defs/severityRef': 'severity',
};

/**
 * References the schema writes as a plain `#/$defs/id`: the fields src/validate/semantic.ts checks against the
 * document's lists. Each is a pattern over the pointer of the referring value.
 */
const REFERENCE_POINTERS: [RegExp, ReferenceKind][] = [
  [/^\/serviceTier$/, 'tier'],
  [/^\/(?:severityLevels|clientResponsibilities|channels)\/\d+\/tiers\/\d+$/, 'tier'],
  [/^\/(?:severityLevels|clientResponsibilities|tiers)\/\d+\/services\/\d+$/, 'service'],
  [/^\/availability\/services\/\d+$/, 'service'],
  [/^\/monitoring\/proactiveOutreach\/\d+\/metric$/, 'metric'],
  [/^\/channels\/\d+\/severities\/\d+$/, 'severity'],
];

/** Mappings whose keys are ids defined elsewhere: a tier's targets are keyed by severity id. */
const KEYED_BY: [RegExp, ReferenceKind][] = [[/^\/tiers\/\d+\/targets$/, 'severity']];

function resolveRef(ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = agreementSchema;
  for (const segment of splitPointer(ref.slice(1))) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as SchemaNode)[segment];
  }
  return typeof node === 'object' && node !== null ? (node as SchemaNode) : undefined;
}

/** The node and every subschema it stands for: `$ref` targets and the branches of combinators and conditionals. */
function expand(node: SchemaNode, seen = new Set<SchemaNode>()): SchemaNode[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const out = [node];
  if (typeof node.$ref === 'string') {
    const target = resolveRef(node.$ref);
    if (target) out.push(...expand(target, seen));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const item of list) if (isNode(item)) out.push(...expand(item, seen));
  }
  for (const key of ['then', 'else'] as const) if (isNode(node[key])) out.push(...expand(node[key], seen));
  return out;
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schemas that describe the value at `pointer` (not expanded), in the order they were reached. */
export function schemasAt(pointer: string): SchemaNode[] {
  let nodes: SchemaNode[] = [agreementSchema as SchemaNode];
  for (const segment of splitPointer(pointer)) {
    const next: SchemaNode[] = [];
    for (const node of nodes.flatMap((n) => expand(n))) {
      const properties = node.properties;
      if (isNode(properties) && isNode(properties[segment])) next.push(properties[segment]);
      const patterns = node.patternProperties;
      if (isNode(patterns)) {
        for (const [pattern, schema] of Object.entries(patterns)) if (isNode(schema) && new RegExp(pattern, 'u').test(segment)) next.push(schema);
      }
      if (isNode(node.additionalProperties) && !(isNode(properties) && segment in properties)) next.push(node.additionalProperties);
      if (/^\d+$/.test(segment)) {
        const index = Number(segment);
        const prefix = node.prefixItems;
        if (Array.isArray(prefix) && isNode(prefix[index])) next.push(prefix[index]);
        else if (isNode(node.items)) next.push(node.items);
      }
    }
    if (next.length === 0) return [];
    nodes = next;
  }
  return nodes;
}

/**
 * The field's title and description: the first reached node that has one (a property's own words before its `$ref`'s),
 * its `markdownDescription` where the schema has one (hover shows Markdown; the plain text drops its tables and code).
 */
export function fieldHelp(pointer: string): { title?: string; description: string } | undefined {
  for (const node of schemasAt(pointer).flatMap((n) => expand(n))) {
    const description = typeof node.markdownDescription === 'string' ? node.markdownDescription : node.description;
    if (typeof description !== 'string') continue;
    return typeof node.title === 'string' ? { title: node.title, description } : { description };
  }
  return undefined;
}

/** Values the schema allows at `pointer` from `enum` and `const` (strings, numbers and booleans), without duplicates. */
export function enumValues(pointer: string): (string | number | boolean)[] {
  const values = new Set<string | number | boolean>();
  for (const node of schemasAt(pointer).flatMap((n) => expand(n))) {
    if (Array.isArray(node.enum)) for (const value of node.enum) if (isPrimitive(value)) values.add(value);
    if (isPrimitive(node.const)) values.add(node.const);
  }
  return [...values];
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The properties a mapping at `pointer` takes, each with its description. */
export function propertiesAt(pointer: string): { name: string; description?: string }[] {
  const found = new Map<string, string | undefined>();
  for (const node of schemasAt(pointer).flatMap((n) => expand(n))) {
    if (!isNode(node.properties)) continue;
    for (const [name, schema] of Object.entries(node.properties)) {
      if (found.get(name) !== undefined) continue;
      const description = isNode(schema) ? expand(schema).find((n) => typeof n.description === 'string')?.description : undefined;
      found.set(name, typeof description === 'string' ? description : undefined);
    }
  }
  return [...found].map(([name, description]) => (description === undefined ? { name } : { name, description }));
}

/** What kind of id the value at `pointer` refers to, if it is a reference. */
export function referenceAt(pointer: string): { kind: ReferenceKind; alsoUnstated: boolean } | undefined {
  for (const [pattern, kind] of REFERENCE_POINTERS) if (pattern.test(pointer)) return { kind, alsoUnstated: false };
  let kind: ReferenceKind | undefined;
  let alsoUnstated = false;
  for (const node of schemasAt(pointer)) {
    for (const reached of expand(node)) {
      const ref = typeof reached.$ref === 'string' ? reached.$ref : undefined;
      if (ref && REFERENCE_DEFS[ref]) {
        kind ??= REFERENCE_DEFS[ref];
        if (ref === '#/$defs/calendarOrUnstated') alsoUnstated = true;
      }
    }
  }
  return kind && { kind, alsoUnstated };
}

/** What kind of id the keys of the mapping at `pointer` are, if they are ids defined elsewhere. */
export function keyReferenceAt(pointer: string): ReferenceKind | undefined {
  return KEYED_BY.find(([pattern]) => pattern.test(pointer))?.[1];
}

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { generateAll } from '../scripts/generate.mjs';
import { agreementSchema, EDITOR_KEYWORDS } from '../src/schema.js';
import { ROOT } from './helpers/example.js';

type SchemaNode = Record<string, unknown>;
const schema = agreementSchema as SchemaNode;

/** Every schema object reachable through properties, items, additionalProperties and $defs, with its path. */
function* schemaNodes(node: unknown, where = '#'): Generator<[string, SchemaNode]> {
  if (!node || typeof node !== 'object') return;
  const s = node as SchemaNode;
  yield [where, s];
  for (const key of ['properties', '$defs'] as const) {
    const children = s[key] as Record<string, unknown> | undefined;
    for (const [name, child] of Object.entries(children ?? {})) yield* schemaNodes(child, `${where}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties', 'then', 'else'] as const) {
    if (s[key] && typeof s[key] === 'object') yield* schemaNodes(s[key], `${where}/${key}`);
  }
}

const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.sla.yaml'));

describe('the agreement schema', () => {
  it('is a valid draft 2020-12 schema that compiles in strict mode', () => {
    const ajv = new Ajv2020.default({ strict: true, strictRequired: false, strictTypes: false, allErrors: true });
    ajv.addVocabulary([...EDITOR_KEYWORDS]); // annotations for editors (test/schema/editor-schema.test.ts)
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it('documents every property for editors (title and description)', () => {
    const undocumented: string[] = [];
    for (const [where, node] of schemaNodes(schema)) {
      for (const [name, property] of Object.entries((node.properties as Record<string, SchemaNode> | undefined) ?? {})) {
        const target = property.$ref ? { ...(schema.$defs as Record<string, SchemaNode>)[String(property.$ref).split('/').pop()!], ...property } : property;
        if (!target.title || !target.description) undocumented.push(`${where}/properties/${name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('rejects unknown keys in every object, so typos are caught', () => {
    const open: string[] = [];
    for (const [where, node] of schemaNodes(schema)) {
      if (node.type === 'object' && node.properties && node.additionalProperties !== false) open.push(where);
    }
    expect(open).toEqual([]);
  });

  it('carries a format version so later versions can migrate old files', () => {
    expect((schema.required as string[]).slice(0, 2)).toEqual(['slaVersion', 'kind']);
  });

  it.each(examples)('an independent validator (Ajv compiled from the schema file) accepts %s', (example) => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/sla.schema.json'), 'utf8')));
    const data = parse(readFileSync(path.join(ROOT, 'examples', example), 'utf8'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('examples point editors at the schema on their first line', () => {
    for (const example of examples) {
      expect(readFileSync(path.join(ROOT, 'examples', example), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/sla.schema.json');
    }
  });

  it('generated validator and TypeScript types are up to date with the schema (run `npm run generate`)', async () => {
    for (const [file, content] of (await generateAll()) as [string, string][]) {
      expect(readFileSync(file, 'utf8'), path.relative(ROOT, file)).toBe(content);
    }
  });
});

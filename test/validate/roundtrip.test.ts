import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/agreement.js';
import { agreementSchema } from '../../src/schema.js';
import { ROOT, STANDARD_EXAMPLE } from '../helpers/example.js';

type SchemaNode = Record<string, unknown>;
const defs = (agreementSchema as SchemaNode).$defs as Record<string, SchemaNode>;

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? { ...resolve(defs[String(node.$ref).split('/').pop()!]!), ...node, $ref: undefined } : node;
}

/**
 * Property paths of the schema, e.g. `tiers[].targets{}.response.within`, each with the key it is counted under: a
 * property of a shared `$defs` object (a time target, money) counts as used when any of its places uses it.
 */
function schemaPaths(node: SchemaNode, prefix: string, out: Map<string, string>, canonical = prefix): Map<string, string> {
  const ref = node.$ref ? String(node.$ref).split('/').pop()! : undefined;
  const base = ref && (defs[ref]!.properties || resolve(defs[ref]!).else) ? `#${ref}` : canonical;
  // Within shared definitions, a property that is only a reference (`within` → a duration) is one field wherever it
  // appears: the response's and the resolution's `between` are the same thing to an author.
  const s = resolve(node);
  for (const [name, child] of Object.entries((s.properties as Record<string, SchemaNode>) ?? {})) {
    if (name === '$schema') continue;
    const here = prefix ? `${prefix}.${name}` : name;
    const key = base.startsWith('#') && child.$ref && Object.keys(child).every((k) => ['$ref', 'title', 'description', 'markdownDescription'].includes(k))
      ? `#${name}:${String(child.$ref)}`
      : base ? `${base}.${name}` : name;
    out.set(here, key);
    schemaPaths(child, here, out, key);
  }
  if (s.items) schemaPaths(s.items as SchemaNode, `${prefix}[]`, out, `${base}[]`);
  if (s.else) schemaPaths(s.else as SchemaNode, prefix, out, base);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') schemaPaths(s.additionalProperties as SchemaNode, `${prefix}{}`, out, `${base}{}`);
  return out;
}

function dataPaths(value: unknown, prefix: string, out: Set<string>, keyed: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => dataPaths(item, `${prefix}[]`, out, keyed));
  else if (value && typeof value === 'object') {
    const isMap = keyed.has(prefix);
    for (const [key, child] of Object.entries(value)) {
      const here = isMap ? `${prefix}{}` : prefix ? `${prefix}.${key}` : key;
      if (!isMap) out.add(here);
      dataPaths(child, here, out, keyed);
    }
  }
  return out;
}

const exampleFiles = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.sla.yaml')).map((f) => path.join(ROOT, 'examples', f));
// The real published policies transcribed for the tests use terms no good example should (an unstated zone, holidays
// nobody lists); with the examples, they show every field in use.
const corpusDirectory = path.join(ROOT, 'test/corpus');
const corpusFiles = existsSync(corpusDirectory)
  ? readdirSync(corpusDirectory).filter((f) => f.endsWith('.sla.yaml')).map((f) => path.join(corpusDirectory, f))
  : [];

describe('examples round-trip through load and validate', () => {
  it.each(exampleFiles.map((f) => path.basename(f)))('%s is valid', async (name) => {
    const result = await loadAgreement(path.join(ROOT, 'examples', name));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('together the examples and the transcribed policies use every field of the schema', async () => {
    const keys = schemaPaths(agreementSchema as SchemaNode, '', new Map());
    const used = new Set<string>();
    for (const file of [...exampleFiles, ...corpusFiles]) {
      const result = await loadAgreement(file);
      dataPaths(result.source.data, '', used, new Set(['tiers[].targets']));
    }
    const usedKeys = new Set([...used].map((p) => keys.get(p) ?? p));
    const unused = [...new Set(keys.values())].filter((key) => !usedKeys.has(key));
    expect(unused).toEqual([]);
  });

  it('normalises durations, calendars and the client tier', async () => {
    const { agreement } = await loadAgreement(STANDARD_EXAMPLE);
    expect(agreement).toBeDefined();
    const standard = agreement!.tiers.find((t) => t.id === agreement!.serviceTier)!;
    expect(standard.targets.critical!.response).toEqual({ firmness: 'commitment',  within: { text: '1h', days: 0, minutes: 60 }, calendar: 'always-on' });
    expect(standard.targets.high!.resolution).toMatchObject({ within: { days: 2, minutes: 0 }, kind: 'objective' });
    const berlin = agreement!.calendars.find((c) => c.id === 'berlin-business')!;
    expect(berlin.alwaysOpen).toBe(false);
    expect(berlin.weekly[1]).toEqual([{ start: 540, end: 750 }, { start: 810, end: 1050 }]);
    expect(berlin.weekly[6]).toEqual([]);
    expect(berlin.holidays.get('2027-12-24')).toEqual({ date: '2027-12-24', name: 'Christmas Eve', open: [{ start: 540, end: 720 }] });
    expect(agreement!.calendars.find((c) => c.id === 'always-on')!.alwaysOpen).toBe(true);
    expect(agreement!.locale).toBe('en-GB');
    expect(agreement!.changeOrders!.estimateWithin).toEqual({ within: { text: '3d', days: 3, minutes: 0 }, calendar: 'berlin-business' });
  });
});

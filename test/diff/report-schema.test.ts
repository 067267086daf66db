// schemas/diff-report.schema.json against the JSON `sla diff -f json` really writes. The published schema lets new
// optional fields appear (docs/diff.md); here every object is also checked closed, so a field the output gains
// without the schema naming it fails this test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { formatDiffJson } from '../../src/diff/formatters/json.js';
import { diffAgreements } from '../../src/diff/index.js';
import { diffFilePairs, diffReport } from '../../src/diff/report.js';
import { ROOT } from '../helpers/example.js';
import { applyEdits, type Edit } from './apply-edits.js';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/diff-report.schema.json'), 'utf8')) as Node;

/** Every object schema with `properties`, with its path. */
function* objectSchemas(node: unknown, where = '#'): Generator<[string, Node]> {
  if (!node || typeof node !== 'object') return;
  const s = node as Node;
  if (s.properties) yield [where, s];
  for (const key of ['properties', '$defs'] as const) {
    for (const [name, child] of Object.entries((s[key] as Record<string, unknown> | undefined) ?? {})) yield* objectSchemas(child, `${where}/${key}/${name}`);
  }
  if (s.items) yield* objectSchemas(s.items, `${where}/items`);
}

/** The schema with every object closed (`additionalProperties: false`). */
function closed(): Node {
  const copy = structuredClone(schema);
  for (const [, node] of objectSchemas(copy)) node.additionalProperties = false;
  return copy;
}

const validator = () => new Ajv2020.default({ strict: true, allErrors: true }).compile(closed());

const EDITS: [string, Edit[]][] = [
  ['examples/premium-pricing-agent.sla.yaml', [{ set: '/tiers/2/targets/critical/response/within', value: '30m' }, { set: '/title', value: 'New title' }]],
  ['examples/standard-customer-service-assistant.sla.yaml', [{ delete: '/calendars/0/holidays/0' }]],
  ['examples/published-support-policy.sla.yaml', [{ set: '/tiers/0/price', value: { amount: 1, currency: 'EUR', per: 'month' } }]],
  ['examples/essential-document-extraction.sla.yaml', []],
];

describe('schemas/diff-report.schema.json', () => {
  it('is a draft 2020-12 schema that compiles in strict mode, every property titled and described', () => {
    const ajv = new Ajv2020.default({ strict: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+diff-report-1\.schema\.json$/);
    const undocumented: string[] = [];
    for (const [where, node] of objectSchemas(schema)) {
      for (const [name, property] of Object.entries(node.properties as Record<string, Node>)) {
        const target = property.$ref ? { ...(schema.$defs as Record<string, Node>)[String(property.$ref).split('/').pop()!], ...property } : property;
        if (!target.title || !target.description) undocumented.push(`${where}/properties/${name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it.each(EDITS)('describes the JSON of a real diff of %s, every field named', (file, edits) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const edited = applyEdits(text, edits);
    const { report, problems } = diffFilePairs([{ old: { path: file, text }, new: { path: file, text: edited } }], { base: 'HEAD~1', head: 'working tree' });
    expect(problems).toEqual([]);
    const json = JSON.parse(formatDiffJson(report));
    const validate = validator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('describes added, removed, renamed and unchanged files, and a report with no file', () => {
    const file = 'examples/premium-pricing-agent.sla.yaml';
    const result = loadAgreementText(readFileSync(path.join(ROOT, file), 'utf8'), file);
    const validate = validator();
    const report = diffReport([
      { status: 'renamed', oldPath: 'a.sla.yaml', newPath: 'b.sla.yaml', diff: diffAgreements(result, result) },
      { status: 'unchanged', oldPath: 'c.sla.yaml', newPath: 'c.sla.yaml', diff: diffAgreements(result, result) },
      { status: 'added', newPath: 'd.sla.yaml' },
      { status: 'removed', oldPath: 'e.sla.yaml' },
    ], { base: 'a', head: 'b' });
    expect(validate(JSON.parse(formatDiffJson(report))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(formatDiffJson(diffReport([], { base: 'a', head: 'b' }))))).toBe(true);
    expect(validate({ ...JSON.parse(formatDiffJson(report)), formatVersion: 2 })).toBe(false);
  });
});

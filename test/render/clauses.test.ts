// The clause registry (src/render/clauses.ts): every literal clause of the default template is printed under a
// condition on a view field whose YAML source is known (src/render/view-sources.ts), except a short list of
// structural text; every phrase the view builds in code lands in a view field with a known source.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateClauses, templateLines, VIEW_PHRASES, type TemplateClause } from '../../src/render/clauses.js';
import { VIEW_SOURCES, viewFieldSources } from '../../src/render/view-sources.js';
import { agreementSchema } from '../../src/schema.js';
import { ROOT } from '../helpers/example.js';
import { defaultTemplateSources } from './provenance-support.js';

/**
 * Clauses printed whatever the data says. Only structure may be here: headings, labels and lead-ins that state no
 * term. Each entry is `template: clause text` as the registry writes it.
 */
const STRUCTURAL: Record<string, string> = {
  // The document reference line of the cover: a label before the document's id.
  'cover: Reference: {document.id}': 'label',
  // Every document lists its services (at least one is required): the section heading and its lead-in.
  'services: Services covered': 'heading',
  'services: This … covers the following ….': 'lead-in to the list of services',
  // Every document has severity levels (required): the heading (`and targets` is conditional on the tier).
  'severity-levels: Severity levels…': 'heading',
  // Every document has tiers (required): the heading of their comparison.
};

/** Words that state an obligation, a promise or a time limit: never in structural text. */
const MODAL = /\b(shall|must|commits?|aims?|guarantee[sd]?|will|within|responsible|may)\b/i;

const templates = defaultTemplateSources();
const clauses = templateClauses(templates);
const key = (clause: TemplateClause) => `${clause.template}: ${clause.text}`;

describe('the clause registry', () => {
  it('reads every file of the default template', () => {
    // contract.hbs and summary-page.hbs (for --summary-only) only include the other files and print no clause of their own.
    expect(new Set(clauses.map((c) => c.template))).toEqual(new Set(Object.keys(templates).filter((t) => t !== 'contract' && t !== 'summary-page')));
    expect(clauses.length).toBeGreaterThan(150);
  });

  it('keeps each block condition with the clauses inside it', () => {
    const renews = clauses.find((c) => c.text.startsWith('At the end of the initial term it renews automatically'));
    expect(renews?.conditions.map((c) => c.test)).toEqual(['client', 'term', 'term.renewal = "automatic"']);
    const claims = clauses.find((c) => c.template === 'channels' && c.text === 'Requests raised here do not start the target clocks.');
    expect(claims?.conditions.map((c) => c.test)).toContain('not channels[].countsForTargets');
    const allTiers = clauses.find((c) => c.template === 'channels' && c.text === 'All');
    expect(allTiers?.conditions.at(-1)).toEqual({ fields: ['channels[].tiers'], test: 'not channels[].tiers' });
  });

  it('knows the YAML source of every view field a template tests', () => {
    const unknown = [...new Set(clauses.flatMap((c) => c.conditions.flatMap((condition) => condition.fields)))]
      .filter((field) => !viewFieldSources(field));
    expect(unknown, 'add these view fields to src/render/view-sources.ts').toEqual([]);
  });

  it('prints every clause under a condition on a view field with a known source, or lists it as structural', () => {
    const unconditional = clauses
      .filter((c) => !c.conditions.some((condition) => condition.fields.some((field) => viewFieldSources(field))))
      .map(key);
    expect(unconditional.filter((k) => !Object.hasOwn(STRUCTURAL, k)), 'a clause printed whatever the data says').toEqual([]);
    expect(Object.keys(STRUCTURAL).filter((k) => !unconditional.includes(k)), 'structural entries that no longer match an unconditional clause').toEqual([]);
  });

  it('lists as structural only text that states no obligation, promise or time limit', () => {
    for (const text of Object.keys(STRUCTURAL)) expect(text).not.toMatch(MODAL);
  });

  it('knows the YAML source of every view field a view phrase lands in', () => {
    expect(VIEW_PHRASES.filter((p) => !viewFieldSources(p.field)).map((p) => `${p.field}: ${p.text}`)).toEqual([]);
  });

  it('registers view phrases that the view code still writes', () => {
    const code = ['view.ts', 'words.ts', 'labels.ts', 'summary.ts'].map((f) => readFileSync(path.join(ROOT, 'src/render', f), 'utf8')).join('\n').toLowerCase();
    // A phrase from the catalogs is still written when the code names its key (or the key's group, for keys built
    // from a value: `words.duration.business${unit}`); Intl's words (weekday names) are the locale's, not the code's.
    const named = (key: string) => code.includes(`'${key.toLowerCase()}'`) || code.includes(`'${key.toLowerCase().replace(/\.[^.]+$/, '.')}`) || code.includes(`\`${key.toLowerCase().replace(/[a-z]+$/, '')}`);
    const stale = VIEW_PHRASES.filter((phrase) => (phrase.key ? !named(phrase.key) : !phrase.intl && phrase.text.toLowerCase().split('{}').map((part) => part.trim()).filter((part) => part.length >= 4)
      .some((part) => !code.includes(part) && !code.includes(part.replace(/customer/g, 'client')))));
    expect(stale.map((p) => `${p.origin}: ${p.text}`)).toEqual([]);
  });

  it('maps view fields and phrases only to fields the schema has', () => {
    const unknown = [...Object.entries(VIEW_SOURCES), ...VIEW_PHRASES.map((p) => [p.text, p.yaml ?? []] as const)]
      .flatMap(([field, sources]) => sources.filter((source) => !schemaHas(source)).map((s) => `${field} → ${s}`));
    expect(unknown).toEqual([]);
  });

  it('refuses a template construct it cannot account for', () => {
    expect(() => templateLines('bad', '{{#custom x}}\ntext\n{{/custom}}')).toThrow(/block helper/);
    expect(() => templateLines('bad', 'text {{#if x}}\nmore\n{{/if}}')).toThrow(/own line/);
  });
});

type SchemaNode = Record<string, unknown>;

/** True when the schema has the YAML path (`tiers[].targets.*.response.firmness`). */
function schemaHas(yamlPath: string): boolean {
  const root = agreementSchema as SchemaNode;
  const resolve = (node: SchemaNode): SchemaNode[] => {
    const ref = node.$ref as string | undefined;
    const target = ref ? (root.$defs as Record<string, SchemaNode>)[ref.split('/').pop()!]! : node;
    const branches = ['allOf', 'anyOf', 'oneOf'].flatMap((k) => ((target[k] as SchemaNode[] | undefined) ?? []).flatMap(resolve));
    const conditional = ['then', 'else'].flatMap((k) => (target[k] ? resolve(target[k] as SchemaNode) : []));
    return [target, ...branches, ...conditional, ...(ref && node !== target ? [node] : [])];
  };
  let nodes = resolve(root);
  for (const step of yamlPath.split('.')) {
    const [name, ...rest] = step.split('[]');
    const next: SchemaNode[] = [];
    for (const node of nodes) {
      if (name === '*') {
        if (node.additionalProperties && typeof node.additionalProperties === 'object') next.push(...resolve(node.additionalProperties as SchemaNode));
        for (const pattern of Object.values((node.patternProperties as Record<string, SchemaNode> | undefined) ?? {})) next.push(...resolve(pattern));
      } else {
        const property = (node.properties as Record<string, SchemaNode> | undefined)?.[name!];
        if (property) next.push(...resolve(property));
      }
    }
    nodes = next;
    for (const _ of rest) nodes = nodes.flatMap((node) => (node.items ? resolve(node.items as SchemaNode) : []));
    if (nodes.length === 0) return false;
  }
  return true;
}

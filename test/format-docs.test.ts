import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAgreement } from '../src/agreement.js';
import { agreementSchema } from '../src/schema.js';

const docs = readFileSync(new URL('../docs/format.md', import.meta.url), 'utf8');
const properties = Object.keys((agreementSchema as { properties: Record<string, unknown> }).properties);

/** The ```yaml blocks of the page, in order. */
function yamlSnippets(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('docs/format.md', () => {
  it.each(properties)('documents the top-level property `%s`', (property) => {
    expect(docs).toContain(`\`${property}\``);
  });

  it('names every example agreement that ships', async () => {
    const { readdir } = await import('node:fs/promises');
    const examples = (await readdir(new URL('../examples/', import.meta.url))).filter((name) => name.endsWith('.sla.yaml'));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(docs).toContain(example);
  });

  it('has snippets that are valid YAML', () => {
    const snippets = yamlSnippets(docs);
    expect(snippets.length).toBeGreaterThan(15);
    for (const snippet of snippets) expect(() => parse(snippet)).not.toThrow();
  });
});

describe('examples', () => {
  it.each(['essential-document-extraction', 'premium-pricing-agent', 'standard-customer-service-assistant'])('%s validates without diagnostics', async (name) => {
    const file = new URL(`../examples/${name}.sla.yaml`, import.meta.url).pathname;
    const result = await loadAgreement(file);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/sla.schema.json');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/formatters/index.js';
import { ConfigLoader } from '../../src/lint/config.js';
import { parseDirectives } from '../../src/lint/directives.js';
import { rules } from '../../src/lint/rules/index.js';
import { ROOT } from '../helpers/example.js';

const docs = readFileSync(path.join(ROOT, 'docs/lint.md'), 'utf8');
const yamlBlocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/lint.md', () => {
  it('shows a config example that is valid for the registered rules', async () => {
    const example = yamlBlocks.find((block) => block.startsWith('# .slarc.yaml'))!;
    expect(example).toBeDefined();
    const config = await new ConfigLoader(rules).parse(example, 'docs/.slarc.yaml');
    expect(config.ignores).toEqual(['drafts/**', 'archive/*.sla.yaml']);
  });

  it('shows directive examples that parse as directives, with their reasons', () => {
    const example = yamlBlocks.find((block) => block.includes('sla-disable-next-line'))!;
    const directives = parseDirectives(example);
    expect(directives.map((d) => [d.kind, d.ruleIds, d.reason])).toEqual([
      ['disable-next-line', ['vague-wording'], '"promptly" is defined in the glossary, agreed with counsel'],
      ['disable-line', ['timezone-abbreviation'], undefined],
      ['disable', ['no-placeholders'], 'this template keeps its TODOs on purpose'],
    ]);
  });

  it('lists every registered rule, in the registry\'s order, with its metadata', () => {
    const rows = [...docs.matchAll(/^\| \[`([a-z0-9-]+)`\]\(rules\/([a-z0-9-]+)\.md\) \| (\w+) \| (\w+) \| (✔?) \| (.*) \|$/gm)];
    expect(rows.map((row) => row[1])).toEqual(rules.map((rule) => rule.meta.id));
    for (const [, id, page, category, severity, recommended, description] of rows) {
      const { meta } = rules.find((rule) => rule.meta.id === id)!;
      expect([page, category, severity, recommended === '✔', description!.replace(/\\\|/g, '|')], id).toEqual([id, meta.category, meta.defaultSeverity, meta.recommended, meta.description]);
    }
  });

  it('documents every output format and exit code', () => {
    for (const format of FORMAT_NAMES) expect(docs).toContain(`### \`${format}\``);
    for (const code of ['| 0 |', '| 1 |', '| 2 |']) expect(docs).toContain(code);
  });
});

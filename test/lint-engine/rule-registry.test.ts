/**
 * The rule files, the registry, the docs pages and the tests must agree (ESLint's `checkRuleFiles`): a rule
 * without docs or tests, or a docs page without a rule, fails the build instead of waiting to be noticed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ENGINE_CHECKS } from '../../src/lint/engine.js';
import { rules } from '../../src/lint/rules/index.js';
import { ROOT } from '../helpers/example.js';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CATEGORIES = ['scope', 'severity', 'targets', 'calendar', 'responsibilities', 'monitoring', 'change', 'governance', 'wording', 'hygiene'];
const ruleIds = rules.map((rule) => rule.meta.id);
const docsDir = path.join(ROOT, 'docs/rules');
const rulesDir = path.join(ROOT, 'src/lint/rules');

describe('the rule registry', () => {
  it('has rules, each id unique, kebab-case and distinct from the engine checks', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id).toMatch(KEBAB);
    for (const check of ENGINE_CHECKS) expect(ruleIds).not.toContain(check.id);
  });

  it('registers every rule file, under the file name', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect([...ruleIds].sort()).toEqual(files.sort());
  });

  it('is counted right in the README\'s command table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const counts = [...readme.matchAll(/\b(\d+) rules for the drafting mistakes\b/g)].map((match) => Number(match[1]));
    expect(counts, 'README.md: "<n> rules for the drafting mistakes"').toEqual([rules.length]);
  });

  it('has no docs page without a registered rule', () => {
    const pages = existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')) : [];
    expect(pages.filter((page) => !ruleIds.includes(page)), 'docs pages without a registered rule').toEqual([]);
  });
});

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('rule %s', (id, rule) => {
  const { meta } = rule;

  it('describes itself: one-line description, category, severity', () => {
    expect(meta.description.trim().length).toBeGreaterThan(10);
    expect(meta.description).not.toContain('\n');
    expect(CATEGORIES).toContain(meta.category);
    expect(['error', 'warning', 'info']).toContain(meta.defaultSeverity);
    expect(typeof meta.recommended).toBe('boolean');
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
  });

  it(`has a docs page docs/rules/${id}.md with a failing and a passing YAML example`, () => {
    const page = path.join(docsDir, `${id}.md`);
    expect(existsSync(page), `docs/rules/${id}.md is missing`).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.match(/```ya?ml/g)?.length ?? 0, 'a failing and a passing YAML example').toBeGreaterThanOrEqual(2);
  });

  it(`has tests in test/lint-rules/${id}.test.ts`, () => {
    expect(existsSync(path.join(ROOT, 'test/lint-rules', `${id}.test.ts`)), `test/lint-rules/${id}.test.ts is missing`).toBe(true);
  });

  it('reports only message ids it declares, and declares none it never uses', () => {
    const source = readFileSync(path.join(rulesDir, `${id}.ts`), 'utf8');
    const referenced = [...source.matchAll(/messageId:\s*'([^']+)'/g)].map((m) => m[1]!);
    for (const messageId of referenced) expect(Object.keys(meta.messages), `messageId '${messageId}'`).toContain(messageId);
    for (const declared of Object.keys(meta.messages)) expect(source, `message '${declared}' is never reported`).toContain(`'${declared}'`);
  });

  it('has an options schema that compiles and accepts its default options', () => {
    if (!meta.optionsSchema) {
      expect(meta.defaultOptions === undefined || Object.keys(meta.defaultOptions).length === 0).toBe(true);
      return;
    }
    // A CommonJS module: the class is its exports' `default`.
    const validate = new Ajv2020.default({ strict: false }).compile(meta.optionsSchema);
    expect(validate(meta.defaultOptions ?? {}), JSON.stringify(validate.errors)).toBe(true);
  });
});

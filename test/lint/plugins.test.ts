import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigLoader, RuleOverrideError } from '../../src/lint/config.js';
import { Linter, lintText } from '../../src/lint/engine.js';
import { describeRules } from '../../src/lint/catalog.js';
import { pluginPrefixOf } from '../../src/lint/plugins.js';
import type { SlaPlugin } from '../../src/index.js';
import { ROOT } from '../helpers/example.js';
import { fakeRules } from '../lint-engine/fake-rules.js';

const EXAMPLE_PLUGIN = path.join(ROOT, 'examples/plugin');
/** A valid agreement with "unlimited" on line 14 and two severity levels (the example plugin's own fixture). */
const AGREEMENT = readFileSync(path.join(EXAMPLE_PLUGIN, 'test/fixtures/agreement.yaml'), 'utf8');

function project(files: Record<string, string | object>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'sla-plugins-')));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

/** A plugin module (ESM) with the given rules' source, each `{ meta, check }`. */
function pluginSource(name: string, rules: Record<string, string>): string {
  return `export default { meta: { name: ${JSON.stringify(name)}, version: '0.0.1' }, rules: { ${Object.entries(rules).map(([id, rule]) => `${JSON.stringify(id)}: ${rule}`).join(', ')} } };\n`;
}

const ruleSource = (id: string, check: string, extra = '') =>
  `{ meta: { id: ${JSON.stringify(id)}, description: 'x', category: 'hygiene', defaultSeverity: 'warning', recommended: true, messages: { hit: 'hit {{what}}' }${extra} }, check(context) { ${check} } }`;

async function lintWith(root: string, text = AGREEMENT, options: { ruleOverrides?: Record<string, unknown> } = {}) {
  const linter = await Linter.create({ cwd: root, rules: fakeRules, ...options });
  return { linter, result: await linter.lintText(text, 'a.sla.yaml') };
}

describe('plugins', () => {
  it('bring rules named with the prefix, off until `rules` sets them, with the rule\'s docs URL', async () => {
    const root = project({ '.slarc.yaml': `extends: []\nplugins:\n  example: ${JSON.stringify(EXAMPLE_PLUGIN)}\nrules:\n  example/banned-terms: error\n` });
    const { linter, result } = await lintWith(root);
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.severity, f.line])).toEqual([['example/banned-terms', 'banned', 'error', 14]]);
    expect(result.findings[0]!.docsUrl).toBe('https://github.com/sla-as-code/sla/blob/main/examples/plugin/docs/rules/banned-terms.md');
    const config = await linter.configFor('a.sla.yaml');
    expect(config.rules.get('example/max-severity-levels')).toEqual({ severity: 'off', options: { max: 4 } });
    expect(config.plugins).toEqual([{ prefix: 'example', name: 'sla-plugin-example', version: '1.0.0', specifier: EXAMPLE_PLUGIN, file: path.join(EXAMPLE_PLUGIN, 'index.js') }]);
    expect(config.sources).toEqual([path.join(root, '.slarc.yaml'), path.join(EXAMPLE_PLUGIN, 'index.js'), path.join(EXAMPLE_PLUGIN, 'package.json')]);
    expect(linter.pluginRules.map((rule) => rule.meta.id)).toEqual(['example/banned-terms', 'example/max-severity-levels']);
  });

  it('take inline directives like built-in rules, and a directive for a rule the file\'s config does not have is unknown', async () => {
    const root = project({
      'with/.slarc.yaml': `extends: []\nplugins: { example: ${JSON.stringify(EXAMPLE_PLUGIN)} }\nrules:\n  example/banned-terms: error\n`,
      'without/.slarc.yaml': 'extends: []\n',
    });
    const text = AGREEMENT.replace('    description: Answers', '    # sla-disable-next-line example/banned-terms -- our patience is a feature\n    description: Answers');
    const linter = await Linter.create({ cwd: root, rules: fakeRules });
    const suppressed = await linter.lintText(text, 'with/a.sla.yaml');
    expect(suppressed.findings).toEqual([]);
    expect(suppressed.suppressed.map((f) => [f.ruleId, f.suppressed])).toEqual([['example/banned-terms', { reason: 'our patience is a feature' }]]);
    const unknown = await linter.lintText(text, 'without/a.sla.yaml');
    expect(unknown.findings.map((f) => [f.ruleId, f.messageId])).toEqual([['unused-disable-directive', 'unknownRule']]);
  });

  it('load from a package in node_modules, named in a list (the prefix from the package name) or a mapping', async () => {
    const root = project({ '.slarc.yaml': 'extends: []\nplugins: [sla-plugin-example]\nrules:\n  example/max-severity-levels: [error, { max: 1 }]\n' });
    cpSync(EXAMPLE_PLUGIN, path.join(root, 'node_modules/sla-plugin-example'), { recursive: true });
    const { result } = await lintWith(root);
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([['example/max-severity-levels', '2 severity levels; our support runs on at most 1']]);
    expect([pluginPrefixOf('sla-plugin-acme'), pluginPrefixOf('@acme/sla-plugin'), pluginPrefixOf('@acme/sla-plugin-legal'), pluginPrefixOf('acme-rules')]).toEqual(['acme', '@acme', '@acme/legal', 'acme-rules']);
  });

  it('validate the options of a plugin\'s rule with its options schema, and merge them over its defaults', async () => {
    const root = project({
      '.slarc.yaml': `extends: []\nplugins: { example: ${JSON.stringify(EXAMPLE_PLUGIN)} }\nrules:\n  example/banned-terms: [error, { term: [x] }]\n`,
      'good.yaml': `extends: []\nplugins: { example: ${JSON.stringify(EXAMPLE_PLUGIN)} }\nrules:\n  example/banned-terms: [error, { terms: [patience] }]\n`,
    });
    const error = await new ConfigLoader(fakeRules).loadFile(path.join(root, '.slarc.yaml')).catch((e: unknown) => e) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/`example\/banned-terms` has no option `term` \(did you mean `terms`\?\)/);
    expect([error.range.line, error.range.column]).toEqual([4, 35]);
    const linter = await Linter.create({ cwd: root, rules: fakeRules, configFile: 'good.yaml' });
    const result = await linter.lintText(AGREEMENT, 'a.sla.yaml');
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([['example/banned-terms', 14]]);
  });

  it('come from the configs a config extends, so a shared config can bring its plugins', async () => {
    const root = project({
      'node_modules/@acme/sla-config/package.json': { name: '@acme/sla-config', main: 'sla.yaml' },
      'node_modules/@acme/sla-config/sla.yaml': `extends: []\nplugins: { acme: ${JSON.stringify(EXAMPLE_PLUGIN)} }\nrules: { acme/banned-terms: warning }\n`,
      '.slarc.yaml': 'extends: "@acme/sla-config"\nrules:\n  acme/max-severity-levels: [error, { max: 1 }]\n',
    });
    const { result } = await lintWith(root);
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['acme/banned-terms', 'warning'], ['acme/max-severity-levels', 'error']]);
  });

  const bad: [what: string, config: string, message: RegExp][] = [
    ['a rule of a plugin the config does not name', 'rules:\n  acme/banned-terms: error\n', /unknown rule `acme\/banned-terms`: no plugin `acme` in this config; name it in `plugins`/],
    ['a rule the plugin does not have', `plugins: { example: ${JSON.stringify(EXAMPLE_PLUGIN)} }\nrules:\n  example/banned-term: error\n`, /the plugin `example` \(sla-plugin-example\) has no rule `banned-term` \(did you mean `example\/banned-terms`\?\)/],
    ['a missing plugin package', 'plugins: { acme: "@acme/sla-plugin" }\n', /cannot find the package `@acme\/sla-plugin` \(the plugin `@acme\/sla-plugin`\) .*; install it: npm install -D @acme\/sla-plugin/],
    ['a missing plugin file', 'plugins: { acme: ./plugins/acme.js }\n', /cannot find the plugin `\.\/plugins\/acme\.js`: there is no plugins\/acme\.js next to \.slarc\.yaml; check the path/],
    ['a bad prefix', 'plugins: { "Acme Rules": ./x.js }\n', /`Acme Rules` cannot be a plugin prefix/],
  ];
  it.each(bad)('refuse %s', async (_what, config, message) => {
    const root = project({ '.slarc.yaml': config });
    await expect(new ConfigLoader(fakeRules).loadFile(path.join(root, '.slarc.yaml'))).rejects.toThrow(message);
  });

  const badPlugins: [what: string, source: string, message: RegExp][] = [
    ['no meta.name', 'export default { rules: {} };', /the plugin `\.\/p\.mjs` has no `meta\.name`/],
    ['a rule with an unknown category', pluginSource('p', { 'x-rule': ruleSource('x-rule', '', '').replace("'hygiene'", "'style'") }), /the plugin `\.\/p\.mjs` rule `x-rule`: its `meta\.category` must be .*not "style"; see docs\/plugins\.md/],
    ['a rule whose id is not its key', pluginSource('p', { 'x-rule': ruleSource('y-rule', '') }), /rule `x-rule`: its `meta\.id` must be `x-rule`/],
    ['a rule without messages', pluginSource('p', { 'x-rule': ruleSource('x-rule', '').replace("messages: { hit: 'hit {{what}}' }", 'messages: {}') }), /rule `x-rule`: has no `meta\.messages`/],
    ['an options schema that is not valid', pluginSource('p', { 'x-rule': ruleSource('x-rule', '', ", optionsSchema: { type: 'objekt' }") }), /rule `x-rule`: its `meta\.optionsSchema` is not a valid JSON Schema/],
    ['default options that fail the schema', pluginSource('p', { 'x-rule': ruleSource('x-rule', '', ", optionsSchema: { type: 'object', properties: { n: { type: 'integer' } } }, defaultOptions: { n: 'x' }") }), /its `meta\.defaultOptions` do not match its `meta\.optionsSchema`/],
    ['a module that throws when imported', 'throw new Error("not today");', /cannot load the plugin `\.\/p\.mjs` \(.*p\.mjs\): not today/],
  ];
  it.each(badPlugins)('check what a plugin exports: %s is a ConfigError at the entry that names it', async (_what, source, message) => {
    const root = project({ '.slarc.yaml': 'extends: []\nplugins:\n  p: ./p.mjs\n', 'p.mjs': source });
    const error = await new ConfigLoader(fakeRules).loadFile(path.join(root, '.slarc.yaml')).catch((e: unknown) => e) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(message);
    expect([error.file, error.range.line, error.range.column]).toEqual([path.join(root, '.slarc.yaml'), 3, 6]);
  });

  it('are not loaded unless a config names them', async () => {
    const root = project({
      'node_modules/sla-plugin-boom/package.json': { name: 'sla-plugin-boom', type: 'module', main: 'index.js' },
      'node_modules/sla-plugin-boom/index.js': 'globalThis.__slaBoomImported = true;\nthrow new Error("sla-plugin-boom was imported");\n',
      'plain/.slarc.yaml': 'rules: {}\n',
      'named/.slarc.yaml': 'plugins: [sla-plugin-boom]\n',
    });
    const linter = await Linter.create({ cwd: root, rules: fakeRules });
    const result = await linter.lintText(AGREEMENT, 'plain/a.sla.yaml');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['fake-first-severity']);
    expect((globalThis as { __slaBoomImported?: boolean }).__slaBoomImported).toBeUndefined();
    await expect(linter.lintText(AGREEMENT, 'named/a.sla.yaml')).rejects.toThrow(/cannot load the plugin `sla-plugin-boom` .*sla-plugin-boom was imported/);
  });
});

describe('a plugin rule that crashes', () => {
  const crashing = pluginSource('sla-plugin-crash', {
    explode: ruleSource('explode', 'throw new TypeError("cannot read properties of undefined (reading \'x\')");'),
    later: ruleSource('later', 'context.report({ messageId: "hit", data: { what: "after" }, pointer: "/title" });'),
    async: ruleSource('async', 'return Promise.reject(new Error("late"));'),
    typo: ruleSource('typo', 'context.report({ messageId: "hti", pointer: "/title" });'),
  });

  it('is an error finding at the start of the file that names the plugin, the rule and the error; the other findings stay', async () => {
    const root = project({
      'crash.mjs': crashing,
      '.slarc.yaml': 'plugins: { crash: ./crash.mjs }\nrules:\n  crash/explode: warning\n  crash/later: info\n  crash/async: warning\n  crash/typo: warning\n',
    });
    const { result } = await lintWith(root);
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.severity, f.line, f.column])).toEqual([
      ['crash/async', 'crash', 'error', 1, 1],
      ['crash/explode', 'crash', 'error', 1, 1],
      ['crash/typo', 'crash', 'error', 1, 1],
      ['crash/later', 'hit', 'info', 4, 8],
      ['fake-first-severity', 'first', 'error', 26, 9],
    ]);
    const byRule = Object.fromEntries(result.findings.map((f) => [f.ruleId, f.message]));
    expect(byRule['crash/explode']).toBe("rule `crash/explode` of the plugin `sla-plugin-crash` crashed on this file: cannot read properties of undefined (reading 'x'); the other rules' findings are complete (report it to the plugin's authors)");
    expect(byRule['crash/async']).toMatch(/its check returned a Promise; a rule's check must be synchronous/);
    expect(byRule['crash/typo']).toMatch(/reported unknown message id `hti`/);
    // Not a failure of sla: the CLI's exit 2 for a crashed built-in rule does not apply.
    expect(result.ruleFailures).toEqual([]);
    expect(result.errorCount).toBe(4);
  });

  it('is the same for a built-in rule, which is also recorded as a failure of sla', () => {
    const broken = { meta: { ...fakeRules[0]!.meta, id: 'fake-broken' }, check: () => { throw new Error('boom'); } };
    const result = lintText(AGREEMENT, { rules: [broken, ...fakeRules] });
    expect(result.findings.map((f) => [f.ruleId, f.messageId])).toEqual([['fake-broken', 'crash'], ['fake-first-severity', 'first']]);
    expect(result.ruleFailures).toEqual([{ ruleId: 'fake-broken', message: 'boom' }]);
  });
});

describe('--rule for a plugin\'s rule', () => {
  it('applies to a config that names the plugin, with its options checked there', async () => {
    const root = project({ '.slarc.yaml': `extends: []\nplugins: { example: ${JSON.stringify(EXAMPLE_PLUGIN)} }\n` });
    const { result } = await lintWith(root, AGREEMENT, { ruleOverrides: { 'example/banned-terms': ['warning', { terms: ['down for all users'] }] } });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['example/banned-terms', 'warning', 29]]);
    const bad = lintWith(root, AGREEMENT, { ruleOverrides: { 'example/banned-terms': ['warning', { terms: 'down' }] } });
    await expect(bad).rejects.toBeInstanceOf(RuleOverrideError);
    await expect(lintWith(root, AGREEMENT, { ruleOverrides: { 'example/banned-terms': 'loud' } })).rejects.toThrow(/severity of `example\/banned-terms` must be/);
  });

  it('is refused for a file whose config does not name the plugin', async () => {
    const bare = project({});
    await expect(lintWith(bare, AGREEMENT, { ruleOverrides: { 'example/banned-terms': 'error' } })).rejects.toThrow(/no plugin `example` \(no config file applies, so no plugin is named\)/);
    const root = project({ '.slarc.yaml': 'rules: {}\n' });
    await expect(lintWith(root, AGREEMENT, { ruleOverrides: { 'example/banned-terms': 'error' } })).rejects.toThrow(/unknown rule `example\/banned-terms`: no plugin `example` in .*\.slarc\.yaml; name it in `plugins`/);
  });
});

describe('the rule catalog', () => {
  it('describes a config\'s plugin rules after the built-in ones, with their docs and plugin', async () => {
    const root = project({ '.slarc.yaml': `plugins: { example: ${JSON.stringify(EXAMPLE_PLUGIN)} }\n` });
    const config = await new ConfigLoader(fakeRules).loadFile(path.join(root, '.slarc.yaml'));
    const described = await describeRules(config.pluginRules);
    const builtIn = await describeRules();
    expect(described.slice(0, builtIn.length)).toEqual(builtIn);
    expect(builtIn.some((rule) => 'plugin' in rule)).toBe(false);
    expect(described.slice(builtIn.length).map((rule) => [rule.id, rule.category, rule.plugin, rule.docsUrl])).toEqual([
      ['example/banned-terms', 'wording', 'sla-plugin-example', 'https://github.com/sla-as-code/sla/blob/main/examples/plugin/docs/rules/banned-terms.md'],
      ['example/max-severity-levels', 'severity', 'sla-plugin-example', 'https://github.com/sla-as-code/sla/blob/main/examples/plugin/docs/rules/max-severity-levels.md'],
    ]);
  });
});

describe('the typed plugin contract', () => {
  it('is what the example plugin exports', async () => {
    const plugin = ((await import(pathToFileURL(path.join(EXAMPLE_PLUGIN, 'index.js')).href)) as { default: SlaPlugin }).default;
    expect(plugin.meta).toEqual({ name: 'sla-plugin-example', version: '1.0.0' });
    expect(Object.keys(plugin.rules)).toEqual(['banned-terms', 'max-severity-levels']);
    const manifest = JSON.parse(readFileSync(path.join(EXAMPLE_PLUGIN, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> };
    expect(Object.keys(manifest.peerDependencies)).toEqual(['@sla-as-code/sla']);
  });
});

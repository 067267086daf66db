import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigLoader, configSchema } from '../../src/lint/config.js';
import { Linter } from '../../src/lint/engine.js';
import { fakeRules } from '../lint-engine/fake-rules.js';

/** A temporary project: file name → content (objects are written as JSON). */
function project(files: Record<string, string | object>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'sla-extends-')));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

async function load(root: string, file = '.slarc.yaml') {
  return new ConfigLoader(fakeRules).loadFile(path.join(root, file));
}

async function loadError(root: string, file = '.slarc.yaml'): Promise<ConfigError> {
  const error = await load(root, file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const severities = (config: Awaited<ReturnType<typeof load>>) => Object.fromEntries([...config.rules].map(([id, rule]) => [id, rule.severity]));

describe('extends: a config file by path', () => {
  it('applies the file, relative to the config\'s folder, and the config\'s own rules on top', async () => {
    const root = project({
      'shared/base.yaml': 'extends: []\nrules:\n  fake-shout: error\n  fake-first-severity: [info, { label: base }]\n',
      'team/.slarc.yaml': 'extends: [sla:recommended, ../shared/base.yaml]\nrules:\n  fake-first-severity: warning\n',
    });
    const config = await load(root, 'team/.slarc.yaml');
    expect(severities(config)).toEqual({ 'fake-first-severity': 'warning', 'fake-shout': 'error' });
    // A severity alone keeps the options an extended config gave, as in ESLint.
    expect(config.rules.get('fake-first-severity')!.options).toEqual({ at: 'value', label: 'base' });
    expect(config.sources).toEqual([path.join(root, 'team/.slarc.yaml'), path.join(root, 'shared/base.yaml')]);
  });

  it('applies later entries over earlier ones', async () => {
    const root = project({
      'a.yaml': 'extends: []\nrules: { fake-shout: info }\n',
      'b.yaml': 'extends: []\nrules: { fake-shout: error }\n',
      '.slarc.yaml': 'extends: [./a.yaml, ./b.yaml]\n',
      'reversed.yaml': 'extends: [./b.yaml, ./a.yaml]\n',
    });
    expect((await load(root)).rules.get('fake-shout')!.severity).toBe('error');
    expect((await load(root, 'reversed.yaml')).rules.get('fake-shout')!.severity).toBe('info');
  });

  it('means what the extended file means on its own: without `extends` it starts from sla:recommended', async () => {
    const root = project({ 'base.yaml': 'rules: { fake-shout: info }\n', '.slarc.yaml': 'extends: [sla:strict, ./base.yaml]\n' });
    // base.yaml's implicit sla:recommended turns fake-first-severity back to its default; strict's is overridden.
    expect(severities(await load(root))).toEqual({ 'fake-first-severity': 'error', 'fake-shout': 'info' });
  });

  it('follows nested extends', async () => {
    const root = project({
      'one.yaml': 'extends: [./two/two.yaml]\nrules: { fake-shout: warning }\n',
      'two/two.yaml': 'extends: [../three.yaml]\nrules: { fake-first-severity: [error, { label: two }] }\n',
      'three.yaml': 'extends: []\nrules: { fake-shout: error, fake-first-severity: [info, { at: key }] }\n',
      '.slarc.yaml': 'extends: ./one.yaml\n',
    });
    const config = await load(root);
    expect(severities(config)).toEqual({ 'fake-first-severity': 'error', 'fake-shout': 'warning' });
    expect(config.rules.get('fake-first-severity')!.options).toEqual({ at: 'value', label: 'two' });
    expect(config.sources).toEqual(['.slarc.yaml', 'one.yaml', 'two/two.yaml', 'three.yaml'].map((f) => path.join(root, f)));
  });

  it('refuses a cycle, with the chain', async () => {
    const root = project({
      '.slarc.yaml': 'extends: [./a.yaml]\n',
      'a.yaml': 'extends: [./b.yaml]\n',
      'b.yaml': 'rules: {}\nextends: [sla:strict, ./a.yaml]\n',
    });
    const error = await loadError(root);
    expect(error.message).toMatch(/^`extends` makes a cycle: \.slarc\.yaml → a\.yaml → b\.yaml → a\.yaml;/);
    expect(error.file).toBe(path.join(root, 'b.yaml'));
    expect([error.range.line, error.range.column]).toEqual([2, 23]);
    // A config that extends itself.
    const self = project({ '.slarc.yaml': 'extends: ./.slarc.yaml\n' });
    expect((await loadError(self)).message).toMatch(/cycle: \.slarc\.yaml → \.slarc\.yaml;/);
  });

  it('says how to fix a path that does not exist, at the entry', async () => {
    const root = project({ '.slarc.yaml': 'extends:\n  - sla:recommended\n  - ./missing.yaml\n' });
    const error = await loadError(root);
    expect(error.message).toMatch(/cannot find the shared config `\.\/missing\.yaml`: there is no missing\.yaml next to \.slarc\.yaml; check the path/);
    expect([error.file, error.range.line, error.range.column]).toEqual([path.join(root, '.slarc.yaml'), 3, 5]);
  });

  it('hints at ./ when a bare name is a file next to the config', async () => {
    const root = project({ 'base.yaml': 'rules: {}\n', '.slarc.yaml': 'extends: base.yaml\n' });
    expect((await loadError(root)).message).toMatch(/install it: npm install -D base\.yaml; to extend the file base\.yaml next to \.slarc\.yaml, write `\.\/base\.yaml`/);
  });

  it('validates an extended config as a config file, naming that file, line and column', async () => {
    const root = project({ 'base.yaml': 'extends: []\nrules:\n  fake-shuot: error\n', '.slarc.yaml': 'extends: ./base.yaml\n' });
    const error = await loadError(root);
    expect(error.message).toMatch(/unknown rule `fake-shuot` \(did you mean `fake-shout`\?\)/);
    expect([error.file, error.range.line, error.range.column]).toEqual([path.join(root, 'base.yaml'), 3, 3]);
  });

  it('adds up ignores, relative to the folder of the config that uses them', async () => {
    const root = project({
      'shared/base.yaml': 'ignores: [drafts/**]\n',
      'team/.slarc.yaml': 'extends: ../shared/base.yaml\nignores: [\'!drafts/keep.sla.yaml\']\n',
      'team/drafts/a.sla.yaml': '',
      'team/drafts/keep.sla.yaml': '',
      'shared/drafts/b.sla.yaml': '',
    });
    const config = await load(root, 'team/.slarc.yaml');
    expect(config.ignores).toEqual(['drafts/**', '!drafts/keep.sla.yaml']);
    expect(config.baseDirectory).toBe(path.join(root, 'team'));
    const linter = await Linter.create({ cwd: root, rules: fakeRules });
    expect(await linter.isIgnored('team/drafts/a.sla.yaml')).toBe(true);
    expect(await linter.isIgnored('team/drafts/keep.sla.yaml')).toBe(false);
    expect(await linter.isIgnored('shared/drafts/b.sla.yaml')).toBe(false);
  });
});

describe('extends: a shared config package', () => {
  it('resolves a package from the config\'s folder, whose entry is a YAML file', async () => {
    const root = project({
      'node_modules/@acme/sla-config/package.json': { name: '@acme/sla-config', version: '2.1.0', main: 'sla.yaml' },
      'node_modules/@acme/sla-config/sla.yaml': 'extends: [sla:strict]\nrules:\n  fake-first-severity: [warning, { label: acme }]\n',
      'agreements/.slarc.yaml': 'extends: "@acme/sla-config"\nrules:\n  fake-shout: off\n',
    });
    const config = await load(root, 'agreements/.slarc.yaml');
    expect(severities(config)).toEqual({ 'fake-first-severity': 'warning', 'fake-shout': 'off' });
    expect(config.rules.get('fake-first-severity')!.options).toEqual({ at: 'value', label: 'acme' });
    expect(config.sources).toEqual([
      path.join(root, 'agreements/.slarc.yaml'),
      path.join(root, 'node_modules/@acme/sla-config/sla.yaml'),
      path.join(root, 'node_modules/@acme/sla-config/package.json'),
    ]);
  });

  it('takes a package\'s `exports` and a subpath, and resolves the package\'s own extends from inside it', async () => {
    const root = project({
      'node_modules/sla-config-acme/package.json': { name: 'sla-config-acme', exports: { '.': './recommended.yaml', './strict': './strict.yaml' } },
      'node_modules/sla-config-acme/recommended.yaml': 'extends: []\nrules: { fake-shout: info }\n',
      'node_modules/sla-config-acme/strict.yaml': 'extends: [./recommended.yaml]\nrules: { fake-first-severity: info }\n',
      '.slarc.yaml': 'extends: sla-config-acme/strict\n',
      'plain.yaml': 'extends: sla-config-acme\n',
    });
    expect(severities(await load(root))).toEqual({ 'fake-first-severity': 'info', 'fake-shout': 'info' });
    expect(severities(await load(root, 'plain.yaml'))).toEqual({ 'fake-first-severity': 'off', 'fake-shout': 'info' });
  });

  it('loads a package whose entry is a JavaScript module exporting the config (CommonJS or ESM)', async () => {
    const root = project({
      'node_modules/sla-config-cjs/package.json': { name: 'sla-config-cjs', version: '1.0.0' },
      'node_modules/sla-config-cjs/index.js': 'module.exports = { extends: [], rules: { "fake-shout": "error" }, ignores: ["old/**"] };\n',
      'node_modules/@acme/sla-config-esm/package.json': { name: '@acme/sla-config-esm', type: 'module', exports: './config.js' },
      'node_modules/@acme/sla-config-esm/config.js': 'export default { extends: ["sla-config-cjs"], rules: { "fake-first-severity": ["info", { "label": "esm" }] } };\n',
      '.slarc.yaml': 'extends: "@acme/sla-config-esm"\n',
    });
    const config = await load(root);
    expect(severities(config)).toEqual({ 'fake-first-severity': 'info', 'fake-shout': 'error' });
    expect(config.rules.get('fake-first-severity')!.options).toEqual({ at: 'value', label: 'esm' });
    expect(config.ignores).toEqual(['old/**']);
  });

  it('reads a package whose entry is JSON, with positions', async () => {
    const root = project({
      'node_modules/sla-config-json/package.json': { name: 'sla-config-json', main: 'config.json' },
      'node_modules/sla-config-json/config.json': '{\n  "extends": [],\n  "rules": { "fake-shout": "error" }\n}\n',
      'node_modules/sla-config-badjson/package.json': { name: 'sla-config-badjson', main: 'config.json' },
      'node_modules/sla-config-badjson/config.json': '{\n  "extends": [],\n  "rules": { "fake-shout": "loud" }\n}\n',
      '.slarc.yaml': 'extends: sla-config-json\n',
      'bad.yaml': 'extends: sla-config-badjson\n',
    });
    expect(severities(await load(root))).toEqual({ 'fake-first-severity': 'off', 'fake-shout': 'error' });
    const error = await loadError(root, 'bad.yaml');
    expect([error.file, error.range.line, error.range.column]).toEqual([path.join(root, 'node_modules/sla-config-badjson/config.json'), 3, 28]);
  });

  it('validates a JavaScript config, saying where in the object', async () => {
    const root = project({
      'node_modules/sla-config-bad/package.json': { name: 'sla-config-bad' },
      'node_modules/sla-config-bad/index.js': 'module.exports = { extends: [], rules: { "fake-shout": "loud" } };\n',
      '.slarc.yaml': 'extends: sla-config-bad\n',
    });
    const error = await loadError(root);
    expect(error.message).toMatch(/severity of `fake-shout` must be .* \(at `rules\.fake-shout`\)$/);
    expect(error.file).toBe(path.join(root, 'node_modules/sla-config-bad/index.js'));
  });

  it('says how to install a missing package, at the entry that names it', async () => {
    const root = project({ '.slarc.yaml': 'rules: {}\nextends: ["@acme/sla-config"]\n' });
    const error = await loadError(root);
    expect(error.message).toMatch(/^cannot find the package `@acme\/sla-config` \(the shared config `@acme\/sla-config`\) from .*; install it: npm install -D @acme\/sla-config$/);
    expect([error.range.line, error.range.column]).toEqual([2, 11]);
  });

  it('says when an installed package has no usable entry', async () => {
    const root = project({
      'node_modules/sla-config-empty/package.json': { name: 'sla-config-empty', main: 'missing.yaml' },
      '.slarc.yaml': 'extends: sla-config-empty\n',
    });
    expect((await loadError(root)).message).toMatch(/the package `sla-config-empty` is installed .* but the shared config `sla-config-empty` cannot be loaded/);
  });

  it('suggests a built-in preset for a misspelt bare name', async () => {
    const root = project({ '.slarc.yaml': 'extends: stirct\n' });
    expect((await loadError(root)).message).toMatch(/^`stirct` is not a built-in preset \(did you mean `sla:strict`\?\), and cannot find the package `stirct`/);
    const odd = project({ '.slarc.yaml': 'extends: "Not A Package"\n' });
    expect((await loadError(odd)).message).toMatch(/is neither a built-in preset .*, a config file .* nor a package name/);
  });
});

describe('the config schema for editors', () => {
  it('accepts packages and paths in extends, plugins, and plugin rules', () => {
    const schema = configSchema(fakeRules) as { properties: Record<string, unknown> & { rules: { patternProperties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties)).toEqual(['extends', 'plugins', 'rules', 'ignores']);
    const [pattern] = Object.keys(schema.properties.rules.patternProperties);
    for (const id of ['acme/banned-terms', '@acme/banned-terms', '@acme/legal/banned-terms']) expect(id).toMatch(new RegExp(pattern!));
    expect('vague-wording').not.toMatch(new RegExp(pattern!));
  });
});

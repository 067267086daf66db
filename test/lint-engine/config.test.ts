import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigLoader, configSchema } from '../../src/lint/config.js';
import { Linter } from '../../src/lint/engine.js';
import { exampleText } from '../helpers/example.js';
import { fakeRules, firstSeverity, shout } from './fake-rules.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sla-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

async function configError(text: string): Promise<ConfigError> {
  const error = await new ConfigLoader(fakeRules).parse(text, 'proj/.slarc.yaml').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('config files', () => {
  it('start from sla:recommended: recommended rules at their default severity, the others off', async () => {
    const config = await new ConfigLoader(fakeRules).parse('rules: {}\n', '.slarc.yaml');
    expect(config.rules.get('fake-first-severity')).toEqual({ severity: 'error', options: { at: 'value', label: 'default' } });
    expect(config.rules.get('fake-shout')!.severity).toBe('off');
  });

  it('turn every rule on with sla:strict, and set severities and options per rule', async () => {
    const config = await new ConfigLoader(fakeRules).parse('extends: sla:strict\nrules:\n  fake-first-severity: [warning, { label: mine }]\n', '.slarc.yaml');
    expect(config.rules.get('fake-shout')!.severity).toBe('warning');
    expect(config.rules.get('fake-first-severity')).toEqual({ severity: 'warning', options: { at: 'value', label: 'mine' } });
  });

  it('accept an empty file, or one of comments only, as the default configuration', async () => {
    for (const text of ['\n', '# rules to come\n\n# more later\n']) {
      const config = await new ConfigLoader(fakeRules).parse(text, '.slarc.yaml');
      expect(config.rules.get('fake-first-severity')!.severity).toBe('error');
    }
  });

  it('finds a config name that is a directory, so loading it says so instead of ignoring it', async () => {
    const { mkdtempSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'sla-config-'));
    mkdirSync(path.join(dir, '.slarc.yaml'));
    const loader = new ConfigLoader(fakeRules);
    const found = await loader.findConfigFile(dir);
    expect(found).toBe(path.join(dir, '.slarc.yaml'));
    await expect(loader.loadFile(found!)).rejects.toThrow(/cannot read the config file: this is a directory, not a file/);
  });

  const bad: [what: string, text: string, message: RegExp, line: number, column: number][] = [
    ['an unknown rule, with a suggestion', 'rules:\n  fake-shuot: error\n', /unknown rule `fake-shuot` \(did you mean `fake-shout`\?\)/, 2, 3],
    ['a misspelt severity', 'rules:\n  fake-shout: warn\n', /severity of `fake-shout` must be `off`, `info`, `warning` or `error`/, 2, 15],
    ['an option the rule does not have', 'rules:\n  fake-first-severity: [error, { labl: x }]\n', /has no option `labl` \(did you mean `label`\?\)/, 2, 34],
    ['an option of the wrong kind', 'rules:\n  fake-first-severity: [error, { at: middle }]\n', /`fake-first-severity.at` must be one of `key` or `value`/, 2, 38],
    ['options for a rule without any', 'rules:\n  fake-shout: [error, { a: 1 }]\n', /`fake-shout` takes no options/, 2, 23],
    ['an unknown preset', 'extends: sla:recomended\n', /unknown preset `sla:recomended` \(did you mean `sla:recommended`\?\)/, 1, 10],
    ['an unknown top-level key', 'rule:\n  fake-shout: error\n', /unknown key `rule` \(did you mean `rules`\?\)/, 1, 1],
    ['ignores that are not a list', 'ignores: drafts/**\n', /`ignores` must be array/, 1, 10],
    ['broken YAML', 'rules: [\n', /./, 2, 1],
    ['a list at the top', '- fake-shout\n', /a config file is a mapping/, 1, 1],
  ];
  it.each(bad)('reject %s, naming the config file, line and column', async (_what, text, message, line, column) => {
    const error = await configError(text);
    expect(error.message).toMatch(message);
    expect(error.file).toBe('proj/.slarc.yaml');
    expect([error.range.line, error.range.column]).toEqual([line, column]);
    expect(error.toString()).toBe(`proj/.slarc.yaml:${line}:${column}: ${error.message}`);
  });

  it('have a JSON Schema made from the rules', () => {
    const schema = configSchema(fakeRules) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(['fake-first-severity', 'fake-shout']);
  });
});

describe('finding the config for a file', () => {
  it('walks up from the file to the nearest .slarc.yaml or sla.config.yaml', async () => {
    const root = project({
      '.slarc.yaml': 'rules:\n  fake-first-severity: warning\n',
      'team/sla.config.yaml': 'rules:\n  fake-first-severity: info\n',
      'team/deep/x.sla.yaml': '',
      'other/y.sla.yaml': '',
    });
    const linter = await Linter.create({ cwd: root, rules: fakeRules });
    expect((await linter.configFor('team/deep/x.sla.yaml')).file).toBe(path.join(root, 'team/sla.config.yaml'));
    expect((await linter.configFor('other/y.sla.yaml')).rules.get('fake-first-severity')!.severity).toBe('warning');
  });

  it('uses --config for every file when given, and fails up front when it is bad', async () => {
    const root = project({ 'team/.slarc.yaml': 'rules: {}\n', 'strict.yaml': 'extends: [sla:strict]\n', 'bad.yaml': 'rules:\n  nope: error\n' });
    const linter = await Linter.create({ cwd: root, rules: fakeRules, configFile: 'strict.yaml' });
    expect((await linter.configFor('team/x.sla.yaml')).rules.get('fake-shout')!.severity).toBe('warning');
    await expect(Linter.create({ cwd: root, rules: fakeRules, configFile: 'bad.yaml' })).rejects.toBeInstanceOf(ConfigError);
    await expect(Linter.create({ cwd: root, rules: fakeRules, configFile: 'missing.yaml' })).rejects.toThrow(/cannot read the config file/);
  });

  it('refuses a config that is a directory, binary, not UTF-8 or huge, with a position and no raw error code', async () => {
    const root = project({ 'dir/.keep': '', 'nul.yaml': 'rules:\n  \0\n', 'latin1.yaml': '' });
    writeFileSync(path.join(root, 'latin1.yaml'), Buffer.from([0x72, 0x3a, 0x20, 0xe9, 0x0a]));
    writeFileSync(path.join(root, 'huge.yaml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const failure = (configFile: string) => Linter.create({ cwd: root, rules: fakeRules, configFile }).then(() => undefined, (e: unknown) => e as ConfigError);
    expect((await failure('dir'))?.message).toBe('cannot read the config file: this is a directory, not a file');
    const nul = await failure('nul.yaml');
    expect(nul?.message).toBe('cannot read the config file: it contains NUL bytes, so it is binary, not YAML text; is this the right file?');
    expect(nul?.range).toMatchObject({ line: 2, column: 3 });
    expect((await failure('latin1.yaml'))?.message).toMatch(/^cannot read the config file: it is not valid UTF-8 \(byte 0xe9/);
    expect((await failure('huge.yaml'))?.message).toMatch(/^cannot read the config file: it is 2,097,155 bytes, more than the 1,048,576-byte limit; is this the right file\?$/);
  });

  it('reads each config file once for many files', async () => {
    const root = project({ '.slarc.yaml': 'rules: {}\n' });
    const linter = await Linter.create({ cwd: root, rules: fakeRules });
    const configs = await Promise.all(Array.from({ length: 20 }, (_, i) => linter.configFor(`a/b${i % 3}/f${i}.sla.yaml`)));
    expect(new Set(configs).size).toBe(1);
  });

  it('skips files its ignores match, relative to the config file', async () => {
    const text = exampleText().replace('definition: The assistant is unavailable', 'definition: The ZZTOP assistant is unavailable');
    const root = project({
      '.slarc.yaml': 'extends: sla:strict\nignores: [drafts/**]\n',
      'drafts/a.sla.yaml': text,
      'final/b.sla.yaml': text,
    });
    const linter = await Linter.create({ cwd: root, rules: [firstSeverity, shout] });
    const run = await linter.lintFiles(['.']);
    expect(run.ignored).toEqual([{ file: 'drafts/a.sla.yaml', named: false, by: { kind: 'config', configFile: path.join(root, '.slarc.yaml') } }]);
    expect(run.results.map((r) => [r.file, r.findings.map((f) => f.ruleId)])).toEqual([['final/b.sla.yaml', ['fake-first-severity', 'fake-shout']]]);
    const onlyIgnored = await linter.lintFiles(['drafts']);
    expect(onlyIgnored.problems).toEqual([{ input: 'drafts', message: 'every agreement it matches is ignored', kind: 'all-ignored' }]);
    // A file named on the command line is skipped without a problem: the CLI warns, and exits 0.
    const named = await linter.lintFiles(['drafts/a.sla.yaml']);
    expect(named).toMatchObject({ results: [], problems: [], ignored: [{ file: 'drafts/a.sla.yaml', named: true }] });
    // ignore: false (--no-ignore) lints it.
    const all = await (await Linter.create({ cwd: root, rules: [firstSeverity, shout], ignore: false })).lintFiles(['drafts']);
    expect(all.results.map((r) => r.file)).toEqual(['drafts/a.sla.yaml']);
  });
});

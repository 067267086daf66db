import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';

const EXAMPLE_PLUGIN = path.join(ROOT, 'examples/plugin');
/** A valid agreement with "unlimited" on line 14 and two severity levels. */
const AGREEMENT = readFileSync(path.join(EXAMPLE_PLUGIN, 'test/fixtures/agreement.yaml'), 'utf8');

/** A project with an agreement, the example plugin installed as sla-plugin-example, and the files given. */
function project(files: Record<string, string | object>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'sla-lint-plugins-')));
  cpSync(EXAMPLE_PLUGIN, path.join(root, 'node_modules/sla-plugin-example'), { recursive: true });
  for (const [name, content] of Object.entries({ 'a.sla.yaml': AGREEMENT, ...files })) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

const ACME_CONFIG = {
  'node_modules/@acme/sla-config/package.json': { name: '@acme/sla-config', version: '3.0.0', main: 'sla.yaml', peerDependencies: { 'sla-plugin-example': '*' } },
  'node_modules/@acme/sla-config/sla.yaml': 'extends: []\nplugins: { acme: sla-plugin-example }\nrules:\n  acme/banned-terms: warning\n',
};

interface JsonResult {
  findings: { ruleId: string; severity: string; line: number; message: string; docsUrl: string }[];
}

const findingsOf = (stdout: string) => (JSON.parse(stdout) as JsonResult[]).flatMap((result) => result.findings);

describe('sla lint with shareable configs and plugins', () => {
  it('extends a config package that brings a plugin, and reports the plugin\'s findings with its docs', async () => {
    const root = project({ ...ACME_CONFIG, '.slarc.yaml': 'extends: "@acme/sla-config"\n' });
    const run = await runCli(['lint', 'a.sla.yaml', '-f', 'json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(findingsOf(run.stdout).map((f) => [f.ruleId, f.severity, f.line, f.docsUrl])).toEqual([
      ['acme/banned-terms', 'warning', 14, 'https://github.com/sla-as-code/sla/blob/main/examples/plugin/docs/rules/banned-terms.md'],
    ]);
  });

  it('takes a plugin\'s rule in --rule, and shows it in --print-config', async () => {
    const root = project({ ...ACME_CONFIG, '.slarc.yaml': 'extends: "@acme/sla-config"\n' });
    const run = await runCli(['lint', 'a.sla.yaml', '-f', 'json', '--rule', 'acme/banned-terms: error', '--rule', 'acme/max-severity-levels: [warning, { max: 1 }]'], { cwd: root });
    expect(run.code).toBe(1);
    expect(findingsOf(run.stdout).map((f) => [f.ruleId, f.severity])).toEqual([['acme/banned-terms', 'error'], ['acme/max-severity-levels', 'warning']]);
    const printed = await runCli(['lint', '--print-config', 'a.sla.yaml'], { cwd: root });
    expect(printed.code).toBe(0);
    const config = JSON.parse(printed.stdout) as { rules: Record<string, unknown> };
    expect(config.rules['acme/banned-terms']).toEqual(['warning', { terms: ['unlimited'] }]);
    expect(config.rules['acme/max-severity-levels']).toEqual(['off', { max: 4 }]);
  });

  it('lists plugin rules in SARIF\'s tool.driver.rules with their docs, and --print-config names the plugins and sources', async () => {
    const root = project({ ...ACME_CONFIG, '.slarc.yaml': 'extends: "@acme/sla-config"\n' });
    const run = await runCli(['lint', 'a.sla.yaml', '-f', 'sarif'], { cwd: root });
    const sarif = JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; ruleIndex?: number }[] }[] };
    const [sarifRun] = sarif.runs;
    const rule = sarifRun!.tool.driver.rules.find((r) => r.id === 'acme/banned-terms');
    expect(rule?.helpUri).toBe('https://github.com/sla-as-code/sla/blob/main/examples/plugin/docs/rules/banned-terms.md');
    const result = sarifRun!.results.find((r) => r.ruleId === 'acme/banned-terms');
    expect(sarifRun!.tool.driver.rules[result!.ruleIndex!]!.id).toBe('acme/banned-terms');
    const printed = JSON.parse((await runCli(['lint', '--print-config', 'a.sla.yaml'], { cwd: root })).stdout) as { plugins: { prefix: string; name: string }[]; sources: string[] };
    expect(printed.plugins).toMatchObject([{ prefix: 'acme', name: 'sla-plugin-example' }]);
    expect(printed.sources).toEqual(expect.arrayContaining(['.slarc.yaml', path.join('node_modules', '@acme', 'sla-config', 'sla.yaml')]));
  });

  it('refuses --rule for a plugin the config does not name, with exit 2', async () => {
    const root = project({ '.slarc.yaml': 'rules: {}\n' });
    const run = await runCli(['lint', 'a.sla.yaml', '--rule', 'acme/banned-terms: error'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--rule: unknown rule `acme\/banned-terms`: no plugin `acme` in .*\.slarc\.yaml; name it in `plugins`/);
  });

  it('exits 2 with the fix for a shared config that is not installed', async () => {
    const root = project({ '.slarc.yaml': 'extends: "@acme/sla-config"\n' });
    const run = await runCli(['lint', 'a.sla.yaml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/\.slarc\.yaml:1:10: cannot find the package `@acme\/sla-config` .*; install it: npm install -D @acme\/sla-config/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a cycle, showing the chain', async () => {
    const root = project({ '.slarc.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' });
    const run = await runCli(['lint', 'a.sla.yaml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/b\.yaml:1:10: `extends` makes a cycle: \.slarc\.yaml → a\.yaml → b\.yaml → a\.yaml;/);
  });

  it('exits 2 naming the extended file, line and column, when it is not valid', async () => {
    const root = project({
      ...ACME_CONFIG,
      'node_modules/@acme/sla-config/sla.yaml': 'extends: []\nrules:\n  vague-wordng: error\n',
      '.slarc.yaml': 'extends: "@acme/sla-config"\n',
    });
    const run = await runCli(['lint', 'a.sla.yaml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/node_modules\/@acme\/sla-config\/sla\.yaml:3:3: unknown rule `vague-wordng` \(did you mean `vague-wording`\?\)/);
  });

  it('reports a plugin rule that crashes as an error finding and keeps every other finding, without a stack trace', async () => {
    const root = project({
      'plugins/crash.mjs': `export default {
        meta: { name: 'sla-plugin-crash', version: '1.0.0' },
        rules: {
          explode: {
            meta: { id: 'explode', description: 'Throws.', category: 'hygiene', defaultSeverity: 'warning', recommended: false, messages: { x: 'x' } },
            check(context) { return context.agreement.nothing.here; },
          },
        },
      };\n`,
      '.slarc.yaml': 'extends: []\nplugins:\n  crash: ./plugins/crash.mjs\n  example: sla-plugin-example\nrules:\n  crash/explode: warning\n  example/banned-terms: warning\n  vague-wording: warning\n',
      'a.sla.yaml': AGREEMENT.replace('with unlimited patience', 'with unlimited patience, promptly'),
    });
    const run = await runCli(['lint', 'a.sla.yaml', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const findings = findingsOf(run.stdout);
    expect(findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['crash/explode', 'error', 1],
      ['example/banned-terms', 'warning', 14],
      ['vague-wording', 'warning', 14],
    ]);
    expect(findings[0]!.message).toMatch(/^rule `crash\/explode` of the plugin `sla-plugin-crash` crashed on this file: Cannot read properties of undefined \(reading 'here'\); the other rules' findings are complete/);
    const stylish = await runCli(['lint', 'a.sla.yaml'], { cwd: root });
    expect(stylish.stdout).toMatch(/1:1\s+error\s+rule `crash\/explode` of the plugin `sla-plugin-crash` crashed/);
    expect(stylish.stdout + stylish.stderr).not.toMatch(/\n\s+at /);
  });

  it('never imports a plugin no config names', async () => {
    const root = project({
      'node_modules/sla-plugin-boom/package.json': { name: 'sla-plugin-boom', main: 'index.js' },
      'node_modules/sla-plugin-boom/index.js': 'throw new Error("sla-plugin-boom must not be imported");\n',
      '.slarc.yaml': 'extends: []\nplugins: [sla-plugin-example]\nrules:\n  example/banned-terms: info\n',
      'other/.slarc.yaml': 'extends: []\nplugins: [sla-plugin-boom]\n',
    });
    const run = await runCli(['lint', 'a.sla.yaml'], { cwd: root });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/14:\d+\s+info\s+"unlimited" is a banned term/);
    // Once a config names it, its import error is a config error (exit 2), not a crash.
    writeFileSync(path.join(root, 'other/b.sla.yaml'), AGREEMENT);
    const named = await runCli(['lint', 'other/b.sla.yaml'], { cwd: root });
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/other\/\.slarc\.yaml:2:11: cannot load the plugin `sla-plugin-boom` .*: sla-plugin-boom must not be imported/);
    expect(named.stderr).not.toMatch(/\n\s+at /);
  });
});

// sla lint -f ./my-formatter.js: a formatter module with the built-in formatters' contract (docs/cli.md#custom-formatters).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editExample, exampleText } from '../helpers/example.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sla-formatter-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const withFinding = editExample([[/^(\s+name: .*)$/m, '$1\n    unknownKey: 1']]);

describe('a custom formatter', () => {
  it('gets the results and context of the built-in ones (ES module, default export)', async () => {
    const cwd = project({
      'a.sla.yaml': withFinding,
      'count.mjs': `export default (results, context) =>
  results.map((r) => \`\${r.file}: \${r.errorCount} errors, first \${r.findings[0]?.ruleId} (\${context.rules.length} rules, sla \${context.toolVersion})\`).join('\\n') + '\\n';\n`,
    });
    const run = await runCli(['lint', '-f', './count.mjs'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^a\.sla\.yaml: 1 errors, first schema \(\d+ rules, sla \d+\.\d+\.\d+\)\n$/);
  });

  it('may be CommonJS, async, and written to a file beside a built-in format on stdout', async () => {
    const cwd = project({
      'a.sla.yaml': exampleText(),
      'files.cjs': 'module.exports = async (results) => results.map((r) => r.file).join(",") + "\\n";\n',
    });
    const run = await runCli(['lint', '-f', 'json', '-f', './files.cjs', '-o', 'out/files.txt'], { cwd });
    expect(run.stderr).toContain('several formats are asked for');
    const named = await runCli(['lint', '-f', './files.cjs', '-o', 'out/files.txt'], { cwd });
    expect(named.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'out/files.txt'), 'utf8')).toBe('a.sla.yaml\n');
  });

  it('that is missing, exports no function, or throws: exit 2 with the reason, no stack trace', async () => {
    const cwd = project({
      'a.sla.yaml': exampleText(),
      'nothing.mjs': 'export const answer = 42;\n',
      'broken.mjs': 'export default () => { throw new Error("formatter bug"); };\n',
      'wrong.mjs': 'export default () => 42;\n',
    });
    const missing = await runCli(['lint', '-f', './missing.mjs'], { cwd });
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^sla: formatter \.\/missing\.mjs: no such file/);
    const nothing = await runCli(['lint', '-f', './nothing.mjs'], { cwd });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('exports no function; export default (results, context) => string');
    const broken = await runCli(['lint', '-f', './broken.mjs'], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('formatter ./broken.mjs failed: formatter bug');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const wrong = await runCli(['lint', '-f', './wrong.mjs'], { cwd });
    expect(wrong.stderr).toContain('it returned number, not a string');
  });
});

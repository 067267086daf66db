import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { readPdf } from '../pdf/read-pdf.js';
import { editExample, exampleText, positionOf, ROOT, STANDARD_EXAMPLE } from '../helpers/example.js';

const GOLDEN = path.join(ROOT, 'test/render/golden/standard-customer-service-assistant.md');
const tmp = mkdtempSync(path.join(tmpdir(), 'sla-render-'));
let count = 0;

/** A fresh directory holding the standard example (or `text`) as acme.sla.yaml. */
function workspace(text = exampleText()): string {
  const dir = path.join(tmp, `w${++count}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'acme.sla.yaml'), text);
  return dir;
}

describe('sla render', () => {
  it('writes acme.md beside the agreement by default name, and it is the golden contract', async () => {
    const dir = workspace();
    const run = await runCli(['render', 'acme.sla.yaml', '--format', 'md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('✔ acme.sla.yaml → acme.md\n');
    expect(readFileSync(path.join(dir, 'acme.md'), 'utf8')).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['acme.md', 'acme.sla.yaml']);
  });

  it('writes Markdown and a PDF into --out-dir, and the PDF is the same bytes on a second run', async () => {
    const dir = workspace();
    const first = await runCli(['render', 'acme.sla.yaml', '--format', 'md', '--format', 'pdf', '--out-dir', 'build'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const pdf = readFileSync(path.join(dir, 'build/acme.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(path.join(dir, 'build/acme.md'))).toBe(true);
    const again = await runCli(['render', 'acme.sla.yaml', '--format', 'pdf', '--out-dir', 'again'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(dir, 'again/acme.pdf')).equals(pdf)).toBe(true);
  });

  it('writes a PDF of the contract: parties, severities and every section, with the agreement’s metadata', async () => {
    const dir = workspace(editExample([['status: active', 'status: draft']]));
    const run = await runCli(['render', 'acme.sla.yaml', '--format', 'pdf', '--paper', 'letter'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1798761600' } });
    expect(run.code, run.stderr).toBe(0);
    const pdf = await readPdf(readFileSync(path.join(dir, 'acme.pdf')));
    for (const words of ['Kestrel Workflow Studio GmbH', 'Brightline Home Appliances AG', 'Critical', 'High', 'Normal', 'Low', 'Zoë Šimková', 'Matthias Krüger']) {
      expect(pdf.text).toContain(words);
    }
    const sections = pdf.outline.flatMap((entry) => [entry.title, ...entry.children.map((child) => child.title)]);
    expect(sections).toEqual(expect.arrayContaining(['7. Severity levels and targets', '10. Client responsibilities', '11. Excused delays', '16. Signatures']));
    expect(pdf.info.Title).toBe('Support Agreement — Customer-Service Assistant');
    expect(pdf.info.Author).toBe('Kestrel Workflow Studio GmbH');
    expect(pdf.text).toContain('DRAFT');
    expect(Math.round(pdf.pages[0]!.width)).toBe(612);
  });

  it('writes the Markdown to stdout with -o -, also from stdin', async () => {
    const run = await runCli(['render', STANDARD_EXAMPLE, '-o', '-'], { cwd: tmp });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(run.stderr).toBe('');
    const piped = await runCli(['render', '-', '-o', '-'], { cwd: tmp, stdin: exampleText() });
    expect(piped.stdout).toBe(run.stdout);
  });

  it('writes one document to the file -o names', async () => {
    const dir = workspace();
    const run = await runCli(['render', 'acme.sla.yaml', '--format', 'md', '-o', 'contract.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'contract.md'), 'utf8')).toBe(readFileSync(GOLDEN, 'utf8'));
    const two = await runCli(['render', 'acme.sla.yaml', STANDARD_EXAMPLE, '--format', 'md', '-o', 'both.md'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('takes exactly one agreement');
  });

  it('does not replace an existing document without --force, and replaces it whole with --force', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'acme.md'), 'signed copy');
    const refused = await runCli(['render', 'acme.sla.yaml', '--format', 'md'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('sla: acme.md already exists; add --force to replace it\n');
    expect(readFileSync(path.join(dir, 'acme.md'), 'utf8')).toBe('signed copy');
    const forced = await runCli(['render', 'acme.sla.yaml', '--format', 'md', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'acme.md'), 'utf8')).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does not render an agreement with schema errors: exit 1, errors shown as validate shows them', async () => {
    const text = editExample([['status: active', 'status: actve']]);
    const dir = workspace(text);
    const run = await runCli(['render', 'acme.sla.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    const { line, column } = positionOf(text, 'actve');
    expect(run.stderr).toContain(`acme.sla.yaml:${line}:${column}  error  `);
    expect(run.stderr).toContain('✖ acme.sla.yaml not rendered: it has schema errors');
    expect(readdirSync(dir)).toEqual(['acme.sla.yaml']);
  });

  it('renders the good agreements of a run and reports the bad one', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'broken.sla.yaml'), 'slaVersion: 1\n');
    const run = await runCli(['render', '.', '--format', 'md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, 'acme.md'))).toBe(true);
    expect(existsSync(path.join(dir, 'broken.md'))).toBe(false);
    expect(run.stderr).toContain('✖ rendered 1 of 2 agreements');
  });

  it('with --strict refuses an agreement with lint errors, and renders it without', async () => {
    const text = editExample([['firmness: objective, kind: workaround, description: Restoring', 'kind: workaround, description: Restoring']]);
    const dir = workspace(text);
    const strict = await runCli(['render', 'acme.sla.yaml', '--format', 'md', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/acme\.sla\.yaml:\d+:\d+  error  .*resolution-guarantee/);
    expect(strict.stderr).toContain('--strict refuses lint errors');
    expect(existsSync(path.join(dir, 'acme.md'))).toBe(false);
    const lenient = await runCli(['render', 'acme.sla.yaml', '--format', 'md'], { cwd: dir });
    expect(lenient.code).toBe(0);
  });

  it('with --strict and a broken .slarc.yaml, names the config problem (exit 2), not an internal error', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, '.slarc.yaml'), 'rules:\n  nope: error\n');
    const run = await runCli(['render', 'acme.sla.yaml', '--format', 'md', '--strict'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sla: acme.sla.yaml: --strict cannot lint it: .slarc.yaml:2:3: unknown rule `nope`; run `sla rules` for the list (the config file is not valid; see docs/lint.md#configuration)\n');
    expect(existsSync(path.join(dir, 'acme.md'))).toBe(false);
  });

  it('reports a broken custom template with its file and line, exit 2, writing nothing', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'tpl'));
    writeFileSync(path.join(dir, 'tpl/review.hbs'), '## Review\n\n{{review.cadence}}\n');
    const run = await runCli(['render', 'acme.sla.yaml', '--template', 'tpl'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sla: acme\.sla\.yaml: template: .*tpl\/review\.hbs:3:\d+: "cadence" is not defined here/);
    expect(readdirSync(dir).sort()).toEqual(['acme.sla.yaml', 'tpl']);

    const missing = await runCli(['render', 'acme.sla.yaml', '--template', 'nowhere'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^sla: template: .*nowhere: no such template directory\n$/);
  });

  it('refuses option combinations it cannot honour, exit 2', async () => {
    const dir = workspace();
    for (const args of [['-o', '-', '--format', 'pdf'], ['-o', 'x.md', '--format', 'md', '--format', 'pdf'], ['--format', 'docx'], ['--paper', 'a3']]) {
      const run = await runCli(['render', 'acme.sla.yaml', ...args], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
    }
    const bad = await runCli(['render', 'acme.sla.yaml', '--format', 'pdf'], { cwd: dir, env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('SOURCE_DATE_EPOCH must be whole seconds');
    const far = await runCli(['render', 'acme.sla.yaml', '--format', 'pdf'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '99999999999999' } });
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('sla: SOURCE_DATE_EPOCH must be whole seconds since 1970 (before the year 10000), not `99999999999999`\n');
    expect(readdirSync(dir)).toEqual(['acme.sla.yaml']);
  });

  it('writes no Markdown when the PDF of the same agreement cannot be made', async () => {
    const dir = workspace();
    for (const args of [['--accent', 'notacolor'], ['--logo', 'acme.sla.yaml']]) {
      const run = await runCli(['render', 'acme.sla.yaml', '--out-dir', 'build', ...args], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^sla: acme\.sla\.yaml: cannot make the PDF: /);
      expect(readdirSync(path.join(dir, 'build')), args.join(' ')).toEqual([]);
    }
  });

  it('never writes a document over its own agreement, even with --force', async () => {
    const dir = workspace();
    const run = await runCli(['render', 'acme.sla.yaml', '-o', './acme.sla.yaml', '--format', 'md', '--force'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sla: acme.sla.yaml: ./acme.sla.yaml is the agreement itself; write the Markdown to another file\n');
    expect(readFileSync(path.join(dir, 'acme.sla.yaml'), 'utf8')).toBe(exampleText());
  });

  it('names a --logo that is missing or a directory in words', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'images'));
    for (const [logo, reason] of [['nope.png', 'no such file'], ['images', 'this is a directory, not a file']]) {
      const run = await runCli(['render', 'acme.sla.yaml', '--format', 'pdf', '--logo', logo!], { cwd: dir });
      expect(run.code, logo).toBe(2);
      expect(run.stderr, logo).toBe(`sla: --logo ${logo}: ${reason}\n`);
    }
  });

  it('creates no --out-dir directory when there is nothing to render', async () => {
    const dir = workspace();
    const missing = await runCli(['render', 'nope.sla.yaml', '--out-dir', 'build'], { cwd: dir });
    expect(missing.code).toBe(2);
    writeFileSync(path.join(dir, 'bad.sla.yaml'), 'slaVersion: 1\n');
    const invalid = await runCli(['render', 'bad.sla.yaml', '--out-dir', 'build'], { cwd: dir });
    expect(invalid.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['acme.sla.yaml', 'bad.sla.yaml']);
  });

  it('names documents from stdin after --stdin-filename, and asks for a name without it', async () => {
    const dir = workspace();
    const named = await runCli(['render', '-', '--stdin-filename', 'piped.sla.yaml', '--format', 'md'], { cwd: dir, stdin: exampleText() });
    expect(named.code).toBe(0);
    expect(existsSync(path.join(dir, 'piped.md'))).toBe(true);
    const unnamed = await runCli(['render', '-', '--format', 'md'], { cwd: dir, stdin: exampleText() });
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('add --stdin-filename');
  });

  it('reports an --out-dir that cannot be a directory, exit 2', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'build'), 'a file');
    const run = await runCli(['render', 'acme.sla.yaml', '--out-dir', 'build'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sla: --out-dir build: cannot create the directory: a file has that name\n');
  });

  it('shows progress and timings on stderr only when it is a terminal', async () => {
    const dir = workspace();
    let stderr = '';
    let stdout = '';
    const code = await main(['render', 'acme.sla.yaml', '--format', 'md'], {
      stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), readStdin: async () => '',
      stdoutIsTTY: true, stdinIsTTY: true, stderrIsTTY: true, cwd: dir, env: {}, color: { stdout: false, stderr: false },
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^rendering acme\.sla\.yaml…\n✔ acme\.sla\.yaml → acme\.md \(\d+ ms\)\n$/);
  });

  it('has help with examples and exit codes', async () => {
    const run = await runCli(['render', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('acme.sla.yaml → acme.md, acme.pdf');
    expect(run.stdout).toContain('Exit codes:');
  });
});

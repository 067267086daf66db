// `sla diff old new`: each format, --fail-on and its exit codes, -o, and the inputs it cannot compare (exit 2).
// Summaries come from diffAgreements, whose wording is still changing: these tests check structure, effects and
// exit codes, not sentences (test/diff/formatters.test.ts checks exact output on hand-made reports).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIFF_MARKDOWN_MARKER } from '../../src/diff/formatters/markdown.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';
import { applyEdits } from './apply-edits.js';

const EXAMPLE = 'examples/premium-pricing-agent.sla.yaml';
const base = readFileSync(path.join(ROOT, EXAMPLE), 'utf8');
/** Critical response on the premium tier 15m → 30m: one change, weaker for the client. */
const slower = applyEdits(base, [{ set: '/tiers/2/targets/critical/response/within', value: '30m' }]);
/** The same critical response faster (15m → 10m): stronger. */
const faster = applyEdits(base, [{ set: '/tiers/2/targets/critical/response/within', value: '10m' }]);
/** Only the title: neutral. */
const retitled = applyEdits(base, [{ set: '/title', value: 'A new title' }]);

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'sla-diff-cli-'));
  for (const [name, text] of Object.entries({ 'old.sla.yaml': base, 'slower.sla.yaml': slower, 'faster.sla.yaml': faster, 'retitled.sla.yaml': retitled })) {
    writeFileSync(path.join(cwd, name), text);
  }
});

const diff = (...args: string[]) => runCli(['diff', ...args], { cwd });

describe('sla diff old new', () => {
  it('prints the changes grouped by file and section, with the line numbers and the headline last (stylish)', async () => {
    const run = await diff('old.sla.yaml', 'slower.sla.yaml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('old.sla.yaml → slower.sla.yaml');
    expect(lines[1]).toBe('  Severity levels and targets');
    expect(run.stdout).toMatch(/^ {4}weaker {4}\S.*old:\d+ → new:\d+$/m);
    expect(lines.at(-1)).toBe('1 change weaker for the client');
  });

  it('says when two versions are the same', async () => {
    const run = await diff('old.sla.yaml', 'old.sla.yaml');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no change to the terms');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('No change to the agreement');
  });

  it('-f md: a pull-request comment with the marker first and the verdict in bold', async () => {
    const run = await diff('old.sla.yaml', 'slower.sla.yaml', '-f', 'md');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([DIFF_MARKDOWN_MARKER, '## Agreement changes', '', '**1 change weaker for the client**']);
    expect(run.stdout).toContain('| Effect | Change | Where |');
    expect(run.stdout).toMatch(/^\| \*\*weaker\*\* \| .+ \| \/tiers\/2\/targets\/critical\/response old:\d+ → new:\d+ \|$/m);
  });

  it('-f json: the versioned envelope, valid against schemas/diff-report.schema.json', async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/diff-report.schema.json'), 'utf8'));
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    for (const [a, b] of [['old.sla.yaml', 'slower.sla.yaml'], ['old.sla.yaml', 'faster.sla.yaml'], ['old.sla.yaml', 'old.sla.yaml'], ['slower.sla.yaml', 'retitled.sla.yaml']]) {
      const run = await diff(a!, b!, '-f', 'json');
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json).toMatchObject({ formatVersion: 1, base: a, head: b });
    }
    const json = JSON.parse((await diff('old.sla.yaml', 'slower.sla.yaml', '-f', 'json')).stdout);
    expect(json.verdict).toEqual({ weaker: 1, mixed: 0, stronger: 0, neutral: 0 });
    expect(json.files).toHaveLength(1);
    expect(json.files[0]).toMatchObject({ status: 'modified', oldPath: 'old.sla.yaml', newPath: 'slower.sla.yaml' });
    expect(json.files[0].diff.changes).toEqual([expect.objectContaining({ pointer: '/tiers/2/targets/critical/response', effect: 'weaker', change: 'changed' })]);
    expect(json.files[0].diff.changes[0].newLine).toBeGreaterThan(1);
  });

  it('--fail-on weaker exits 1 on a weaker change only; --fail-on any on any change, neutral included; none never', async () => {
    const code = async (b: string, failOn?: string) => (await diff('old.sla.yaml', b, ...(failOn ? ['--fail-on', failOn] : []))).code;
    expect(await code('slower.sla.yaml')).toBe(0);
    expect(await code('slower.sla.yaml', 'none')).toBe(0);
    expect(await code('slower.sla.yaml', 'weaker')).toBe(1);
    expect(await code('faster.sla.yaml', 'weaker')).toBe(0);
    expect(await code('retitled.sla.yaml', 'weaker')).toBe(0);
    expect(await code('faster.sla.yaml', 'any')).toBe(1);
    expect(await code('retitled.sla.yaml', 'any')).toBe(1);
    expect(await code('old.sla.yaml', 'any')).toBe(0);
    const bad = await diff('old.sla.yaml', 'slower.sla.yaml', '--fail-on', 'worse');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Choose `weaker`, `any` or `none`');
  });

  it('-o writes the file whole (and nothing to stdout), and refuses to overwrite it without --force', async () => {
    const run = await diff('old.sla.yaml', 'slower.sla.yaml', '-f', 'md', '-o', 'diff.md');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('wrote diff.md\n');
    const written = readFileSync(path.join(cwd, 'diff.md'), 'utf8');
    expect(written.startsWith(`${DIFF_MARKDOWN_MARKER}\n`)).toBe(true);
    const again = await diff('old.sla.yaml', 'faster.sla.yaml', '-f', 'md', '-o', 'diff.md');
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('sla: diff.md exists; add --force to overwrite it\n');
    expect(readFileSync(path.join(cwd, 'diff.md'), 'utf8')).toBe(written);
    expect((await diff('old.sla.yaml', 'faster.sla.yaml', '-f', 'md', '-o', 'diff.md', '--force')).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'diff.md'), 'utf8')).toContain('stronger');
    // A stylish file has no colour codes.
    await diff('old.sla.yaml', 'slower.sla.yaml', '-o', 'diff.txt');
    expect(readFileSync(path.join(cwd, 'diff.txt'), 'utf8')).not.toContain('\u001b');
  });

  it('--fail-on still writes the output, then exits 1', async () => {
    const run = await diff('old.sla.yaml', 'slower.sla.yaml', '-f', 'json', '--fail-on', 'weaker');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).verdict.weaker).toBe(1);
  });

  it('-f pdf needs -o: exit 2 with a message, nothing written', async () => {
    const run = await diff('old.sla.yaml', 'slower.sla.yaml', '-f', 'pdf');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('sla: --format pdf needs --output <file>\n');
  });

  it('-f pdf -o writes a PDF', async () => {
    const run = await diff('old.sla.yaml', 'slower.sla.yaml', '-f', 'pdf', '-o', 'diff.pdf');
    expect(run.stderr).toBe('wrote diff.pdf\n');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'diff.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('never writes the output over one of the agreements', async () => {
    const run = await diff('old.sla.yaml', 'slower.sla.yaml', '-o', 'slower.sla.yaml', '--force');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is the agreement slower.sla.yaml itself');
    expect(readFileSync(path.join(cwd, 'slower.sla.yaml'), 'utf8')).toBe(slower);
  });

  it('a missing file: exit 2 naming it, no stack trace', async () => {
    const run = await diff('old.sla.yaml', 'nope.sla.yaml');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('sla: nope.sla.yaml: cannot read the new version: no such file\n');
  });

  it('one file, or three, is a usage error (exit 2)', async () => {
    const one = await diff('old.sla.yaml');
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('name the old and the new agreement file');
    const three = await diff('old.sla.yaml', 'slower.sla.yaml', 'faster.sla.yaml');
    expect(three.code).toBe(2);
    expect(three.stderr).toContain('expected two files');
  });

  it('malformed YAML: exit 2 with file:line:column and the fix, no stack trace, no report', async () => {
    writeFileSync(path.join(cwd, 'broken.sla.yaml'), 'slaVersion: 1\nkind: SupportAgreement\ntitle: [unclosed\nid: x\n');
    const run = await diff('old.sla.yaml', 'broken.sla.yaml', '-f', 'json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^broken\.sla\.yaml:\d+:\d+ {2}error {2}\S/);
    expect(run.stderr).toContain('sla: cannot compare: broken.sla.yaml is not a readable agreement; fix the problem');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(cwd, 'broken.json'))).toBe(false);
  });

  it('a version with schema errors is still compared by its data, with a note', async () => {
    writeFileSync(path.join(cwd, 'invalid.sla.yaml'), applyEdits(slower, [{ set: '/calendars/0/timezone', value: 'Mars/Olympus' }]));
    const run = await diff('old.sla.yaml', 'invalid.sla.yaml', '-f', 'json');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('sla: note: invalid.sla.yaml has schema errors; it is compared by its data');
    const json = JSON.parse(run.stdout);
    expect(json.files[0].diff.changes.map((c: { pointer: string }) => c.pointer)).toContain('/tiers/2/targets/critical/response');
  });

  it('has help with examples, the formats and what --fail-on means', async () => {
    const run = await runCli(['diff', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('--git <range>');
    expect(run.stdout).toMatch(/"stylish", "md", "json", "pdf"/);
    expect(run.stdout).toContain('--fail-on any     exit 1 on any change at all, neutral ones included');
    expect(run.stdout).toContain('Exit codes:');
    // Listed in `sla --help` after report, as DESIGN.md orders the verbs.
    const help = (await runCli(['--help'])).stdout;
    expect(help.indexOf('  diff')).toBeGreaterThan(help.indexOf('  report'));
  });
});

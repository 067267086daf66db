import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const AGREEMENT = path.resolve('examples/standard-customer-service-assistant.sla.yaml');
const TICKETS = path.resolve('examples/standard-customer-service-assistant.tickets.csv');
const NOW = ['--now', '2027-04-01T09:00'];

async function scratch(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'sla-report-'));
}

describe('sla report: errors exit 2 with one clear line and no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing export', ['--tickets', 'nope.csv'], /nope\.csv: cannot read the ticket export: no such file$/m],
    ['a directory as the export', ['--tickets', 'examples'], /examples: cannot read the ticket export: this is a directory, not a file$/m],
    ['an --output below a file', ['--tickets', TICKETS, '--output', 'package.json/march.md'], /cannot write package\.json\/march\.md: a parent path is a file, not a directory$/m],
    ['an export without an opened column', ['--tickets', '-'], /no opened column .*--columns opened=<header>/],
    ['a --columns field that does not exist', ['--tickets', TICKETS, '--columns', 'created_at=Created'], /unknown field `created_at`/],
    ['an unknown --tier', ['--tickets', TICKETS, '--tier', 'gold'], /--tier gold: the agreement has no such tier \(tiers: essential, standard\)/],
    ['a bad --from', ['--tickets', TICKETS, '--from', '1 March'], /--from `1 March` is not a date/],
    ['an --output that is the export itself', ['--tickets', TICKETS, '--output', TICKETS, '--force'], /--output .* is the ticket export itself; write the report to another file/],
    ['pdf without --output', ['--tickets', TICKETS, '--format', 'pdf'], /--format pdf needs --output/],
  ];
  for (const [name, extra, message] of cases) {
    it(name, async () => {
      const run = await runCli(['report', AGREEMENT, ...NOW, ...extra], { stdin: 'id,severity\n1,high\n' });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('a binary or non-UTF-8 export, named with the line, not dumped on the terminal', async () => {
    const binary = await runCli(['report', AGREEMENT, ...NOW, '--tickets', '-'], { stdin: new Uint8Array([0x69, 0x64, 0x0a, 0x00, 0xff, 0x1b]) });
    expect(binary.code).toBe(2);
    expect(binary.stderr).toBe('sla: <stdin>: the export contains NUL bytes (line 2), so it is binary, not CSV or JSON; is this the right file?\n');
    const latin1 = await runCli(['report', AGREEMENT, ...NOW, '--tickets', '-'], { stdin: new Uint8Array([...Buffer.from('id,severity,opened\n1,high,'), 0xe9, 0x0a]) });
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toMatch(/^sla: <stdin>: the export is not valid UTF-8 \(first at line 2\); export or save it as UTF-8/);
  });

  it('a JSON export that does not parse, at its line and column', async () => {
    const run = await runCli(['report', AGREEMENT, ...NOW, '--tickets', '-', '--input-format', 'json'], { stdin: '[\n  {"id": "a"},\n  {"id" "b"}\n]\n' });
    expect(run.code).toBe(2);
    // The export is streamed: rows read before the broken one are reported as they are met, then the error, last.
    expect(run.stderr).toMatch(/\nsla: <stdin>: not readable JSON: .* at line 3, column 9\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('the agreement as - (stdin is for the export)', async () => {
    const run = await runCli(['report', '-', '--tickets', TICKETS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sla: the agreement is read from a file; `-` (stdin) is for the export: --tickets -\n');
  });

  it('a missing agreement', async () => {
    const run = await runCli(['report', 'missing.sla.yaml', '--tickets', TICKETS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.sla\.yaml/);
  });

  it('an agreement with errors exits 1, like sla validate', async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, 'bad.sla.yaml'), 'slaVersion: 1\nkind: SupportAgreement\n');
    const run = await runCli(['report', 'bad.sla.yaml', '--tickets', TICKETS], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.sla\.yaml has errors/);
  });
});

describe('sla report: Markdown from hostile values', () => {
  it('writes ticket ids from the export as literal text: no table break, emphasis or terminal escapes', async () => {
    const stdin = 'id,severity,opened\n"X\u001b[2J | *bold* <b>",high,2027-03-10T10:00+01:00\n';
    const run = await runCli(['report', AGREEMENT, ...NOW, '--tickets', '-'], { stdin });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    const rows = run.stdout.split('\n').filter((line) => line.startsWith('| X'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.startsWith('| X\\\\x1b\\[2J \\| \\*bold\\* \\<b\\> | ')).toBe(true);
      // As many cells as the header row: the `|` in the id did not split the cell.
      expect(row.split(/(?<!\\)\|/).length).toBe(8);
    }
  });
});

describe('sla report: options', () => {
  it('takes the period from SOURCE_DATE_EPOCH when --now is not given', async () => {
    // 1806562800 = 2027-04-01T07:00Z: the last full month is March.
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, '--format', 'json'], { env: { SOURCE_DATE_EPOCH: '1806562800' } });
    expect(JSON.parse(run.stdout)).toMatchObject({ period: { from: '2027-03-01T00:00:00+01:00' }, totals: { tickets: 53 } });
  });

  it('says so when the period holds none of the export\'s tickets', async () => {
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, '--now', '2026-11-26T12:00', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).totals.tickets).toBe(0);
    expect(run.stderr).toMatch(/note: no ticket in the export was opened from 2026-10-01 to 2026-10-31; its tickets were opened 2027-02-26 to 2027-04-01/);
  });

  it('reads the export streamed from stdin as it reads the file (pieces split inside rows and characters)', async () => {
    const fromFile = await runCli(['report', AGREEMENT, ...NOW, '--tickets', TICKETS, '--format', 'json']);
    const fromStdin = await runCli(['report', AGREEMENT, ...NOW, '--tickets', '-', '--format', 'json'], { stdin: await readFile(TICKETS) });
    expect(fromStdin.code).toBe(fromFile.code);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it('--from/--to select a shorter period', async () => {
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--from', '2027-03-01', '--to', '2027-03-07', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    // Opened 1–7 March: BL-1001 … BL-1013 and BL-1017 (BL-1014 onwards opened on the 8th).
    expect(report.totals.tickets).toBe(14);
    expect(report.caps[0].allowedHours).toBeCloseTo(8 * (7 / 31), 2);
  });

  it('writes --output whole, refuses to overwrite without --force, and leaves no temporary file', async () => {
    const dir = await scratch();
    const args = ['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--output', 'march.md'];
    const first = await runCli(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(await readFile(path.join(dir, 'march.md'), 'utf8')).toMatch(/^# Service report/);
    const again = await runCli(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/march\.md exists; add --force/);
    expect((await runCli([...args, '--force'], { cwd: dir })).code).toBe(0);
    // The Markdown and the folder of the charts it shows, nothing else.
    expect(await readdir(dir)).toEqual(['march.charts', 'march.md']);
    expect(await readdir(path.join(dir, 'march.charts'))).toEqual(['hours-against-cap.svg', 'on-time-share.svg', 'response-against-target.svg', 'weekly-volume.svg']);
  });

  it('writes a PDF from the same Markdown', async () => {
    const dir = await scratch();
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--format', 'pdf', '--output', 'march.pdf'], { cwd: dir });
    expect(run.code).toBe(0);
    const pdf = await readFile(path.join(dir, 'march.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('--help shows examples and exit codes', async () => {
    const run = await runCli(['report', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
    expect(run.stdout).toMatch(/--fail-on-breach/);
    expect(run.stdout).toMatch(/Exit codes: 0/);
  });
});

// sla review on the command line: the findings of a generated half year in Markdown, JSON and PDF, charts beside
// Markdown written to a file, and the errors a user meets.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { readPdf } from '../pdf/read-pdf.js';
import { generateExport } from './generate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const AGREEMENT = path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml');
const NOW = ['--now', '2027-07-01T09:00'];

async function exportFile(): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sla-review-'));
  const file = path.join(dir, 'h1.csv');
  await writeFile(file, generateExport({ slowHighResponses: true, tuningOverCap: true }));
  return { dir, file };
}

describe('sla review', () => {
  it('reviews the six full months before --now and puts the findings first', async () => {
    const { file } = await exportFile();
    const run = await runCli(['review', AGREEMENT, '--tickets', file, ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('- **Period:** 2027-01 to 2027-06 (6 months, Europe/Berlin)');
    const findings = run.stdout.slice(run.stdout.indexOf('## Findings'), run.stdout.indexOf('## Month by month'));
    expect(findings).toContain('### High response p90 was');
    expect(findings).toContain('### Prompt and workflow tuning exceeded the 8-hour cap in 6 of 6 months');
    expect(run.stdout).not.toMatch(/!\[/);
  });

  it('writes JSON with every month and the findings', async () => {
    const { file } = await exportFile();
    const run = await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '--from', '2027-02', '--to', '2027-04', '-f', 'json']);
    expect(run.code).toBe(0);
    const review = JSON.parse(run.stdout) as { reviewVersion: number; months: { month: string }[]; findings: { id: string }[] };
    expect(review.reviewVersion).toBe(1);
    expect(review.months.map((m) => m.month)).toEqual(['2027-02', '2027-03', '2027-04']);
    expect(review.findings.map((f) => f.id)).toEqual(['response-target-unrealistic', 'cap-exceeded']);
  });

  it('writes Markdown to a file with its charts beside it, and a PDF with the charts drawn in', async () => {
    const { dir, file } = await exportFile();
    expect((await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '-o', 'h1.md'], { cwd: dir })).code).toBe(0);
    expect((await readdir(path.join(dir, 'h1.charts'))).sort()).toEqual(['hours-against-cap-tuning.svg', 'volume-by-type.svg']);
    expect(await readFile(path.join(dir, 'h1.md'), 'utf8')).toContain('](h1.charts/volume-by-type.svg)');
    expect((await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '-f', 'pdf', '-o', 'h1.pdf'], { cwd: dir })).code).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(path.join(dir, 'h1.pdf'))));
    expect(pdf.text).toContain('Tickets a month by request type');
    expect(pdf.text).toContain('Jun 2027');
  });

  it('reads several exports, one after the other, as one', async () => {
    const { dir, file } = await exportFile();
    const [header, ...rows] = (await readFile(file, 'utf8')).trimEnd().split('\n');
    // A file a quarter: January–March and April–June.
    const firstQuarter = rows.filter((row) => /,2027-0[1-3]-/.test(row.split(',')[3] ?? ''));
    const secondQuarter = rows.filter((row) => !firstQuarter.includes(row));
    await writeFile(path.join(dir, 'q1.csv'), `${header}\n${firstQuarter.join('\n')}\n`);
    await writeFile(path.join(dir, 'q2.jsonl'), secondQuarter.map((row) => {
      const cells = row.split(',');
      return JSON.stringify(Object.fromEntries(header!.split(',').map((name, i) => [name, cells[i]])));
    }).join('\n') + '\n');
    const whole = await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '-f', 'json']);
    const split = await runCli(['review', AGREEMENT, '-t', 'q1.csv', '-t', 'q2.jsonl', ...NOW, '-f', 'json'], { cwd: dir });
    expect(split.code).toBe(0);
    const a = JSON.parse(whole.stdout), b = JSON.parse(split.stdout);
    expect(b.input).toEqual(a.input);
    expect(b.findings).toEqual(a.findings);
    expect(b.months.map((m: { report: { totals: unknown } }) => m.report.totals)).toEqual(a.months.map((m: { report: { totals: unknown } }) => m.report.totals));
    const missing = await runCli(['review', AGREEMENT, '-t', 'q1.csv', '-t', 'q3.csv', ...NOW], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('q3.csv: cannot read the ticket export');
  });

  it('says what is wrong with a month, a missing export and pdf without --output', async () => {
    const { file } = await exportFile();
    const month = await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '--from', 'January']);
    expect(month.code).toBe(2);
    expect(month.stderr).toContain('--from `January` is not a month; write YYYY-MM');
    const missing = await runCli(['review', AGREEMENT, '--tickets', 'nope.csv', ...NOW]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: cannot read the ticket export');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const pdf = await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '-f', 'pdf']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--format pdf needs --output');
  });
});

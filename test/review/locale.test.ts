// Issue 20: sla review writes its own words in the agreement's locale, or --locale's; its JSON stays English.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { generateExport } from './generate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const AGREEMENT = path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml');
const NOW = ['--now', '2027-07-01T09:00'];

async function exportFile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sla-review-locale-'));
  const file = path.join(dir, 'h1.csv');
  await writeFile(file, generateExport({ slowHighResponses: true, tuningOverCap: true }));
  return file;
}

const headings = (markdown: string) => markdown.split('\n').filter((line) => /^## /.test(line)).map((line) => line.slice(3));

describe('sla review --locale', () => {
  it('writes the review in German: headings, table words and findings, none of the English', async () => {
    const file = await exportFile();
    const run = await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '--locale', 'de-DE']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Service-Review: /);
    expect(headings(run.stdout)).toEqual(expect.arrayContaining(['Feststellungen', 'Monat für Monat', 'Reaktionszeit als Anteil der Zielvorgabe', 'Anfragen nach Art', 'Stunden mit Kontingent']));
    for (const english of ['Findings', 'Month by month', 'Requests by type', 'Capped hours']) expect(headings(run.stdout)).not.toContain(english);
    expect(run.stdout).toContain('- **Zeitraum:** 2027-01 bis 2027-06 (6 Monate, Europe/Berlin)');
    expect(run.stdout).toContain('### Prompt and workflow tuning überschritt das Kontingent von 8 Stunden in 6 von 6 Monaten');
    expect(run.stdout).toMatch(/\| Erste Reaktionen fristgerecht \| \d+ von \d+ \(\d+\s%\) \|/);
    expect(run.stdout).not.toMatch(/exceeded the|First responses on time|Clause:/);
  });

  it('keeps the JSON English, and refuses a tag that is not a locale', async () => {
    const file = await exportFile();
    const json = await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '--locale', 'fr-FR', '-f', 'json']);
    expect(json.code).toBe(0);
    const review = JSON.parse(json.stdout) as { findings: { message: string }[] };
    expect(review.findings.map((f) => f.message)).toContain('Prompt and workflow tuning exceeded the 8-hour cap in 6 of 6 months: reprice the tier or raise the cap.');
    const bad = await runCli(['review', AGREEMENT, '--tickets', file, ...NOW, '--locale', '??']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--locale: `\?\?` is not a locale/);
  });
});

// Issue 20: the service report writes its own words in the agreement's locale, or in --locale's.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { runCli } from '../helpers/cli.js';
import { contractMarkdown, pdfOptions } from '../pdf/options.js';
import { readPdf } from '../pdf/read-pdf.js';

const AGREEMENT = path.resolve('examples/standard-customer-service-assistant.sla.yaml');
const TICKETS = path.resolve('examples/standard-customer-service-assistant.tickets.csv');
const NOW = ['--now', '2027-04-01T09:00'];

const ENGLISH_HEADINGS = ['Summary', 'Findings', 'First response by severity', 'Resolution and updates by severity', 'Time to first response against target', 'Targets missed', 'Open tickets', 'Requests by type', 'Rows not used'];
const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,3} /.test(line)).map((line) => line.replace(/^#+ /, ''));

describe('sla report --locale', () => {
  it('writes the shipped example in German: German headings, labels and sentences, none of the English ones', async () => {
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--locale', 'de-DE']);
    expect(run.code).toBe(0);
    const found = headings(run.stdout);
    expect(found[0]).toMatch(/^Servicebericht: /);
    for (const heading of ['Zusammenfassung', 'Feststellungen', 'Erste Reaktion nach Schweregrad', 'Lösung und Statusmeldungen nach Schweregrad', 'Verfehlte Zielvorgaben', 'Offene Tickets', 'Anfragen nach Art', 'Nicht verwendete Zeilen']) {
      expect(found).toContain(heading);
    }
    for (const heading of ENGLISH_HEADINGS) expect(found).not.toContain(heading);
    expect(found.join('\n')).not.toMatch(/Service report/);
    expect(run.stdout).toContain('**Zeitraum:** 1. März 2027 – 31. März 2027 (Europe/Berlin)');
    expect(run.stdout).toContain('| Schweregrad | Tickets | Zielvorgabe | Fristgerecht |');
    expect(run.stdout).toMatch(/Erste Reaktionen fristgerecht: \*\*\d+ von \d+\*\* \(\d+\s%\)/);
    expect(run.stdout).not.toMatch(/First responses on time|Targets missed:|opened in the period/);
  });

  it('writes a client report in French, and takes a locale in any case', async () => {
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--locale', 'fr-fr', '--audience', 'client']);
    expect(run.code).toBe(0);
    expect(headings(run.stdout)).toContain('Synthèse');
    expect(run.stdout).toContain('**Période\u202f:**');
    expect(run.stdout).not.toMatch(/^## (Summary|Findings)$/m);
  });

  it('refuses a tag that is not a locale with one clear line, exit 2', async () => {
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--locale', 'not a locale!']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--locale: `not a locale!` is not a locale; give a BCP 47 tag such as .*de-DE/);
  });

  it('writes the PDF’s furniture, contents heading, title and subject in the language too', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sla-report-locale-'));
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--locale', 'de-DE', '--format', 'pdf', '--output', 'bericht.pdf'], { cwd: dir });
    expect(run.code).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(path.join(dir, 'bericht.pdf'))));
    expect(String(pdf.info.Title)).toMatch(/^Servicebericht: /);
    expect(String(pdf.info.Subject)).toMatch(/^Support-Zielvorgaben vom /);
    expect(pdf.pages[0]!.items).toContain(`Seite 1 von ${pdf.pages.length}`);
    expect(pdf.pages[0]!.items).toContain('Inhalt');
    expect(pdf.text).not.toMatch(/Page \d+ of|Contents/);
  });
});

describe('PDF furniture in the document’s language', () => {
  it('marks a draft ENTWURF in German and BORRADOR in Spanish, set to fit the page', async () => {
    for (const [language, word, page] of [['de-DE', 'ENTWURF', 'Seite 1 von'], ['es-ES', 'BORRADOR', 'Página 1 de']] as const) {
      const pdf = await readPdf(await markdownToPdf(contractMarkdown, pdfOptions({ draft: true, language })));
      const first = pdf.pages[0]!;
      expect(first.items).toContain(word);
      expect(first.items.some((item) => item.startsWith(page))).toBe(true);
      expect(first.items).toContain(`${word} · Ref. ${pdfOptions().sourceSha256.slice(0, 12)}`);
      const box = first.boxes.find((b) => b.text === word)!;
      expect(box.rotated).toBe(true);
    }
  });
});

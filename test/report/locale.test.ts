// Issue 20: the service report writes its own words in the agreement's locale, or in --locale's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

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
});

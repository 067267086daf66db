// A report whose detailed lists were cut to their first entries (ReportBuilder's detail limit) counts every ticket in
// its totals and says, above each cut table, how many there were.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { buildReportFromStream, formatReportMarkdown, resolvePeriod, streamTickets } from '../../src/report/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILE = path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml');
const agreement = loadAgreementText(readFileSync(FILE, 'utf8'), FILE).agreement!;
const tickets = readFileSync(path.join(ROOT, 'examples/standard-customer-service-assistant.tickets.csv'), 'utf8');

async function report(detailLimit: number) {
  const zone = 'Europe/Berlin';
  const now = DateTime.fromISO('2027-04-01T09:00', { zone });
  const stream = streamTickets(tickets, agreement, { zone });
  return (await buildReportFromStream(agreement, stream, { period: resolvePeriod({ now, zone }), now, detailLimit })).report;
}

describe('a report past its detail limit', () => {
  it('counts every target missed and says the table shows the first ones', async () => {
    const whole = await report(Infinity);
    const cut = await report(2);
    expect(cut.totals).toEqual(whole.totals);
    expect(cut.breaches).toHaveLength(2);
    const markdown = formatReportMarkdown(cut);
    const missed = whole.totals.responseBreached + whole.totals.resolutionMissed;
    expect(markdown).toContain(`- Targets missed: ${missed} (`);
    expect(markdown).toContain(`The first 2 of ${whole.breaches.length} targets missed; the totals above count all of them.`);
    expect(formatReportMarkdown(whole)).not.toContain('The first ');
  });

  it('counts every unreadable row in the findings, not only those kept', async () => {
    const cut = await report(1);
    const badRows = cut.findings.find((f) => f.id === 'bad-rows');
    expect(cut.input.badRows).toBeGreaterThan(1);
    expect(badRows?.message).toMatch(new RegExp(`^${cut.input.badRows} rows of the export could not be used`));
  });
});

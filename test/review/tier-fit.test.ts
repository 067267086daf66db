// Which tier the client's tickets fit: counted against each tier's covered severities and the hours its response
// targets run on, on the London example whose Premium tier answers High requests around the clock.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import type { TicketRecord } from '../../src/report/read-tickets.js';
import { TierFitTally } from '../../src/review/tier-fit.js';

const FILE = path.resolve(import.meta.dirname, '../../examples/premium-pricing-agent.sla.yaml');
const agreement = loadAgreementText(readFileSync(FILE, 'utf8'), FILE).agreement!;
const LABELS = ['2027-03', '2027-04', '2027-05'];

/** Ten Normal requests at 10:00 on weekdays, `critical` Critical ones at 11:00 and `evening` High ones at 22:00, in each of three months. */
function tally(tier: string, evening: number, critical = 0): TierFitTally {
  const fit = new TierFitTally(agreement, tier, LABELS.length);
  let n = 0;
  LABELS.forEach((label, month) => {
    const first = DateTime.fromISO(`${label}-01T10:00`, { zone: 'Europe/London' });
    const weekdays = Array.from({ length: 28 }, (_, i) => first.plus({ days: i })).filter((d) => d.weekday <= 5 && !(d.month === 5 && d.day <= 3));
    const ticket = (severity: string, at: DateTime): TicketRecord => ({ row: ++n, id: `T-${n}`, severity, tier, opened: at.toMillis(), pauses: [] });
    for (let i = 0; i < 10; i++) fit.add(month, ticket('normal', weekdays[i]!));
    for (let i = 0; i < critical; i++) fit.add(month, ticket('critical', weekdays[i]!.set({ hour: 11 })));
    for (let i = 0; i < evening; i++) fit.add(month, ticket('high', weekdays[i]!.set({ hour: 22 })));
  });
  return fit;
}

describe('tier fit', () => {
  it('names the dearer tier whose hours cover the requests the client raises outside its own', () => {
    const [finding] = tally('standard', 5).findings(LABELS);
    expect(finding).toEqual({
      id: 'tier-fit',
      clause: 'Service tiers — Standard',
      message: "In 3 of 3 months 33 % were opened outside the hours its targets run on: the client's use would fit the Premium tier (£9,500 per month).",
      evidence: LABELS.map((month) => ({ month, value: '15 tickets, 67 % in hours' })),
    });
  });

  it('says nothing when the client\'s tier covers what it raised', () => {
    // A Critical request a month, in hours: Standard's hours cover it, and the cheaper Essential is not enough.
    expect(tally('standard', 0, 1).findings(LABELS)).toEqual([]);
    expect(tally('premium', 5).findings(LABELS)).toEqual([]);
  });

  it('names the cheapest tier that would have covered every request', () => {
    const [finding] = tally('premium', 0).findings(LABELS);
    expect(finding!.message).toMatch(/^In 3 of 3 months every request was of a severity the Essential tier covers and 100 % were opened in the hours its targets run on, and none was Critical: the client's volume \(10 tickets a month\) and severities would fit the Essential tier \(£2,200 per month against £9,500 per month\)\.$/);
  });

  it('does not judge two months or fewer than ten tickets', () => {
    const fit = new TierFitTally(agreement, 'premium', 3);
    expect(fit.findings(LABELS)).toEqual([]);
  });
});

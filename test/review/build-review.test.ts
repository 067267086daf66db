// sla review over six generated months: planted patterns are each found with their evidence and clause, and a clean
// export gives no finding.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { streamTickets } from '../../src/report/read-tickets.js';
import { buildReviewFromStream, reviewMonths } from '../../src/review/build-review.js';
import { generateExport, type Plant } from './generate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILE = path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml');
const agreement = loadAgreementText(readFileSync(FILE, 'utf8'), FILE).agreement!;
const ZONE = 'Europe/Berlin';

async function review(plant: Plant) {
  const stream = streamTickets(generateExport(plant), agreement, { zone: ZONE });
  const { review } = await buildReviewFromStream(agreement, stream, {
    from: DateTime.fromISO('2027-01-01', { zone: ZONE }), to: DateTime.fromISO('2027-06-30', { zone: ZONE }), zone: ZONE,
    now: DateTime.fromISO('2027-07-01T09:00', { zone: ZONE }),
  });
  return review;
}

describe('sla review', () => {
  it('finds nothing in a clean half year', async () => {
    const clean = await review({});
    expect(clean.months.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(clean.findings).toEqual([]);
    expect(clean.input.badRows).toBe(0);
  });

  it('finds a High response target missed at 150–180 % every month, with the p90 of each month as evidence', async () => {
    const { findings } = await review({ slowHighResponses: true });
    expect(findings.map((f) => f.id)).toEqual(['response-target-unrealistic']);
    const [finding] = findings;
    expect(finding!.message).toMatch(/^High response p90 was 1[5-8]\d(–1[5-8]\d)? % of target in 6 of 6 months: the target is not realistic at current load, or staffing is short\.$/);
    expect(finding!.clause).toBe('Severity levels and targets — High response: 2h on berlin-business (commitment)');
    expect(finding!.evidence).toHaveLength(6);
  });

  it('finds tuning over its 8-hour cap every month', async () => {
    const { findings } = await review({ tuningOverCap: true });
    expect(findings.map((f) => f.id)).toEqual(['cap-exceeded']);
    expect(findings[0]!.message).toBe('Prompt and workflow tuning exceeded the 8-hour cap in 6 of 6 months: reprice the tier or raise the cap.');
    expect(findings[0]!.evidence[0]).toEqual({ month: '2027-01', value: '12 h of 8 h' });
  });

  it('finds a request type growing month on month', async () => {
    const { findings } = await review({ growingOutputQuality: true });
    expect(findings.map((f) => f.id)).toEqual(['request-type-growing']);
    expect(findings[0]!.message).toMatch(/^Output quality requests grew from 4 to 12 a month over 6 months/);
    expect(findings[0]!.evidence.map((e) => e.value)).toEqual(['4', '5', '7', '8', '10', '12']);
  });

  it('finds all three when all are planted, and counts each month\'s tickets in that month only', async () => {
    const all = await review({ slowHighResponses: true, tuningOverCap: true, growingOutputQuality: true });
    expect(all.findings.map((f) => f.id).sort()).toEqual(['cap-exceeded', 'request-type-growing', 'response-target-unrealistic']);
    const perMonth = all.months.map((m) => m.report.totals.tickets);
    expect(perMonth.reduce((a, b) => a + b, 0)).toBe(all.input.tickets - all.input.outsideReview);
    expect(perMonth[0]).toBe(2 + 8 + 20 + 6 + 4 + 6);
  });
});

describe('sla review: scope and tiers', () => {
  it("finds requests closed as out of scope (Won't Do) in every month, naming the request type", async () => {
    const { findings, months } = await review({ outOfScopeClosures: true });
    expect(findings.map((f) => f.id)).toEqual(['out-of-scope-closures']);
    expect(findings[0]!.message).toMatch(/^Requests were closed as out of scope in 6 of 6 months \(up to 1\d % of requests; most often User question \(36\)\)/);
    expect(findings[0]!.evidence[0]!.value).toMatch(/^6 \(1\d %\)$/);
    expect(months[0]!.report.requestTypes.find((t) => t.id === 'question')!.outOfScope).toBe(6);
  });

  it('counts no out-of-scope closure when the export has no resolution column (null, not zero)', async () => {
    const text = generateExport({ outOfScopeClosures: true }).replace(/,[^,\n]*$/gm, '');
    const stream = streamTickets(text, agreement, { zone: ZONE });
    const { review: withoutColumn } = await buildReviewFromStream(agreement, stream, {
      from: DateTime.fromISO('2027-01-01', { zone: ZONE }), to: DateTime.fromISO('2027-06-30', { zone: ZONE }), zone: ZONE, now: DateTime.fromISO('2027-07-01T09:00', { zone: ZONE }),
    });
    expect(withoutColumn.months[0]!.report.outOfScopeShare).toBeNull();
    expect(withoutColumn.findings).toEqual([]);
  });

  it('says the client would fit the cheaper Essential tier when no Critical request was raised and all came in its hours', async () => {
    const all = await review({ noCritical: true });
    // A level never used is its own finding; the tier finding says what it means for the price.
    expect(all.findings.map((f) => f.id)).toEqual(['severity-unused', 'tier-fit']);
    const findings = all.findings.filter((f) => f.id === 'tier-fit');
    expect(findings[0]!.clause).toBe('Service tiers — Standard');
    expect(findings[0]!.message).toBe(
      'In 6 of 6 months every request was of a severity the Essential tier covers and 100 % were opened in the hours its targets run on, and none was Critical: '
      + "the client's volume (44 tickets a month) and severities would fit the Essential tier (€1,400 per month against €2,900 per month).",
    );
    expect(findings[0]!.evidence[0]).toEqual({ month: '2027-01', value: '44 tickets, 100 % in hours' });
  });
});

describe('reviewMonths', () => {
  it('lists whole calendar months in the zone, both ends included', () => {
    const months = reviewMonths(DateTime.fromISO('2027-01-15', { zone: ZONE }), DateTime.fromISO('2027-03-02', { zone: ZONE }), ZONE);
    expect(months.map((m) => [m.start.toISODate(), m.end.toISODate()])).toEqual([['2027-01-01', '2027-02-01'], ['2027-02-01', '2027-03-01'], ['2027-03-01', '2027-04-01']]);
    expect(() => reviewMonths(DateTime.fromISO('2027-03-01'), DateTime.fromISO('2027-01-01'), ZONE)).toThrow(RangeError);
  });
});

// `sla due` says so when a ticket's resolution falls due before its response (issue 14: the same mistake
// target-order reports, shown for the ticket at hand, across calendars).
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { dueTimes } from '../../src/clock/index.js';

const agreementText = (resolution: string) => `
slaVersion: 1
kind: SupportAgreement
id: rar
title: Response after resolution
version: "1"
status: draft
effectiveDate: 2027-01-01
parties: { provider: { name: P }, client: { name: C } }
services: [{ id: s, name: S }]
calendars:
  - { id: biz, name: Office, timezone: Europe/Berlin, hours: [{ days: [mon, tue, wed, thu, fri], open: ["09:00-17:00"] }] }
  - { id: always, name: Always, timezone: Europe/Berlin, hours: 24x7 }
severityLevels: [{ id: high, level: 1, name: High }]
tiers:
  - id: t
    name: T
    targets:
      high:
        response: { within: 4h, calendar: biz }
        resolution: ${resolution}
channels: [{ id: e, type: email, address: a@b.example }]
`;

function due(resolution: string, opened: string) {
  const result = loadAgreementText(agreementText(resolution));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return dueTimes(result.agreement!, 'high', DateTime.fromISO(opened, { zone: 'Europe/Berlin' }));
}

describe('a resolution due before the response', () => {
  it('is a warning when another calendar makes the resolution fall due first (Friday afternoon, weekend)', () => {
    const times = due('{ within: 2h, calendar: always, firmness: objective }', '2027-01-08T16:00');
    expect(times.resolution!.due < times.response!.due).toBe(true);
    expect(times.warnings.some((w) => /falls due .* before its response/.test(w))).toBe(true);
  });

  it('is no warning when the resolution falls due after the response', () => {
    const times = due('{ within: 8h, calendar: always, firmness: objective }', '2027-01-06T10:00');
    expect(times.resolution!.due > times.response!.due).toBe(true);
    expect(times.warnings.filter((w) => /before its response/.test(w))).toEqual([]);
  });

  it('never happens to a resolution counted from the response', () => {
    const times = due('{ within: 2h, calendar: always, firmness: objective, from: response }', '2027-01-08T16:00');
    expect(times.resolution!.due > times.response!.due).toBe(true);
    expect(times.warnings.filter((w) => /before its response/.test(w))).toEqual([]);
  });
});

// Weekly hours that name a zone of their own: a support week that opens on Monday morning in one zone and closes on
// Friday afternoon in another ("weekends run from 5pm US Pacific Friday to 10am Australian Eastern Monday").
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { dueTimes } from '../../src/clock/index.js';

const text = (zone = 'America/Los_Angeles') => `
slaVersion: 1
kind: SupportPolicy
id: zones
title: Zones
parties: { provider: { name: P } }
services: [{ id: s, name: S }]
calendars:
  - id: priority
    name: Priority 24x5
    timezone: Australia/Sydney
    hours:
      - { days: [mon], open: ["10:00-24:00"] }
      - { days: [tue, wed, thu, fri], open: ["00:00-24:00"] }
      - { days: [mon, tue, wed, thu, fri], open: ["00:00-17:00"], timezone: ${zone} }
severityLevels: [{ id: l1, level: 1, name: L1 }]
tiers:
  - { id: p, name: Priority, targets: { l1: { response: { within: 1h, calendar: priority } } } }
`;

function responseDue(opened: string): string {
  const result = loadAgreementText(text());
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return dueTimes(result.agreement!, 'l1', DateTime.fromISO(opened, { setZone: true })).response!.due.toUTC().toISO()!;
}

describe('weekly hours in a zone of their own', () => {
  it('keeps the week open until Friday 17:00 in California, then reopens on Monday 10:00 in Sydney', () => {
    // 30 minutes left on Friday (Pacific), 30 more from Monday 10:00 AEDT (23:00 UTC on Sunday).
    expect(responseDue('2027-03-05T16:30:00-08:00')).toBe('2027-03-07T23:30:00.000Z');
  });

  it('is closed all weekend, between the two', () => {
    expect(responseDue('2027-03-06T12:00:00Z')).toBe('2027-03-08T00:00:00.000Z');
  });

  it('runs without a break from Monday in Sydney to Friday in California', () => {
    // Wednesday 23:30 UTC is Thursday morning in Sydney and Wednesday afternoon in California: open in both.
    expect(responseDue('2027-03-10T23:30:00Z')).toBe('2027-03-11T00:30:00.000Z');
  });

  it('refuses a zone that does not exist, at its position', () => {
    const result = loadAgreementText(text('America/Los_Angelos'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.pointer)).toContain('/calendars/0/hours/2/timezone');
  });
});

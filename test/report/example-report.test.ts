import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/*
 * The shipped example export, counted by hand before the code ran. Agreement: the Standard tier of
 * examples/standard-customer-service-assistant.sla.yaml. Berlin business hours are 09:00–12:30 and 13:30–17:30
 * Mon–Fri (450 working minutes a day); Good Friday 26 March and Easter Monday 29 March 2027 are holidays; clocks go
 * forward at 02:00 on Sunday 28 March. Report time: Thu 1 April 2027 09:00 Berlin; period: March 2027.
 *
 * Targets — critical: response 1h, update 2h, resolution 8h, all 24x7. high: 2h / 4h / 2d business.
 * normal: 8h / 2d / 5d business. low: 2d / — / 10d business. "Nd" = same clock time N working days later.
 *
 * 59 data rows (lines 2–60): 53 tickets opened in March, 2 outside it (BL-0998 in February, BL-1057 on 1 April),
 * 4 bad rows: line 34 BL-1032 severity "urgent"; line 47 BL-1014 exported twice; line 50 BL-1047 opened
 * "31/03/2027 25:00"; line 58 BL-1055 first response 10:30 before opening 11:00.
 *
 * Critical (4): response minutes BL-1003 20, BL-1017 75 (Sat 22:40 → 23:55, due 23:40, late 15), BL-1029 12,
 *   BL-1049 50 (01:30 CET → 03:20 CEST is 50 real minutes across the DST change). Met 3, breached 1.
 *   Sorted 12 20 50 75: median (20+50)/2 = 35, p90 (rank ceil(3.6)=4) = 75. Of target: 0.2 .333 .833 1.25 →
 *   median .583, p90 1.25. Resolution (8h): BL-1029 14:00 → due 22:00, resolved 23:30, late 90; others met → 3/1.
 *   Updates every 2h: BL-1017 01:30 → resolved 04:10 is 2h40 → missed; the others kept → 3 of 4.
 * High (14): responses BL-1001 30, BL-1004 75 (Tue 16:50–17:30 + Wed 09:00–09:35), BL-1008 90 (lunch not
 *   counted), BL-1011 195 (Fri 15:30 → due Fri 17:30, answered Mon 10:15, late 75), BL-1014 15, BL-1019 15
 *   (opened in lunch, clock from 13:30), BL-1022 75 (pause 10:30–13:45 = 135 working min excluded; due moves from
 *   12:00 to 15:15), BL-1026 160 (due 11:30, late 40), BL-1031 35, BL-1036 170 (due 12:00, late 50 = 30 + 20),
 *   BL-1041 20, BL-1044 130 (Thu 25 16:00–17:30 = 90, Good Friday/weekend/Easter Monday, Tue 09:00–09:40 = 40; due
 *   Tue 09:30, late 10), BL-1052 30, BL-1056 no response (due Wed 31 17:00; at Thu 09:00 overdue 30).
 *   Met 9, breached 5 (1011, 1026, 1036, 1044, 1056), open 0. Sorted 15 15 20 30 30 35 75 75 90 130 160 170 195:
 *   median (7th) 75, p90 (12th) 170; of target 75/120 = .625, 170/120 = 1.417.
 *   Resolution (2d): BL-1031 Mon 15 14:00 → due Wed 17 14:00, resolved 16:30, late 150; BL-1052 due Thu 1 Apr
 *   10:00 and BL-1056 due Fri 2 Apr 15:00 still open; 11 met → 11/1/2.
 *   Updates every 4h: BL-1031 Wed 11:00 → due 16:00, resolved 16:30 → missed; 12 others with a response kept
 *   → 12 of 13.
 * Normal (24): responses 20 30 30 30 40 45 45 45 65 75 80 90 90 90 100 105 120 150 170 180 420 525 570 (23; BL-1050
 *   not yet answered, due Thu 1 Apr 14:30 → open). Breached: BL-1010 (Thu 13:30, due Fri 14:00, answered 14:45,
 *   late 45) and BL-1023 (Thu 09:00, due Fri 09:30, answered 11:00, late 90). Met 21, breached 2, open 1.
 *   Median (12th) 90, p90 (21st) 420; of target 90/480 = .188, 420/480 = .875.
 *   Resolution (5d): BL-1035 Wed 17 09:30 → due Wed 24 09:30, resolved Thu 25 11:00, late 180+240+120 = 540.
 *   BL-1020's pause (Wed 10 11:00 → Mon 15 11:00 = 1350 working min) moves its due time from Wed 17 09:00 to
 *   Fri 19 17:30, so resolving on Thu 18 is met. BL-1045 and BL-1050 open. → 21/1/2. Updates: 23 of 23 kept.
 * Low (11): responses 30 30 60 60 105 190 210 240 240 840 1350; BL-1028 Fri 12 10:00 → due Tue 16 10:00, answered
 *   Wed 17 10:00, late 450. Met 10, breached 1. Median (6th) 190, p90 (10th) 840; of target /900 → .211, .933.
 *   Resolution (10d): 10 met, BL-1046 open (due Mon 12 Apr 10:00).
 * Totals: met 43 + breached 9 + open 1 = 53. Resolution missed 3. Breaches listed 12 (9 response, 3 resolution).
 * Open tickets and working minutes left at Thu 1 Apr 09:00: BL-1056 −30, BL-1052 60, BL-1050 270,
 *   BL-1045 840 (Thu 450 + Fri 390), BL-1046 3210 (7 days × 450 + 60).
 * Request types: incident 15, answer-quality 12, tuning 8, question 11, reporting 5, enhancement 2 (= 53).
 * Tuning effort 1.5+1.5+2+1+2.5+1.5+2+1.5 = 13.5 h against the 8 h monthly cap → exceeded.
 * Over the 6-hour change-order threshold (not a bug, not a change order): BL-1030 (9 h).
 * Times without offset: BL-1042 and BL-1048, three each → 6.
 */
const args = [
  'report', 'examples/standard-customer-service-assistant.sla.yaml',
  '--tickets', 'examples/standard-customer-service-assistant.tickets.csv',
  '--now', '2027-04-01T09:00',
];

describe('sla report on the shipped example export', () => {
  it('agrees with the hand count', async () => {
    const run = await runCli([...args, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.period).toEqual({ from: '2027-03-01T00:00:00+01:00', to: '2027-04-01T00:00:00+02:00', timezone: 'Europe/Berlin' });
    expect(report.input).toEqual({ rows: 59, tickets: 55, badRows: 4, outsidePeriod: 2, timesWithoutOffset: 6 });
    expect(report.totals).toEqual({ tickets: 53, responseMet: 43, responseBreached: 9, responseOpen: 1, resolutionMissed: 3, openTickets: 5, responseNoTarget: 0 });
    expect(report.noTarget).toEqual([]);

    const bySeverity = Object.fromEntries(report.severities.map((s: { id: string }) => [s.id, s]));
    expect(bySeverity.critical).toMatchObject({
      tickets: 4,
      response: { met: 3, breached: 1, open: 0, medianMinutes: 35, p90Minutes: 75, medianOfTarget: 0.583, p90OfTarget: 1.25 },
      resolution: { met: 3, missed: 1, open: 0 },
      updates: { checked: 4, kept: 3, missed: 1 },
    });
    expect(bySeverity.high).toMatchObject({
      tickets: 14,
      response: { met: 9, breached: 5, open: 0, medianMinutes: 75, p90Minutes: 170, medianOfTarget: 0.625, p90OfTarget: 1.417 },
      resolution: { met: 11, missed: 1, open: 2 },
      updates: { checked: 13, kept: 12, missed: 1 },
    });
    expect(bySeverity.normal).toMatchObject({
      tickets: 24,
      response: { met: 21, breached: 2, open: 1, medianMinutes: 90, p90Minutes: 420, medianOfTarget: 0.188, p90OfTarget: 0.875 },
      resolution: { met: 21, missed: 1, open: 2 },
      updates: { checked: 23, kept: 23, missed: 0 },
    });
    expect(bySeverity.low).toMatchObject({
      tickets: 11,
      response: { met: 10, breached: 1, open: 0, medianMinutes: 190, p90Minutes: 840, medianOfTarget: 0.211, p90OfTarget: 0.933 },
      resolution: { met: 10, missed: 0, open: 1 },
      updates: null,
    });

    expect(report.breaches.map((b: { ticket: string; target: string; lateMinutes: number }) => [b.ticket, b.target, b.lateMinutes])).toEqual([
      ['BL-1010', 'response', 45],
      ['BL-1011', 'response', 75],
      ['BL-1017', 'response', 15],
      ['BL-1026', 'response', 40],
      ['BL-1023', 'response', 90],
      ['BL-1028', 'response', 450],
      ['BL-1036', 'response', 50],
      ['BL-1031', 'resolution', 150],
      ['BL-1029', 'resolution', 90],
      ['BL-1035', 'resolution', 540],
      ['BL-1044', 'response', 10],
      ['BL-1056', 'response', 30],
    ]);
    expect(report.breaches.find((b: { ticket: string }) => b.ticket === 'BL-1044')).toMatchObject({ due: '2027-03-30T09:30:00+02:00', actual: '2027-03-30T09:40:00+02:00' });
    expect(report.breaches.find((b: { ticket: string }) => b.ticket === 'BL-1056')).toMatchObject({ due: '2027-03-31T17:00:00+02:00', actual: null });

    expect(report.openTickets.map((o: { ticket: string; awaiting: string; workingMinutesLeft: number }) => [o.ticket, o.awaiting, o.workingMinutesLeft])).toEqual([
      ['BL-1056', 'response', -30],
      ['BL-1052', 'resolution', 60],
      ['BL-1050', 'response', 270],
      ['BL-1045', 'resolution', 840],
      ['BL-1046', 'resolution', 3210],
    ]);

    const types = Object.fromEntries(report.requestTypes.map((t: { id: string; tickets: number }) => [t.id, t.tickets]));
    expect(types).toEqual({ incident: 15, 'answer-quality': 12, tuning: 8, question: 11, reporting: 5, enhancement: 2 });
    expect(report.changeOrderShare).toEqual({ tickets: 2, share: 0.0377 });
    expect(report.caps).toEqual([
      { requestType: 'tuning', name: 'Prompt and workflow tuning', capHours: 8, per: 'month', allowedHours: 8, usedHours: 13.5, ticketsWithoutEffort: 0, exceeded: true },
    ]);
    expect(report.badRows.map((b: { row: number; reason: string }) => [b.row, b.reason])).toEqual([
      [34, 'unknown-severity'],
      [47, 'duplicate-ticket'],
      [50, 'unparseable-time'],
      [58, 'response-before-opening'],
    ]);
    expect(report.findings.map((f: { id: string; severity?: string }) => `${f.id}${f.severity ? `:${f.severity}` : ''}`)).toEqual([
      'responses-late:critical',
      'resolutions-missed:critical',
      'updates-missed:critical',
      'responses-late:high',
      'updates-missed:high',
      'enhancement-as-support',
      'over-change-order-threshold',
      'cap-exceeded',
      'bad-rows',
      'times-without-offset',
    ]);
    expect(report.findings[3].message).toBe('high: 5 of 14 responses late — target or staffing to review.');
  });

  it('keeps the documented JSON shape (docs/report.md)', async () => {
    const report = JSON.parse((await runCli([...args, '--format', 'json'])).stdout);
    expect(Object.keys(report)).toEqual([
      'reportVersion', 'agreement', 'period', 'asOf', 'input', 'totals', 'severities', 'breaches', 'openTickets',
      'requestTypes', 'changeOrderShare', 'enhancementShare', 'outOfScopeShare', 'caps', 'findings', 'badRows', 'noTarget', 'warnings',
    ]);
    expect(Object.keys(report.severities[0])).toEqual(['id', 'name', 'level', 'targets', 'tickets', 'response', 'resolution', 'updates', 'openTickets']);
    expect(Object.keys(report.breaches[0])).toEqual(['ticket', 'severity', 'target', 'targetText', 'opened', 'due', 'actual', 'lateMinutes']);
    expect(Object.keys(report.openTickets[0])).toEqual(['ticket', 'severity', 'opened', 'awaiting', 'due', 'workingMinutesLeft']);
  });

  it('prints a Markdown report a delivery lead can send, and lists bad rows on stderr', async () => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Service report: Support Agreement — Customer-Service Assistant');
    expect(run.stdout).toContain('**Period:** 1 March 2027 – 31 March 2027 (Europe/Berlin)');
    // How firm a target is follows its text when the agreement says (the example says commitment and objective).
    expect(run.stdout).toMatch(/\| High \| 14 \| 2h on berlin-business( \(commitment\))? \| 9 \| 5 \| 0 \| 1 h 15 min \| 2 h 50 min \|/);
    expect(run.stdout).toMatch(/\| High \| 2d on berlin-business( \(objective\))? \| 11 \| 1 \| 2 \| 4h on berlin-business( \(commitment\))? \| 12 of 13 \|/);
    expect(run.stdout).toContain('| BL-1056 | high | Wed 31 Mar 15:00 | response | Wed 31 Mar 17:00 | overdue by 30 min |');
    expect(run.stdout).toContain('were read as Europe/Berlin time');
    expect(run.stderr).toContain('standard-customer-service-assistant.tickets.csv:34');
    expect(run.stderr.trim().split('\n')).toHaveLength(4);
  });

  it('exits 1 with --fail-on-breach, and the report is still printed', async () => {
    const run = await runCli([...args, '--fail-on-breach', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).breaches).toHaveLength(12);
  });

  it('gives the same bytes twice', async () => {
    const [a, b] = [await runCli([...args, '--format', 'json']), await runCli([...args, '--format', 'json'])];
    expect(a.stdout).toBe(b.stdout);
  });
});

import { describe, expect, it } from 'vitest';
import { targetOrder as rule } from '../../src/lint/rules/target-order.js';
import { editDocument, expectClean, lint, standard, standardWith, standardWithValues } from './helpers.js';

// In the standard example, tier `standard` (tiers[1]) has these targets:
//   critical  response 1h always-on         resolution 8h always-on
//   high      response 2h berlin-business   resolution 2d berlin-business
//   normal    response 8h berlin-business   resolution 5d berlin-business
//   low       response 2d berlin-business   resolution 10d berlin-business
const standardTier = (severity: string, target: string, key = 'within') => ['tiers', 1, 'targets', severity, target, key];

/** The line on which tier `tier` writes the response of `severity` (the value of `within` starts at column 29). */
function responseLine(text: string, tier: string, severity: string): number {
  const at = text.indexOf(`      ${severity}:\n        response:`, text.indexOf(`  - id: ${tier}\n`));
  return text.slice(0, at).split('\n').length + 1;
}

describe('target-order', () => {
  it('accepts the standard example: responses faster than resolutions, and faster for more severe levels', () => {
    expectClean(rule, standard);
  });

  it('flags a response slower than the resolution on the same calendar, at the response duration', () => {
    const text = standardWithValues([standardTier('high', 'resolution'), '90m']);
    expect(lint(rule, text)).toMatchObject([
      {
        messageId: 'responseAfterResolution',
        line: responseLine(text, 'standard', 'high'),
        column: 29,
        endColumn: 31,
        data: { tier: 'standard', severity: 'high', response: '2h on `berlin-business`', resolution: '90m on `berlin-business`' },
      },
    ]);
  });

  it('flags a business-hours response slower than a 24x7 resolution', () => {
    const text = standardWithValues([standardTier('critical', 'response'), '9h'], [standardTier('critical', 'response', 'calendar'), 'berlin-business']);
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'responseAfterResolution', line: responseLine(text, 'standard', 'critical'), column: 29, data: { severity: 'critical', response: '9h on `berlin-business`', resolution: '8h on `always-on`' } },
      { messageId: 'slowerThanLowerSeverity', line: responseLine(text, 'standard', 'critical'), column: 29, data: { severity: 'critical', lower: 'high' } },
    ]);
  });

  it('flags a more severe level that responds later than a less severe one, once, naming the first faster level', () => {
    const text = standardWithValues([standardTier('high', 'response'), '12h']);
    expect(lint(rule, text).filter((f) => f.messageId === 'slowerThanLowerSeverity')).toMatchObject([
      { messageId: 'slowerThanLowerSeverity', line: responseLine(text, 'standard', 'high'), column: 29, data: { tier: 'standard', severity: 'high', lower: 'normal', lowerResponse: '8h on `berlin-business`' } },
    ]);
    // 12 business hours against a 2-business-day resolution on one calendar: judged by its 7.5-hour working days, not
    // by the clock (the Christmas Eve half day would make 2 days the shorter; `sla due` warns for such a ticket).
    expect(lint(rule, text).filter((f) => f.messageId === 'responseCanFollowResolution')).toEqual([]);
  });

  it('compares working days with hours through the length of the working day (7.5 hours here)', () => {
    // 2 working days are at least 15 working hours: later than the 8h of `normal`.
    const text = standardWithValues([standardTier('high', 'response'), '2d']);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'slowerThanLowerSeverity', line: responseLine(text, 'standard', 'high'), data: { severity: 'high', lower: 'normal' } }]);
  });

  it('checks every tier, not only the client\'s', () => {
    const text = standardWithValues([['tiers', 0, 'targets', 'low', 'response', 'within'], '30m']);
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'slowerThanLowerSeverity', line: responseLine(text, 'essential', 'critical'), data: { tier: 'essential', severity: 'critical', lower: 'low' } },
      { messageId: 'slowerThanLowerSeverity', line: responseLine(text, 'essential', 'high'), data: { tier: 'essential', severity: 'high', lower: 'low' } },
      { messageId: 'slowerThanLowerSeverity', line: responseLine(text, 'essential', 'normal'), data: { tier: 'essential', severity: 'normal', lower: 'low' } },
    ]);
  });

  describe('a response and a resolution that apply to the same request', () => {
    /** The standard tier's `high` level with these response and resolution targets. */
    const high = (response: unknown, resolution: unknown) =>
      editDocument(standard, (doc) => {
        doc.setIn(['tiers', 1, 'targets', 'high', 'response'], doc.createNode(response));
        doc.setIn(['tiers', 1, 'targets', 'high', 'resolution'], doc.createNode(resolution));
      });

    it('compares a range by its longer end, the time it falls due', () => {
      const text = high({ between: ['1h', '4h'], calendar: 'berlin-business' }, { within: '3h', calendar: 'berlin-business' });
      expect(lint(rule, text)).toMatchObject([{ messageId: 'responseAfterResolution', data: { response: '1h–4h on `berlin-business`', resolution: '3h on `berlin-business`' }, pointer: '/tiers/1/targets/high/response/between' }]);
      expectClean(rule, high({ between: ['1h', '4h'], calendar: 'berlin-business' }, { between: ['2h', '6h'], calendar: 'berlin-business' }));
    });

    it('compares the outside-hours response with the resolution that applies to the same late request', () => {
      const text = high(
        { within: '2h', calendar: 'berlin-business', outsideHours: { hours: 'berlin-business', within: '10h', calendar: 'always-on' } },
        { within: '8h', calendar: 'always-on' },
      );
      expect(lint(rule, text)).toMatchObject([
        { messageId: 'responseAfterResolution', pointer: '/tiers/1/targets/high/response/outsideHours/within', data: { when: ' raised outside `berlin-business`', response: '10h on `always-on`', resolution: '8h on `always-on`' } },
      ]);
    });

    it('compares the two outside-hours targets for the same hours with each other, not with the other side\'s normal target', () => {
      const outside = (within: string) => ({ hours: 'berlin-business', within, calendar: 'always-on' });
      expectClean(rule, high({ within: '2h', calendar: 'berlin-business', outsideHours: outside('4h') }, { within: '2d', calendar: 'berlin-business', outsideHours: outside('12h') }));
      const text = high({ within: '2h', calendar: 'berlin-business', outsideHours: outside('14h') }, { within: '2d', calendar: 'berlin-business', outsideHours: outside('12h') });
      expect(lint(rule, text)).toMatchObject([{ messageId: 'responseAfterResolution', data: { when: ' raised outside `berlin-business`' } }]);
    });

    it('leaves a resolution counted from the response alone: it cannot fall due before it', () => {
      expectClean(rule, high({ within: '4h', calendar: 'berlin-business' }, { within: '2h', calendar: 'berlin-business', from: 'response' }));
    });

    it('runs the clock where arithmetic cannot decide: a business-hours response against a 24x7 resolution', () => {
      const text = high({ within: '4h', calendar: 'berlin-business' }, { within: '8h', calendar: 'always-on' });
      const started = performance.now();
      const findings = lint(rule, text);
      expect(performance.now() - started).toBeLessThan(2000);
      // 1 January 2027 is a holiday: raised as it starts, the resolution is due at 08:00, the response on Monday.
      expect(findings).toMatchObject([
        {
          messageId: 'responseCanFollowResolution',
          pointer: '/tiers/1/targets/high/response/within',
          data: {
            tier: 'standard',
            severity: 'high',
            raised: 'Friday 1 Jan 2027 at 00:00',
            responseDue: 'on Monday 4 Jan 2027 at 14:00',
            resolutionDue: 'due on Friday 1 Jan 2027 at 08:00',
            response: '4h on `berlin-business`',
            resolution: '8h on `always-on`',
          },
        },
      ]);
    });

    it('runs the clock for named deadlines and outside-hours targets', () => {
      const nextDay = high({ by: 'next-business-day', calendar: 'berlin-business' }, { within: '1h', calendar: 'berlin-business' });
      expect(lint(rule, nextDay)).toMatchObject([{ messageId: 'responseCanFollowResolution', pointer: '/tiers/1/targets/high/response/by' }]);
      const outside = high(
        { within: '1h', calendar: 'always-on', outsideHours: { hours: 'berlin-business', by: 'next-business-day', calendar: 'berlin-business' } },
        { within: '12h', calendar: 'always-on' },
      );
      expect(lint(rule, outside)).toMatchObject([{ messageId: 'responseCanFollowResolution', pointer: '/tiers/1/targets/high/response/outsideHours/by' }]);
    });

    it('stays quiet when the clock finds no such request', () => {
      expectClean(rule, high({ by: 'next-business-day', calendar: 'berlin-business' }, { within: '3d', calendar: 'berlin-business' }));
      expectClean(rule, high({ within: '4h', calendar: 'berlin-business' }, { within: '5d', calendar: 'always-on' }));
    });

    it('does not run the clock on calendars it cannot run (a zone the document does not state)', () => {
      const text = editDocument(high({ within: '4h', calendar: 'berlin-business' }, { within: '8h', calendar: 'always-on' }), (doc) => doc.setIn(['calendars', 0, 'timezone'], 'unstated'));
      expectClean(rule, text);
    });
  });

  describe('a calendar whose hours the document does not state', () => {
    const unstatedHours = (...values: [path: (string | number)[], value: unknown][]) => standardWithValues([['calendars', 0, 'hours'], 'unstated'], ...values);

    it('is not a calendar of 0-minute days: hours are not compared with days on it', () => {
      // 2h against 1d, 8h against 2d on the same business hours of unknown length.
      expectClean(rule, unstatedHours());
      expectClean(rule, unstatedHours([standardTier('high', 'resolution'), '1d'], [standardTier('high', 'response'), '6h']));
    });

    it('still compares times in the same unit, and against a 24x7 calendar', () => {
      expect(lint(rule, unstatedHours([standardTier('high', 'response'), '9h'])).map((f) => [f.messageId, f.data.severity])).toEqual([['slowerThanLowerSeverity', 'high']]);
      const afterAroundTheClock = unstatedHours([standardTier('critical', 'response'), '9h'], [standardTier('critical', 'response', 'calendar'), 'berlin-business']);
      expect(lint(rule, afterAroundTheClock).map((f) => f.messageId)).toContain('responseAfterResolution');
    });
  });

  describe('near misses that must not trigger', () => {
    it('equal responses for two levels', () => {
      expectClean(rule, standardWithValues([standardTier('high', 'response'), '8h']));
    });
    it('a 24x7 response longer than a business-hours one (the business-hours clock can stand still all weekend)', () => {
      expectClean(rule, standardWithValues([standardTier('critical', 'response'), '4h']));
    });
    it('one working day against 8 hours (a working day here is shorter than 8 hours)', () => {
      expectClean(rule, standardWithValues([standardTier('high', 'response'), '1d']));
    });
    it('targets on two different business-hours calendars', () => {
      const text = standardWith([
        '  - id: always-on',
        '  - id: new-york\n    name: New York office hours\n    timezone: America/New_York\n    hours:\n      - days: [mon, tue, wed, thu, fri]\n        open: ["09:00-17:00"]\n  - id: always-on',
      ]).replace('resolution: { within: 2d, calendar: berlin-business, kind: objective }', 'resolution: { within: 1h, calendar: new-york, kind: objective }');
      expectClean(rule, text);
    });
  });
});

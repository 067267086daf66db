import { describe, expect, it } from 'vitest';
import { targetOrder as rule } from '../../src/lint/rules/target-order.js';
import { expectClean, lint, standard, standardWith, standardWithValues } from './helpers.js';

// In the standard example, tier `standard` (tiers[1]) writes its targets on lines 250-263:
//   critical  response 1h always-on (line 250)        resolution 8h always-on
//   high      response 2h berlin-business (line 254)  resolution 2d berlin-business
//   normal    response 8h berlin-business (line 258)  resolution 5d berlin-business
//   low       response 2d berlin-business (line 262)  resolution 10d berlin-business
const standardTier = (severity: string, target: string, key = 'within') => ['tiers', 1, 'targets', severity, target, key];

describe('target-order', () => {
  it('accepts the standard example: responses faster than resolutions, and faster for more severe levels', () => {
    expectClean(rule, standard);
  });

  it('flags a response slower than the resolution on the same calendar, at the response duration', () => {
    const text = standardWithValues([standardTier('high', 'resolution'), '90m']);
    expect(lint(rule, text)).toMatchObject([
      {
        messageId: 'responseAfterResolution',
        line: 254,
        column: 29,
        endColumn: 31,
        data: { tier: 'standard', severity: 'high', response: '2h on `berlin-business`', resolution: '90m on `berlin-business`' },
      },
    ]);
  });

  it('flags a business-hours response slower than a 24x7 resolution', () => {
    const text = standardWithValues([standardTier('critical', 'response'), '9h'], [standardTier('critical', 'response', 'calendar'), 'berlin-business']);
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'responseAfterResolution', line: 250, column: 29, data: { severity: 'critical', response: '9h on `berlin-business`', resolution: '8h on `always-on`' } },
      { messageId: 'slowerThanLowerSeverity', line: 250, column: 29, data: { severity: 'critical', lower: 'high' } },
    ]);
  });

  it('flags a more severe level that responds later than a less severe one, once, naming the first faster level', () => {
    const text = standardWithValues([standardTier('high', 'response'), '12h']);
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'slowerThanLowerSeverity', line: 254, column: 29, data: { tier: 'standard', severity: 'high', lower: 'normal', lowerResponse: '8h on `berlin-business`' } },
    ]);
  });

  it('compares working days with hours through the length of the working day (7.5 hours here)', () => {
    // 2 working days are at least 15 working hours: later than the 8h of `normal`.
    const text = standardWithValues([standardTier('high', 'response'), '2d']);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'slowerThanLowerSeverity', line: 254, data: { severity: 'high', lower: 'normal' } }]);
  });

  it('checks every tier, not only the client\'s', () => {
    const text = standardWithValues([['tiers', 0, 'targets', 'low', 'response', 'within'], '30m']);
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'slowerThanLowerSeverity', line: 226, data: { tier: 'essential', severity: 'critical', lower: 'low' } },
      { messageId: 'slowerThanLowerSeverity', line: 230, data: { tier: 'essential', severity: 'high', lower: 'low' } },
      { messageId: 'slowerThanLowerSeverity', line: 234, data: { tier: 'essential', severity: 'normal', lower: 'low' } },
    ]);
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

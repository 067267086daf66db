import { describe, expect, it } from 'vitest';
import { generalAvailabilityPromise as rule } from '../../src/lint/rules/general-availability-promise.js';
import { brief, expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

describe('general-availability-promise', () => {
  it('accepts the standard example, whose "around the clock" is backed by a 24x7 calendar', () => {
    expectClean(rule, standard);
  });

  describe('open-ended promises', () => {
    const cases: [words: string, sentence: string][] = [
      ['available whenever', 'Our engineers are available whenever you need them.'],
      ['anytime', 'Reach the team anytime through the portal.'],
      ['if anything comes up', 'Just call us if anything comes up.'],
      ['whenever you need us', 'We are here whenever you need us.'],
      ['always available', 'The delivery lead is always available for questions.'],
      ['Unlimited support', 'Unlimited support is included.'],
    ];
    it.each(cases)('flags "%s" at the exact words', (words, sentence) => {
      const text = standardWith(['description: Creates a ticket in the portal automatically.', `description: ${sentence}`]);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'openEnded', line: at.line, column: at.column, endColumn: at.column + words.length, data: { words } }]);
    });
  });

  describe('round-the-clock words', () => {
    it('flags "24/7" in the client tier\'s text when its critical response runs on business hours', () => {
      const text = standardWith(
        ['        response: { within: 1h, calendar: always-on, firmness: commitment }', '        response: { within: 1h, calendar: berlin-business, firmness: commitment }'],
        ['Weekly review of the quality', '24/7 review of the quality'],
      );
      const at = positionOf(text, '24/7 review');
      expect(lint(rule, text)).toMatchObject([
        { messageId: 'unbackedRoundTheClock', line: at.line, column: at.column, endColumn: at.column + 4, data: { severity: 'critical', calendar: 'berlin-business' } },
        // The tier's own description now promises more than its targets give, too.
        { messageId: 'unbackedRoundTheClock', ...positionOf(text, 'round-the-clock response') },
      ]);
    });

    it('flags a tier promising round-the-clock response when its own critical target runs on business hours', () => {
      const text = standardWith(['For workflows that support internal teams', 'Round-the-clock help for workflows that support internal teams']);
      expect(brief(lint(rule, text))).toEqual([{ messageId: 'unbackedRoundTheClock', ...positionOf(text, 'Round-the-clock') }]);
    });

    it('checks every level the words name: "24x7 for Sev 1/2" needs both on a 24x7 calendar', () => {
      const text = standardWith(['round-the-clock response to critical incidents', 'phone support 24x7 for Sev 1/2']);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'unbackedRoundTheClock', data: { words: '24x7', severity: 'high', calendar: 'berlin-business' }, ...positionOf(text, '24x7 for Sev') }]);
    });

    it.each([
      ['"24x7 for Sev 1"', 'phone support 24x7 for Sev 1'],
      ['"around the clock for Severity 1"', 'phone support around the clock for Severity 1 only'],
    ])('accepts %s when that level is answered on a 24x7 calendar', (_name, words) => {
      expectClean(rule, standardWith(['round-the-clock response to critical incidents', words]));
    });

    it('flags a business-hours channel that says it is answered 24/7', () => {
      const text = standardWith(['description: Creates a ticket in the portal automatically.', 'description: Monitored 24/7.']);
      expect(brief(lint(rule, text))).toEqual([{ messageId: 'unbackedChannel', ...positionOf(text, '24/7') }]);
    });
  });

  describe('availability guarantees', () => {
    const note = 'Restoring service may rely on the model vendor; the target pauses while a vendor outage is open.';
    it.each([
      ['guarantees 99.9% availability', 'The provider guarantees 99.9% availability of the assistant in each calendar month.'],
      ['guarantee of 99.95% uptime', 'Premium includes a guarantee of 99.95% uptime measured monthly.'],
      ['99.9% uptime guarantee', 'The plan carries a 99.9% uptime guarantee with service credits.'],
      ['guarantees that the assistant will be available', 'The provider guarantees that the assistant will be available 99.5% of each month.'],
    ])('reports "%s", from the guarantee to the availability words', (words, sentence) => {
      const text = standardWith([note, sentence]);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'availabilityGuarantee', data: { words }, line: at.line, column: at.column, endColumn: at.column + words.length }]);
    });

    it.each([
      ['a negated guarantee', 'The provider does not guarantee 99.9% availability because the model vendor runs the service.'],
      ['a guarantee of a fix', 'The provider guarantees to restore availability within 8 hours.'],
      ['"guaranteed" response times that are available on a plan', 'Guaranteed response times are available on the Premium plan.'],
      ['an uptime clause with its period and remedy', 'The provider guarantees 99.9% availability in each calendar month. Below that the client receives a service credit of 10% of the monthly fee.'],
    ])('stays quiet on %s', (_name, sentence) => {
      expectClean(rule, standardWith([note, sentence]));
    });
  });

  describe('near misses that must not trigger', () => {
    it.each([
      ['a 24x7 channel', 'answers around the clock', 'answers 24/7'],
      ['a tier whose critical response is 24x7', 'round-the-clock response to critical incidents', '24/7 response to critical incidents'],
      ['"available" with hours', 'Creates a ticket in the portal automatically.', 'Available 09:00-17:30 on Berlin working days.'],
      ['"at any time" about something other than support', 'tell the Provider in writing when they change', 'may replace them at any time by telling the Provider in writing'],
      ['"24 hours" as a number', 'Creates a ticket in the portal automatically.', 'Tickets are closed 24 hours after the client confirms the fix.'],
      ['"anytime" as a condition', 'Creates a ticket in the portal automatically.', 'Escalations happen anytime the target is missed.'],
      ['"whenever" as a condition', 'Creates a ticket in the portal automatically.', 'Whenever a ticket is created, the client receives a copy.'],
      ['"whenever the client needs" something other than the provider', 'Creates a ticket in the portal automatically.', 'Whenever the client needs a new report, it raises a request here.'],
      ['an ISO duration that contains 24', 'Creates a ticket in the portal automatically.', 'Escalates after PT24H without reply.'],
    ])('%s', (_name, search, replacement) => {
      expectClean(rule, standardWith([search, replacement]));
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { worstCaseWait as rule } from '../../src/lint/rules/worst-case-wait.js';
import { editDocument, expectClean, lint, standard, standardWithValues } from './helpers.js';

// Tier `standard` (the client's) answers critical incidents within 1h on the 24x7 `always-on` calendar (line 250);
// tier `essential` within 2h on `berlin-business` (line 226), which closes for weekends and German holidays.
const clientCritical = ['tiers', 1, 'targets', 'critical', 'response'];

/** The agreement as a published policy, which may have no effective date. */
const asPolicy = (document: Document): void => {
  document.setIn(['kind'], 'SupportPolicy');
  document.deleteIn(['serviceTier']);
  document.deleteIn(['parties', 'client']);
  document.deleteIn(['effectiveDate']);
};

describe('worst-case-wait', () => {
  it('accepts the standard example: the client\'s critical incidents are answered within 1 hour around the clock', () => {
    expectClean(rule, standard);
  });

  it('flags a critical response on business hours, at its calendar, explaining the worst moment', () => {
    const text = standardWithValues([[...clientCritical, 'calendar'], 'berlin-business']);
    const [finding, ...rest] = lint(rule, text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ messageId: 'tooLong', line: 250, column: 43, data: { severity: 'critical', tier: 'standard', maxHours: 4 } });
    // Raised just after closing before Easter 2027: Good Friday, the weekend and Easter Monday pass in between.
    expect(finding!.data).toMatchObject({ wait: '111 hours 29 minutes' });
    expect(finding!.data.explanation).toBe(
      'an incident raised Thursday 25 Mar at 17:31 is due an answer on Tuesday 30 Mar at 10:00 — 111 hours 29 minutes later, when 26 Mar (Good Friday) and 29 Mar (Easter Monday) are holidays in its calendar',
    );
    expect(finding!.message).toContain(String(finding!.data.explanation));
  });

  it('asks for a shorter target when even a 24x7 calendar waits too long', () => {
    const text = standardWithValues([[...clientCritical, 'within'], '5h']);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'tooLongAroundTheClock', line: 250, column: 43, data: { wait: '5 hours', calendar: 'always-on' } }]);
  });

  it('checks other tiers when `allTiers` is set, unless their business criticality is ignored', () => {
    // `essential` is a low-criticality tier: a business-hours wait is the deal it offers.
    expectClean(rule, standard, { allTiers: true });
    expect(lint(rule, standard, { allTiers: true, ignoreCriticality: [] })).toMatchObject([{ messageId: 'tooLong', line: 226, data: { tier: 'essential' } }]);
    const mediumEssential = standardWithValues([['tiers', 0, 'businessCriticality'], 'medium']);
    expect(lint(rule, mediumEssential, { allTiers: true })).toMatchObject([{ messageId: 'tooLong', line: 226, data: { tier: 'essential' } }]);
  });

  it('searches the year the options name (2028 has no holidays listed, so a plain weekend is the worst)', () => {
    const text = standardWithValues([[...clientCritical, 'calendar'], 'berlin-business']);
    expect(lint(rule, text, { year: 2028 })[0]!.data.explanation).toBe('an incident raised Friday 27 Oct at 17:31 is due an answer on Monday 30 Oct at 10:00 — 65 hours 29 minutes later');
  });

  it('without an effective date, searches the year of the last update (a published policy often has only that)', () => {
    const text = editDocument(standardWithValues([[...clientCritical, 'calendar'], 'berlin-business'], [['lastUpdated'], '2028-03-01']), asPolicy);
    // A policy's tiers are a menu: `allTiers` checks them all (`essential` is low-criticality and skipped).
    expect(lint(rule, text, { allTiers: true })[0]!.data.explanation).toBe('an incident raised Friday 27 Oct at 17:31 is due an answer on Monday 30 Oct at 10:00 — 65 hours 29 minutes later');
  });

  it('without any date, still searches a year instead of failing', () => {
    const text = editDocument(standardWithValues([[...clientCritical, 'calendar'], 'berlin-business']), asPolicy);
    expect(lint(rule, text, { allTiers: true })).toMatchObject([{ messageId: 'tooLong', data: { severity: 'critical', tier: 'standard' } }]);
  });

  describe('near misses that must not trigger', () => {
    it('a 24x7 response of exactly `maxHours`', () => {
      expectClean(rule, standardWithValues([[...clientCritical, 'within'], '4h']));
    });
    it('a business-hours response when `maxHours` allows a long weekend', () => {
      expectClean(rule, standardWithValues([[...clientCritical, 'calendar'], 'berlin-business']), { maxHours: 24 * 5 });
    });
    it('the client\'s tier marked low-criticality', () => {
      expectClean(rule, standardWithValues([[...clientCritical, 'calendar'], 'berlin-business'], [['tiers', 1, 'businessCriticality'], 'low']));
    });
    it('slow business-hours responses for lower severities', () => {
      expectClean(rule, standardWithValues([['tiers', 1, 'targets', 'high', 'response', 'within'], '2d']));
    });
  });
});

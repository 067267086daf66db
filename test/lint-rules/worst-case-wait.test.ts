import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { worstCaseWait as rule } from '../../src/lint/rules/worst-case-wait.js';
import { editDocument, expectClean, lint, standard, standardWithValues } from './helpers.js';

// Tier `standard` (the client's) answers critical incidents within 1h on the 24x7 `always-on` calendar; tier
// `essential` within 2h on `berlin-business`, which closes for weekends and German holidays.
const clientCritical = ['tiers', 1, 'targets', 'critical', 'response'];

/** The line on which tier `tier` writes the response of its critical level (its `calendar` value starts at column 43). */
function criticalLine(text: string, tier: string): number {
  const at = text.indexOf('      critical:\n        response:', text.indexOf(`  - id: ${tier}\n`));
  return text.slice(0, at).split('\n').length + 1;
}

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
    expect(finding).toMatchObject({ messageId: 'tooLong', line: criticalLine(text, 'standard'), column: 43, data: { severity: 'critical', tier: 'standard', maxHours: 4 } });
    // Raised just after closing before Easter 2027: Good Friday, the weekend and Easter Monday pass in between.
    expect(finding!.data).toMatchObject({ wait: '111 hours 29 minutes' });
    expect(finding!.data.explanation).toBe(
      'an incident raised Thursday 25 Mar at 17:31 is due an answer on Tuesday 30 Mar at 10:00 — 111 hours 29 minutes later, when 26 Mar (Good Friday) and 29 Mar (Easter Monday) are holidays in its calendar',
    );
    expect(finding!.message).toContain(String(finding!.data.explanation));
  });

  it('asks for a shorter target when even a 24x7 calendar waits too long', () => {
    const text = standardWithValues([[...clientCritical, 'within'], '5h']);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'tooLongAroundTheClock', line: criticalLine(text, 'standard'), column: 43, data: { wait: '5 hours', calendar: 'always-on' } }]);
  });

  it('checks other tiers when `allTiers` is set, unless their business criticality is ignored', () => {
    // `essential` is a low-criticality tier: a business-hours wait is the deal it offers.
    expectClean(rule, standard, { allTiers: true });
    expect(lint(rule, standard, { allTiers: true, ignoreCriticality: [] })).toMatchObject([{ messageId: 'tooLong', line: criticalLine(standard, 'essential'), data: { tier: 'essential' } }]);
    const mediumEssential = standardWithValues([['tiers', 0, 'businessCriticality'], 'medium']);
    expect(lint(rule, mediumEssential, { allTiers: true })).toMatchObject([{ messageId: 'tooLong', line: criticalLine(mediumEssential, 'essential'), data: { tier: 'essential' } }]);
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

  describe('a published policy (no client\'s tier)', () => {
    const mediumEssential = (document: Document) => document.setIn(['tiers', 0, 'businessCriticality'], 'medium');

    it('checks every tier, without `allTiers`', () => {
      const text = editDocument(standardWithValues([[...clientCritical, 'calendar'], 'berlin-business']), (doc) => {
        asPolicy(doc);
        mediumEssential(doc);
      });
      expect(lint(rule, text).map((f) => f.data.tier)).toEqual(['essential', 'standard']);
    });

    it('leaves a business-hours tier alone beside a tier that answers the most severe level around the clock', () => {
      // Standard answers critical incidents within 1h, 24x7: a customer who needs that cover can buy it.
      expectClean(rule, editDocument(standard, (doc) => {
        asPolicy(doc);
        mediumEssential(doc);
      }));
    });

    it('but not in an agreement with `allTiers`, whose client asked for every tier to be checked', () => {
      expect(lint(rule, standardWithValues([['tiers', 0, 'businessCriticality'], 'medium']), { allTiers: true }).map((f) => f.data.tier)).toEqual(['essential']);
    });
  });

  it('reports a response counted on hours the document does not state: nothing bounds the wait', () => {
    const text = standardWithValues([[...clientCritical, 'calendar'], 'berlin-business'], [['calendars', 0, 'hours'], 'unstated']);
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'unboundedWait', line: criticalLine(text, 'standard'), column: 43, data: { severity: 'critical', tier: 'standard', time: '1h', calendar: 'berlin-business' } },
    ]);
  });

  describe('near misses that must not trigger', () => {
    it('a response whose calendar is `unstated` (unstated-target reports it)', () => {
      expectClean(rule, standardWithValues([[...clientCritical, 'calendar'], 'unstated']));
    });
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

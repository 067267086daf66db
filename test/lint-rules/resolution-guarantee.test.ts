import { describe, expect, it } from 'vitest';
import { resolutionGuarantee as rule } from '../../src/lint/rules/resolution-guarantee.js';
import { brief, expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const vendorNote = 'Restoring service may rely on the model vendor; the target pauses while a vendor outage is open.';

describe('resolution-guarantee', () => {
  it('accepts the standard example, which says "an objective, not a guarantee"', () => {
    expectClean(rule, standard);
  });

  it('flags a resolution target without `kind`, at its key', () => {
    const text = standardWith(['resolution: { within: 2d, calendar: berlin-business, firmness: objective, kind: objective }', 'resolution: { within: 2d, calendar: berlin-business }']);
    // The standard tier's `high` resolution is the only `2d ... objective` resolution in the file.
    const at = positionOf(text, 'resolution: { within: 2d, calendar: berlin-business }');
    expect(lint(rule, text)).toMatchObject([{ messageId: 'resolutionWithoutKind', data: { severity: 'high', tier: 'standard' }, line: at.line, column: at.column }]);
  });

  describe('promising prose, at the exact words', () => {
    it.each([
      ['guaranteed', 'Service is guaranteed to be restored in 8 hours.'],
      ['Guarantee', 'Guarantee of same-day restoration for critical incidents.'],
      ['will be resolved within', 'Critical incidents will be resolved within 8 hours.'],
      ['fixed within', 'Defects are always fixed within two working days.'],
      ['shall be repaired within', 'Broken connectors shall be repaired within 1 day.'],
    ])('"%s"', (words, sentence) => {
      const text = standardWith([vendorNote, sentence]);
      const at = positionOf(text, words);
      const findings = lint(rule, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ line: at.line, column: at.column, endColumn: at.column + words.length });
      expect(findings[0]!.messageId).toBe(/guarant/i.test(words) ? 'guarantee' : 'resolvedWithin');
    });
  });

  it('flags a guarantee in a definition', () => {
    const text = standardWith(['It is an objective, not a guarantee.', 'The provider guarantees it.']);
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'guarantee', ...positionOf(text, 'guarantees') }]);
  });

  describe('an availability guarantee is not a resolution guarantee (general-availability-promise reports it)', () => {
    it.each([
      ['a percentage of availability', 'The provider guarantees 99.9% availability of the assistant in each calendar month.'],
      ['a guarantee of uptime', 'Premium includes a guarantee of 99.95% uptime measured monthly.'],
      ['the guarantee after the uptime', 'The plan carries a 99.9% uptime guarantee with service credits.'],
      ['"available" with a percentage', 'The provider guarantees that the assistant will be available 99.5% of each month.'],
    ])('%s', (_name, sentence) => {
      expectClean(rule, standardWith([vendorNote, sentence]));
    });

    it('still reports a guarantee to restore availability: that is a fix by a deadline', () => {
      const text = standardWith([vendorNote, 'The provider guarantees to restore availability within 8 hours.']);
      expect(brief(lint(rule, text))).toEqual([{ messageId: 'guarantee', ...positionOf(text, 'guarantees') }]);
    });
  });

  describe('near misses that must not trigger', () => {
    it.each([
      ['a negated guarantee', 'The provider does not guarantee a resolution time.'],
      ['"no guarantee"', 'There is no guarantee that the vendor restores service within the target.'],
      ['"cannot be guaranteed"', 'A fix cannot be guaranteed when the vendor is down.'],
      ['an aim', 'The provider aims to have critical incidents resolved within 8 hours.'],
      ['a target', 'The target is that defects are fixed within two working days.'],
      ['a typical outcome', 'Issues are usually resolved within a day.'],
      ['"resolved" without a deadline', 'Tickets are closed once resolved and confirmed by the client.'],
      ['"fixed" as an adjective', 'A fixed evaluation set of 220 conversations is run within the window.'],
    ])('%s', (_name, sentence) => {
      expectClean(rule, standardWith([vendorNote, sentence]));
    });
  });
});

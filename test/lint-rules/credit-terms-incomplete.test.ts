import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditTermsIncomplete as rule } from '../../src/lint/rules/credit-terms-incomplete.js';
import { brief, editDocument, expectClean, lint, positionOf, ROOT, standard } from './helpers.js';

const premium = readFileSync(path.join(ROOT, 'examples/premium-pricing-agent.sla.yaml'), 'utf8');
const policy = readFileSync(path.join(ROOT, 'examples/published-support-policy.sla.yaml'), 'utf8');

/** A service-credit band as the YAML writes it. */
interface CreditBand {
  below: number;
  atLeast?: number;
  creditPercent: number;
}

/** The premium example with its credit terms replaced (`undefined`: none at all) and, optionally, other credit bands. */
function premiumWith(creditTerms: Record<string, unknown> | undefined, serviceCredits?: CreditBand[]): string {
  return editDocument(premium, (doc) => {
    if (creditTerms === undefined) doc.deleteIn(['availability', 'creditTerms']);
    else doc.setIn(['availability', 'creditTerms'], doc.createNode(creditTerms));
    if (serviceCredits) doc.setIn(['availability', 'serviceCredits'], doc.createNode(serviceCredits, { flow: true }));
  });
}

describe('credit-terms-incomplete', () => {
  it('accepts the examples: the premium agreement and the published policy state all three terms; the others have no credits', () => {
    expectClean(rule, premium);
    expectClean(rule, policy);
    expectClean(rule, standard);
  });

  /** Bands that, added up, pay more than the fee: 10 + 25 + 100 below 95 %. */
  const steep: CreditBand[] = [{ below: 99.9, creditPercent: 10 }, { below: 99.0, creditPercent: 25 }, { below: 95.0, creditPercent: 100 }];

  it('reports each missing term once, at `creditTerms`, with the YAML to add', () => {
    const text = premiumWith({ basis: 'the monthly fee for that month' }, steep);
    const findings = lint(rule, text);
    const at = positionOf(text, 'creditTerms:');
    expect(brief(findings)).toEqual([
      { messageId: 'noClaim', ...at },
      { messageId: 'noCap', ...at },
      { messageId: 'noCumulative', ...at },
    ].sort((a, b) => a.messageId.localeCompare(b.messageId)));
    for (const finding of findings) expect(finding.pointer).toBe('/availability/creditTerms');
    const messages = Object.fromEntries(findings.map((f) => [f.messageId, f.message]));
    expect(messages.noCumulative).toContain('`cumulative: false`');
    expect(messages.noCumulative).toContain('under `availability.creditTerms`');
    // Below 95 %: the 100 % band alone, or 10 + 25 + 100 when the bands add up.
    expect(messages.noCumulative).toContain('below 95 %: 100 % or 135 % of the fee?');
    expect(messages.noCap).toContain('135 % of the fee in one month');
    expect(messages.noCap).toContain('`capPercent: 100`');
    expect(messages.noClaim).toContain('`claimWithinDays: 30`');
    expect(messages.noClaim).toContain('the Client claims');
  });

  it('does not ask for a cap when the bands cannot pay more than the fee even added up: the table is its own cap', () => {
    const text = premiumWith({ basis: 'the monthly fee for that month' });
    const findings = lint(rule, text);
    expect(findings.map((f) => f.messageId).sort()).toEqual(['noClaim', 'noCumulative']);
    // Below 99 %: the 25 % band alone, or 5 + 10 + 25 when the bands add up.
    expect(findings.find((f) => f.messageId === 'noCumulative')!.message).toContain('below 99 %: 25 % or 40 % of the fee?');
  });

  it('points at `serviceCredits` when there are no credit terms at all', () => {
    const text = premiumWith(undefined, steep);
    expect(lint(rule, text).map((f) => [f.messageId, f.pointer, f.line, f.column]).sort()).toEqual(
      ['noCap', 'noClaim', 'noCumulative'].map((id) => [id, '/availability/serviceCredits', positionOf(text, 'serviceCredits:').line, 3]),
    );
  });

  it('names the Customer in a published policy', () => {
    const text = editDocument(policy, (doc) => {
      doc.deleteIn(['availability', 'creditTerms', 'claimWithinDays']);
      doc.deleteIn(['availability', 'creditTerms', 'claimProcedure']);
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noClaim', data: { party: 'Customer' } }]);
  });

  it('real credit terms with the bands\' combination and the cap left open (corpus: a database vendor\'s cloud SLA)', () => {
    const text = premiumWith(
      { basis: "the 'Applicable Monthly Service Fees' for the affected cluster", claimWithinHours: 24, claimProcedure: 'Log a support ticket within 24 hours of first becoming aware.' },
      [{ below: 99.995, atLeast: 99.0, creditPercent: 10 }, { below: 99.0, creditPercent: 25 }, { below: 95.0, creditPercent: 100 }],
    );
    const findings = lint(rule, editDocument(text, (doc) => doc.setIn(['availability', 'target'], 99.995)));
    expect(findings.map((f) => f.messageId).sort()).toEqual(['noCap', 'noCumulative']);
    // The first band's floor keeps it out of the sum below 95 %: 25 + 100.
    expect(findings.find((f) => f.messageId === 'noCumulative')!.data).toMatchObject({ lowest: 95, lowestCredit: 100, sum: 125 });
  });

  describe('terms that are stated, or cannot be asked', () => {
    it.each([
      ['`cumulative: false` answers the cap too: the highest band is the most a period earns', { cumulative: false, claimWithinDays: 30 }],
      ['`cumulative: true` with a cap', { cumulative: true, capPercent: 30, claimWithinDays: 30 }],
      ['a claim window in hours', { cumulative: false, claimWithinHours: 24 }],
      ['a claim procedure without a window', { cumulative: false, claimProcedure: 'Open a billing ticket naming the month.' }],
    ])('%s', (_name, creditTerms) => {
      expectClean(rule, premiumWith(creditTerms));
    });

    it('one band: nothing to add up, and its credit is the most (only the claim is asked for)', () => {
      expect(lint(rule, premiumWith({ basis: 'the monthly fee' }, [{ below: 99.9, creditPercent: 10 }])).map((f) => f.messageId)).toEqual(['noClaim']);
    });

    it('bands whose floors meet the next threshold never apply together', () => {
      const bands: CreditBand[] = [{ below: 99.9, atLeast: 99.5, creditPercent: 5 }, { below: 99.5, atLeast: 99.0, creditPercent: 10 }, { below: 99.0, creditPercent: 25 }];
      expect(lint(rule, premiumWith({ claimWithinDays: 30 }, bands))).toEqual([]);
    });

    it('asks for a cap when the bands add up past the fee, and only then', () => {
      expect(lint(rule, premiumWith({ cumulative: true, claimWithinDays: 30 }, steep)).map((f) => f.messageId)).toEqual(['noCap']);
      expect(lint(rule, premiumWith({ cumulative: true, claimWithinDays: 30 }))).toEqual([]);
      expect(lint(rule, premiumWith({ cumulative: true, capPercent: 100, claimWithinDays: 30 }, steep))).toEqual([]);
      expect(lint(rule, premiumWith({ cumulative: false, claimWithinDays: 30 }, steep))).toEqual([]);
    });

    it('no credits, no finding: an availability target alone, or credit terms without a table (unstated-target reports that)', () => {
      expectClean(rule, editDocument(premium, (doc) => doc.deleteIn(['availability', 'serviceCredits'])));
      expectClean(rule, editDocument(premium, (doc) => doc.setIn(['availability', 'serviceCredits'], doc.createNode([]))));
    });
  });
});

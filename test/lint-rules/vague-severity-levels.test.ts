import { describe, expect, it } from 'vitest';
import { vagueSeverityLevels as rule } from '../../src/lint/rules/vague-severity-levels.js';
import { brief, editDocument, expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const criticalDefinition = 'The assistant is unavailable to customers, or gives answers that put customers or the Client at legal or financial risk, and no workaround exists.';
const criticalImpact = '    businessImpact: Customers cannot get help in the help centre, or are misinformed about prices, refunds or safety; contact-centre volume rises immediately.\n';

describe('vague-severity-levels', () => {
  it('accepts the standard example: four distinct, impact-based levels with different targets', () => {
    expectClean(rule, standard);
  });

  it('flags a single severity level at the severityLevels key', () => {
    const text = editDocument(standard, (doc) => {
      for (const id of ['low', 'normal', 'high']) {
        doc.deleteIn(['severityLevels', 1]);
        doc.deleteIn(['tiers', 0, 'targets', id]);
        doc.deleteIn(['tiers', 1, 'targets', id]);
      }
      doc.deleteIn(['channels', 1, 'severities']);
    });
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'tooFewLevels', ...positionOf(text, 'severityLevels:') }]);
  });

  it('flags a level without a definition at its id', () => {
    const text = standardWith([/    definition: Questions, cosmetic issues[^\n]*\n/, '']);
    const at = positionOf(text, '- id: low');
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'noDefinition', line: at.line, column: at.column + '- id: '.length }]);
  });

  it('flags a definition that says nothing about business impact, when no businessImpact is given', () => {
    const text = standardWith([criticalImpact, ''], [criticalDefinition, 'Any issue the client flags as urgent.']);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noBusinessImpact', data: { severity: 'critical' }, ...positionOf(text, 'Any issue the client') }]);
  });

  it('flags near-identical definitions at the later level', () => {
    const text = standardWith(
      ['A major function of the assistant fails or answer quality has dropped noticeably, but customers can still be served through a workaround such as hand-over to agents.', criticalDefinition.replace('and no workaround exists', 'and no workaround exists yet')],
    );
    expect(lint(rule, text)).toMatchObject([{ messageId: 'nearIdentical', data: { severity: 'high', other: 'critical' }, ...positionOf(text, criticalDefinition.slice(0, 30), 2) }]);
  });

  describe('near-identical definitions: the message shows the words that differ', () => {
    const highDefinition = 'A major function of the assistant fails or answer quality has dropped noticeably, but customers can still be served through a workaround such as hand-over to agents.';

    it('names the one word only the later definition has, and never says 100 % when a word differs', () => {
      const text = standardWith([highDefinition, criticalDefinition.replace('and no workaround exists', 'and no workaround exists yet')]);
      const [finding] = lint(rule, text);
      expect(finding).toMatchObject({ messageId: 'nearIdentical', data: { severity: 'high', other: 'critical', difference: 'only `high` adds "yet"' } });
      expect(Number(finding!.data.percent)).toBeLessThan(100);
      expect(finding!.message).toContain('only `high` adds "yet"');
    });

    it('names the words on both sides when each definition has its own', () => {
      const text = standardWith([highDefinition, criticalDefinition.replace('legal or financial risk', 'legal or reputational risk')]);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'nearIdentical', data: { severity: 'high', other: 'critical', difference: 'they differ only in "financial" (`critical`) against "reputational" (`high`)' } }]);
    });

    it('says 100 % only when the words are the same', () => {
      const text = standardWith([highDefinition, criticalDefinition.replace('The assistant is unavailable', 'the assistant is unavailable')]);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'nearIdentical', data: { percent: 100, difference: 'they use the same words' } }]);
    });

    it.each([
      ['"no workaround" against "a workaround"', 'The assistant is unavailable to customers, or gives answers that put customers or the Client at legal or financial risk, and no workaround exists.', 'The assistant is unavailable to customers, or gives answers that put customers or the Client at legal or financial risk, and a workaround exists.'],
      ['"without" against "with"', 'Production is down for all users without a workaround.', 'Production is down for all users with a workaround.'],
      ['"not" added', 'Production is down for all users and the outage is contained.', 'Production is down for all users and the outage is not contained.'],
    ])('does not report definitions that differ only by a negation: %s', (_name, critical, high) => {
      expectClean(rule, critical === criticalDefinition ? standardWith([highDefinition, high]) : standardWith([criticalDefinition, critical], [highDefinition, high]));
    });

    it('still reports a negation that comes with other differences, and shows it', () => {
      const text = standardWith(
        [criticalDefinition, 'Production is down for all users in every region and the outage is contained.'],
        [highDefinition, 'Production is down for all users in every region and the outage is not yet contained.'],
      );
      expect(lint(rule, text)).toMatchObject([{ messageId: 'nearIdentical', data: { difference: 'only `high` adds "not", "yet"' } }]);
    });

    it('counts "all" and "some" as words that tell levels apart', () => {
      expectClean(rule, standardWith(
        [criticalDefinition, 'The assistant fails for all customers and no workaround exists.'],
        [highDefinition, 'The assistant fails for some customers and no workaround exists.'],
      ));
    });
  });

  /** The standard example with every level of tier `tier` (0 essential, 1 standard: the client's) answered in `within` on `calendar`. */
  const flatTier = (text: string, tier: number, within: string, calendar = 'berlin-business') =>
    editDocument(text, (doc) => {
      for (const id of ['critical', 'high', 'normal', 'low']) {
        doc.setIn(['tiers', tier, 'targets', id, 'response', 'within'], within);
        doc.setIn(['tiers', tier, 'targets', id, 'response', 'calendar'], calendar);
      }
    });

  it('flags the client\'s tier when every level has the same response target, at its targets key', () => {
    const text = flatTier(standard, 1, '4h');
    expect(lint(rule, text)).toMatchObject([{ messageId: 'sameResponseTarget', data: { tier: 'standard', target: '4h on berlin-business' }, ...positionOf(text, 'targets:', 2) }]);
  });

  it('flags every flat tier when no tier tells the levels apart', () => {
    const text = flatTier(flatTier(standard, 0, '1d'), 1, '4h');
    expect(lint(rule, text).map((f) => f.data.tier)).toEqual(['essential', 'standard']);
  });

  it('in a published policy, flags flat tiers only when no tier tells the levels apart', () => {
    const policy = (text: string) => editDocument(text, (doc) => {
      doc.set('kind', 'SupportPolicy');
      doc.deleteIn(['parties', 'client']);
      doc.delete('serviceTier');
    });
    expectClean(rule, policy(flatTier(standard, 1, '4h')));
    expect(lint(rule, policy(flatTier(flatTier(standard, 0, '1d'), 1, '4h'))).map((f) => f.data.tier)).toEqual(['essential', 'standard']);
  });

  it('accepts a least severe level defined by kind of request, below the levels defined by impact', () => {
    const text = standardWith([/Questions, cosmetic issues[^\n]*/, 'Product questions, feature requests and documentation errors.']);
    expectClean(rule, text);
    const twoLowest = editDocument(text, (doc) => doc.setIn(['severityLevels', 2, 'definition'], 'How-to questions and cosmetic issues.'));
    expectClean(rule, twoLowest);
  });

  it('still flags a request-type definition above a level defined by impact', () => {
    const text = editDocument(standardWith([/Questions, cosmetic issues[^\n]*/, 'Product questions and feature requests.']), (doc) => {
      doc.deleteIn(['severityLevels', 1, 'businessImpact']);
      doc.setIn(['severityLevels', 1, 'definition'], 'General questions about the assistant.');
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noBusinessImpact', data: { severity: 'high' } }]);
  });

  describe('near misses that must not trigger', () => {
    it('a terse definition with impact words ("production is down")', () => {
      expectClean(rule, standardWith([criticalImpact, ''], [criticalDefinition, 'Production is down for all users.']));
    });
    it('a definition without impact words, when businessImpact says it', () => {
      expectClean(rule, standardWith([criticalDefinition, 'Severity one.']));
    });
    it('similar but different definitions (shared vocabulary, different impact)', () => {
      expectClean(rule, standardWith(['Questions, cosmetic issues and requests for advice with no business impact.', 'A single intent misbehaves for a few customers; a workaround exists and the business impact is small.']));
    });
    it('the same response for two levels but not all', () => {
      expectClean(rule, editDocument(standard, (doc) => doc.setIn(['tiers', 0, 'targets', 'high', 'response', 'within'], '2h')));
    });
    it('a flat tier that is not the client\'s, beside a tier that tells the levels apart (a product: "next business day for all severities")', () => {
      expectClean(rule, flatTier(standard, 0, '1d'));
    });
    it('the same duration on different calendars', () => {
      const text = editDocument(standard, (doc) => {
        for (const id of ['critical', 'high', 'normal', 'low']) doc.setIn(['tiers', 1, 'targets', id, 'response', 'within'], '1h');
      });
      expectClean(rule, text);
    });
  });
});

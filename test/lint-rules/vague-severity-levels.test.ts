import { describe, expect, it } from 'vitest';
import { vagueSeverityLevels as rule } from '../../src/lint/rules/vague-severity-levels.js';
import { brief, editDocument, expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const criticalDefinition = 'The assistant is unavailable to customers, or gives answers that put customers or the client at legal or financial risk, and no workaround exists.';
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

  it('flags a tier where every level has the same response target, at its targets key', () => {
    const text = editDocument(standard, (doc) => {
      for (const id of ['critical', 'high', 'normal', 'low']) {
        doc.setIn(['tiers', 0, 'targets', id, 'response', 'within'], '4h');
      }
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'sameResponseTarget', data: { tier: 'essential', target: '4h on berlin-business' }, ...positionOf(text, 'targets:', 1) }]);
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
      expectClean(rule, standardWith(['        response: { within: 4h, calendar: berlin-business }', '        response: { within: 2h, calendar: berlin-business }']));
    });
    it('the same duration on different calendars', () => {
      const text = editDocument(standard, (doc) => {
        for (const id of ['critical', 'high', 'normal', 'low']) doc.setIn(['tiers', 1, 'targets', id, 'response', 'within'], '1h');
      });
      expectClean(rule, text);
    });
  });
});

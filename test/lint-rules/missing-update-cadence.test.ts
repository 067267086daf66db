import { describe, expect, it } from 'vitest';
import { missingUpdateCadence as rule } from '../../src/lint/rules/missing-update-cadence.js';
import { editDocument, expectClean, lint, positionOf, standard } from './helpers.js';

/** Where tier `tier` (its id) writes the key of level `severity` in its targets. */
function levelKey(text: string, tier: string, severity: string): { line: number; column: number } {
  const from = text.indexOf(`  - id: ${tier}\n`);
  const at = text.indexOf(`      ${severity}:`, from);
  return positionOf(text.slice(0, at) + text.slice(at).replace(`${severity}:`, '\u0000'), '\u0000');
}

describe('missing-update-cadence', () => {
  it('accepts the standard example: critical and high have update cadences in every tier', () => {
    expectClean(rule, standard);
  });

  it('flags the critical level of a tier without an update cadence, at its key', () => {
    const text = editDocument(standard, (doc) => doc.deleteIn(['tiers', 1, 'targets', 'critical', 'update']));
    const at = levelKey(text, 'standard', 'critical');
    expect(lint(rule, text)).toMatchObject([{ messageId: 'missingUpdate', ...at, endColumn: at.column + 'critical'.length, data: { tier: 'standard', severity: 'critical' } }]);
  });

  it('flags both top levels when both lack one', () => {
    const text = editDocument(standard, (doc) => {
      doc.deleteIn(['tiers', 0, 'targets', 'high', 'update']);
      doc.deleteIn(['tiers', 0, 'targets', 'critical', 'update']);
    });
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'missingUpdate', line: levelKey(text, 'essential', 'critical').line, data: { tier: 'essential', severity: 'critical' } },
      { messageId: 'missingUpdate', line: levelKey(text, 'essential', 'high').line, data: { tier: 'essential', severity: 'high' } },
    ]);
  });

  it('checks as many levels as `topLevels` asks', () => {
    expect(lint(rule, standard, { topLevels: 3 })).toMatchObject([{ messageId: 'missingUpdate', line: levelKey(standard, 'essential', 'normal').line, data: { tier: 'essential', severity: 'normal' } }]);
  });

  it('still flags a level whose response time gives no hours (`calendar: unstated`): it is a response', () => {
    const text = editDocument(standard, (doc) => {
      doc.deleteIn(['tiers', 1, 'targets', 'critical', 'update']);
      doc.setIn(['tiers', 1, 'targets', 'critical', 'response', 'calendar'], 'unstated');
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'missingUpdate', data: { tier: 'standard', severity: 'critical' } }]);
  });

  describe('near misses that must not trigger', () => {
    it('lower levels without an update cadence', () => {
      const text = editDocument(standard, (doc) => doc.deleteIn(['tiers', 1, 'targets', 'normal', 'update']));
      expectClean(rule, text);
    });
    it.each([['unstated'], ['not-offered']])('a level whose response is `%s` (the silence is reported once, by unstated-target)', (gap) => {
      const text = editDocument(standard, (doc) => {
        for (const level of ['critical', 'high']) doc.setIn(['tiers', 1, 'targets', level], doc.createNode({ response: gap }));
      });
      expectClean(rule, text);
    });
    it.each([['unstated'], ['not-offered']])('an update the tier marks `%s`', (gap) => {
      const text = editDocument(standard, (doc) => doc.setIn(['tiers', 1, 'targets', 'critical', 'update'], gap));
      expectClean(rule, text);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { missingUpdateCadence as rule } from '../../src/lint/rules/missing-update-cadence.js';
import { editDocument, expectClean, lint, standard } from './helpers.js';

// Tier `standard` (tiers[1]) writes `critical:` on line 249 and `high:` on line 253; tier `essential` `normal:` on line 233.
describe('missing-update-cadence', () => {
  it('accepts the standard example: critical and high have update cadences in every tier', () => {
    expectClean(rule, standard);
  });

  it('flags the critical level of a tier without an update cadence, at its key', () => {
    const text = editDocument(standard, (doc) => doc.deleteIn(['tiers', 1, 'targets', 'critical', 'update']));
    // Deleting the update line moves nothing above it.
    expect(lint(rule, text)).toMatchObject([{ messageId: 'missingUpdate', line: 249, column: 7, endColumn: 15, data: { tier: 'standard', severity: 'critical' } }]);
  });

  it('flags both top levels when both lack one', () => {
    const text = editDocument(standard, (doc) => {
      doc.deleteIn(['tiers', 0, 'targets', 'high', 'update']);
      doc.deleteIn(['tiers', 0, 'targets', 'critical', 'update']);
    });
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'missingUpdate', line: 225, data: { tier: 'essential', severity: 'critical' } },
      { messageId: 'missingUpdate', line: 228, data: { tier: 'essential', severity: 'high' } },
    ]);
  });

  it('checks as many levels as `topLevels` asks', () => {
    expect(lint(rule, standard, { topLevels: 3 })).toMatchObject([{ messageId: 'missingUpdate', line: 233, data: { tier: 'essential', severity: 'normal' } }]);
  });

  describe('near misses that must not trigger', () => {
    it('lower levels without an update cadence', () => {
      const text = editDocument(standard, (doc) => doc.deleteIn(['tiers', 1, 'targets', 'normal', 'update']));
      expectClean(rule, text);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { maintenanceWithoutControls as rule } from '../../src/lint/rules/maintenance-without-controls.js';
import { brief, editDocument, expectClean, lint, positionOf, standard, standardWithValues, withoutBlock } from './helpers.js';

describe('maintenance-without-controls', () => {
  it('accepts the standard example: 3 days notice, approval by the point of contact, an evaluation set', () => {
    expectClean(rule, standard);
  });

  it('flags an agreement without a maintenance section, at the start of the document', () => {
    expect(brief(lint(rule, withoutBlock(standard, 'maintenance:')))).toEqual([{ messageId: 'noMaintenance', line: 5, column: 1 }]);
  });

  it('names each missing control at the maintenance key', () => {
    const text = editDocument(standard, (doc) => {
      for (const key of ['notice', 'approval', 'testing']) doc.deleteIn(['maintenance', key]);
    });
    const at = positionOf(text, 'maintenance:');
    expect(brief(lint(rule, text))).toEqual(['noApproval', 'noNotice', 'noTesting'].map((messageId) => ({ messageId, ...at })));
  });

  it('flags testing that is not required, at its value', () => {
    const text = standardWithValues([['maintenance', 'testing', 'required'], false]);
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'testingNotRequired', line: 376, column: 15 }]);
  });

  describe('near misses that must not trigger', () => {
    it('approval explicitly not required (a stated rule)', () => {
      expectClean(rule, standardWithValues([['maintenance', 'approval', 'required'], false]));
    });
    it('no maintenance windows (changes can be announced without a fixed window)', () => {
      expectClean(rule, editDocument(standard, (doc) => doc.deleteIn(['maintenance', 'windows'])));
    });
  });
});

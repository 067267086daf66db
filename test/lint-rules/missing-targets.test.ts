import { describe, expect, it } from 'vitest';
import { missingTargets as rule } from '../../src/lint/rules/missing-targets.js';
import { editDocument, expectClean, lint, positionOf, standard } from './helpers.js';

/** Where tier `tier` (its id) writes its `targets:` key. */
function targetsKey(text: string, tier: string): { line: number; column: number } {
  const at = text.indexOf('    targets:', text.indexOf(`  - id: ${tier}\n`));
  return positionOf(text.slice(0, at) + text.slice(at).replace('targets:', '\u0000'), '\u0000');
}

describe('missing-targets', () => {
  it('accepts the standard example: every tier gives targets for every level', () => {
    expectClean(rule, standard);
  });

  it('flags a tier that leaves a level out, once, at its targets, naming every level it leaves out', () => {
    const text = editDocument(standard, (doc) => {
      doc.deleteIn(['tiers', 0, 'targets', 'low']);
      doc.deleteIn(['tiers', 0, 'targets', 'normal']);
    });
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'missingLevels', pointer: '/tiers/0/targets', ...targetsKey(text, 'essential'), data: { tier: 'essential', levels: '`normal` and `low`', them: 'them', example: 'normal' } },
    ]);
  });

  it('flags a level no tier says anything about once, at the level', () => {
    const text = editDocument(standard, (doc) => {
      doc.deleteIn(['tiers', 0, 'targets', 'low']);
      doc.deleteIn(['tiers', 1, 'targets', 'low']);
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'inNoTier', pointer: '/severityLevels/3/id', data: { severity: 'low' } }]);
  });

  it('flags a level limited to some tiers only in those tiers', () => {
    const text = editDocument(standard, (doc) => {
      doc.setIn(['severityLevels', 3, 'tiers'], doc.createNode(['standard']));
      doc.deleteIn(['tiers', 0, 'targets', 'low']);
      doc.deleteIn(['tiers', 1, 'targets', 'low']);
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'inNoTier', data: { severity: 'low' } }]);
    const onlyStandard = editDocument(standard, (doc) => {
      doc.setIn(['severityLevels', 3, 'tiers'], doc.createNode(['essential']));
      doc.deleteIn(['tiers', 1, 'targets', 'low']);
    });
    expectClean(rule, onlyStandard);
  });

  it('looks for a level of one service in every tier offered for that service, or for all', () => {
    const text = editDocument(standard, (doc) => {
      doc.setIn(['severityLevels', 3, 'services'], doc.createNode(['service-assistant']));
      doc.deleteIn(['tiers', 0, 'targets', 'low']);
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'missingLevels', data: { tier: 'essential', levels: '`low`' } }]);
  });

  describe('near misses that must not trigger', () => {
    it('a level the tier marks `not-offered`', () => {
      expectClean(rule, editDocument(standard, (doc) => doc.setIn(['tiers', 0, 'targets', 'low'], 'not-offered')));
    });
    it('a level whose response is `unstated` (unstated-target reports it)', () => {
      expectClean(rule, editDocument(standard, (doc) => doc.setIn(['tiers', 0, 'targets', 'low'], doc.createNode({ response: 'unstated' }))));
    });
    it('a level for one service, left out of a tier offered for another service only', () => {
      const text = editDocument(standard, (doc) => {
        doc.setIn(['services'], doc.createNode([{ id: 'service-assistant', name: 'Customer-service assistant' }, { id: 'voice-bot', name: 'Voice bot' }]));
        doc.setIn(['severityLevels', 3, 'services'], doc.createNode(['service-assistant']));
        doc.setIn(['tiers', 0, 'services'], doc.createNode(['voice-bot']));
        doc.deleteIn(['tiers', 0, 'targets', 'low']);
      });
      expectClean(rule, text);
    });
  });
});

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
    const testing = text.indexOf('  testing:\n', text.indexOf('\nmaintenance:'));
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'testingNotRequired', ...positionOf(text.slice(0, testing) + text.slice(testing).replace('required: false', 'REQUIRED'), 'REQUIRED') }].map((f) => ({ ...f, column: f.column + 'required: '.length })));
  });

  describe('maintenance left out of downtime (an availability exclusion)', () => {
    /** The standard example with an availability promise that excludes `exclusion`, and `maintenance` edited by `change`. */
    const withExclusion = (exclusion: string, change: (doc: import('yaml').Document) => void = () => {}) =>
      editDocument(standard, (doc) => {
        doc.setIn(['availability'], doc.createNode({ target: 99.9, measurementWindow: 'month', exclusions: ['Outages caused by the client\'s own systems.', exclusion] }));
        change(doc);
      });
    const exclusionFindings = (text: string) => lint(rule, text).filter((f) => f.messageId === 'uncontrolledExclusion');
    const noControls = (doc: import('yaml').Document) => {
      doc.deleteIn(['maintenance', 'windows']);
      doc.deleteIn(['maintenance', 'notice']);
    };

    it('flags scheduled downtime excluded with no window, no notice and no limit, at the exclusion', () => {
      const text = withExclusion('Scheduled downtime for maintenance and upgrades.', noControls);
      expect(exclusionFindings(text)).toMatchObject([
        { messageId: 'uncontrolledExclusion', pointer: '/availability/exclusions/1', data: { words: 'Scheduled downtime for maintenance and upgrades' }, ...positionOf(text, 'Scheduled downtime') },
      ]);
    });

    it('flags it without any maintenance section too, beside the missing section', () => {
      const text = editDocument(withExclusion('Planned outages.'), (doc) => doc.deleteIn(['maintenance']));
      expect(lint(rule, text).map((f) => f.messageId).sort()).toEqual(['noMaintenance', 'uncontrolledExclusion']);
    });

    it.each([
      ['a maintenance window', (doc: import('yaml').Document) => doc.deleteIn(['maintenance', 'notice'])],
      ['a notice period', (doc: import('yaml').Document) => doc.deleteIn(['maintenance', 'windows'])],
    ])('is quiet when the maintenance section gives %s', (_name, change) => {
      expect(exclusionFindings(withExclusion('Scheduled downtime for maintenance and upgrades.', change))).toEqual([]);
    });

    it.each([
      ['a notice', 'Scheduled maintenance announced at least five business days ahead on the status page.'],
      ['a window', 'Maintenance inside the published maintenance window.'],
      ['an amount', 'Scheduled maintenance of up to 4 hours a month.'],
      ['another cause', 'Force majeure events and outages of the public internet.'],
    ])('is quiet when the exclusion itself names %s', (_name, exclusion) => {
      expect(exclusionFindings(withExclusion(exclusion, noControls))).toEqual([]);
    });
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

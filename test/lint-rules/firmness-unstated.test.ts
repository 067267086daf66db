import { describe, expect, it } from 'vitest';
import { firmnessUnstated as rule } from '../../src/lint/rules/firmness-unstated.js';
import { editDocument, expectClean, lint, positionOf, standard } from './helpers.js';

/** The standard example with every `firmness` removed (and `kind: objective`, its older spelling), then `change`. */
function withoutFirmness(change: (doc: import('yaml').Document) => void = () => {}): string {
  return editDocument(standard.replace(/, firmness: [a-z-]+/g, '').replace(/, kind: objective/g, ''), change);
}

describe('firmness-unstated', () => {
  it('accepts the standard example: its responses and updates are commitments, its resolutions objectives', () => {
    expectClean(rule, standard);
  });

  it('flags a document none of whose times says how firm it is, once, at `tiers`, counting the times', () => {
    const text = withoutFirmness();
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noFirmness', pointer: '/tiers', data: { count: 20 }, ...positionOf(text, 'tiers:') }]);
  });

  it('counts request types\' response times too', () => {
    const text = withoutFirmness((doc) => doc.setIn(['requestTypes', 3, 'response'], doc.createNode({ within: '1d', calendar: 'berlin-business' })));
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noFirmness', data: { count: 21 } }]);
  });

  describe('near misses that must not trigger', () => {
    it.each([
      ['one response a commitment', ['tiers', 1, 'targets', 'critical', 'response', 'firmness'], 'commitment'],
      ['one resolution an objective', ['tiers', 1, 'targets', 'critical', 'resolution', 'firmness'], 'objective'],
      ['one update a commercially reasonable effort', ['tiers', 0, 'targets', 'critical', 'update', 'firmness'], 'commercially-reasonable-efforts'],
    ])('a document that says it for some times: %s (it has asked the question)', (_name, path, value) => {
      expectClean(rule, withoutFirmness((doc) => doc.setIn(path as (string | number)[], value)));
    });
    it('`kind: objective`, the older spelling of `firmness: objective`', () => {
      expectClean(rule, withoutFirmness((doc) => doc.setIn(['tiers', 1, 'targets', 'high', 'resolution', 'kind'], 'objective')));
    });
    it('a document with no times at all (unstated-target reports the silence)', () => {
      const text = withoutFirmness((doc) => {
        for (const tier of [0, 1]) for (const level of ['critical', 'high', 'normal', 'low']) doc.setIn(['tiers', tier, 'targets', level], doc.createNode({ response: 'unstated' }));
      });
      expectClean(rule, text);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { supportEnhancementBoundary as rule } from '../../src/lint/rules/support-enhancement-boundary.js';
import { brief, expectClean, lint, positionOf, standard, withoutBlock } from './helpers.js';

describe('support-enhancement-boundary', () => {
  it('accepts the standard example: excluded scope, a threshold, an evaluation, an estimate turnaround and a rate', () => {
    expectClean(rule, standard);
  });

  it('flags an agreement that excludes nothing, at the scope key', () => {
    const text = withoutBlock(standard, '  excluded:');
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'noExcludedScope', ...positionOf(text, 'scope:') }]);
  });

  it('flags an empty excluded list at its key', () => {
    const text = withoutBlock(standard, '  excluded:').replace('scope:\n', 'scope:\n  excluded: []\n');
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'noExcludedScope', ...positionOf(text, 'excluded') }]);
  });

  it('flags an agreement with no change-order section at all, twice, at the start of the document', () => {
    const text = withoutBlock(standard, 'changeOrders:');
    expect(brief(lint(rule, text))).toEqual([
      { messageId: 'noQuoting', line: 5, column: 1 },
      { messageId: 'noThreshold', line: 5, column: 1 },
    ]);
  });

  it('flags a change-order section without a threshold, at its key', () => {
    const text = withoutBlock(withoutBlock(standard, '  threshold: A request is a change order when it adds a capability the assistant did not have at launch, or when the Provider estimates it at more than 6 hours of work.'), '  thresholdHours: 6');
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'noThreshold', ...positionOf(text, 'changeOrders:') }]);
  });

  it('flags a change-order section that never says how work is quoted', () => {
    let text = withoutBlock(standard, '  evaluation: The Provider assesses the request, states whether it is support or a change order, and sends a written estimate with effort, price and proposed schedule. Work starts only after the Client approves the estimate in writing.');
    text = withoutBlock(withoutBlock(text, '  estimateWithin:'), '  rate:');
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'noQuoting', ...positionOf(text, 'changeOrders:') }]);
  });

  it('counts a request type support does not cover as excluded scope, but not one quoted as a change order', () => {
    const withoutExclusions = withoutBlock(standard, '  excluded:');
    expectClean(rule, withoutExclusions.replace('    coverage: change-order', '    coverage: not-covered'));
    expect(brief(lint(rule, withoutExclusions)).map((f) => f.messageId)).toEqual(['noExcludedScope']);
  });

  describe('near misses that must not trigger', () => {
    it('a threshold in hours only', () => {
      expectClean(rule, withoutBlock(standard, '  threshold: A request is a change order when it adds a capability the assistant did not have at launch, or when the Provider estimates it at more than 6 hours of work.'));
    });
    it('a threshold in words only', () => {
      expectClean(rule, withoutBlock(standard, '  thresholdHours: 6'));
    });
    it('a rate as the only way of quoting', () => {
      let text = withoutBlock(standard, '  evaluation: The Provider assesses the request, states whether it is support or a change order, and sends a written estimate with effort, price and proposed schedule. Work starts only after the Client approves the estimate in writing.');
      text = withoutBlock(text, '  estimateWithin:');
      expectClean(rule, text);
    });
  });
});

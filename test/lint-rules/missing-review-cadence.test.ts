import { describe, expect, it } from 'vitest';
import { missingReviewCadence as rule } from '../../src/lint/rules/missing-review-cadence.js';
import { brief, editDocument, expectClean, lint, positionOf, standard, withoutBlock } from './helpers.js';

describe('missing-review-cadence', () => {
  it('accepts the standard example: a quarterly review with four topics', () => {
    expectClean(rule, standard);
  });

  it('flags an agreement without a review, at the start of the document', () => {
    expect(brief(lint(rule, withoutBlock(standard, 'review:')))).toEqual([{ messageId: 'noReview', line: 5, column: 1 }]);
  });

  it('flags a review without topics, at its key', () => {
    const text = editDocument(standard, (doc) => doc.deleteIn(['review', 'topics']));
    expect(brief(lint(rule, text))).toEqual([{ messageId: 'noTopics', ...positionOf(text, 'review:') }]);
  });

  describe('near misses that must not trigger', () => {
    it('an annual review without participants', () => {
      const text = editDocument(standard, (doc) => {
        doc.setIn(['review', 'frequency'], 'annually');
        doc.deleteIn(['review', 'participants']);
      });
      expectClean(rule, text);
    });
  });
});

/**
 * Targets written before launch are guesses. Without a fixed review, unrealistic targets, a tuning allowance that
 * is always exhausted, or a client who thinks enhancements are covered go unaddressed until renewal, when they
 * surface as a dispute.
 */
import type { Rule } from '../types.js';

export const missingReviewCadence: Rule = {
  meta: {
    id: 'missing-review-cadence',
    description: 'The agreement has no review cadence: nothing says how often it is checked against real support behaviour.',
    category: 'governance',
    defaultSeverity: 'warning',
    recommended: true,
    agencyOnly: true,
    messages: {
      noReview: 'the agreement never says when it is reviewed; add `review: { frequency: quarterly, topics: [...] }` to check targets, issue types and tuning volume against reality',
      noTopics: 'the review has no topics; say what it looks at (issue types, target realism, tuning volume, client understanding of coverage)',
    },
  },
  check(context) {
    const review = context.agreement.review;
    if (!review) context.report({ messageId: 'noReview', pointer: '', at: 'key' });
    else if (!review.topics?.length) context.report({ messageId: 'noTopics', pointer: '/review', at: 'key' });
  },
};

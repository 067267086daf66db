/**
 * The most common support dispute is "that's a new feature" against "that's a bug". The agreement must draw the
 * line before the disagreement: what is not covered, what turns a request into a change order, and how such work
 * is quoted.
 *
 * Only the change-order checks are agency-only: a vendor's published policy sells no hours and has no change orders,
 * but it still has to say what its support does not cover (`sla:policy` keeps `noExcludedScope` at full weight).
 */
import type { Rule } from '../types.js';

export const supportEnhancementBoundary: Rule = {
  meta: {
    id: 'support-enhancement-boundary',
    description: 'Support is not separated from enhancement work: no excluded scope, no change-order threshold, or no way of quoting non-covered work.',
    category: 'scope',
    defaultSeverity: 'error',
    recommended: true,
    agencyOnlyMessages: ['noThreshold', 'noQuoting'],
    messages: {
      noExcludedScope: 'the agreement lists no excluded work (`scope.excluded`); say what support does not cover, e.g. new features, major redesign, unrelated systems',
      noThreshold: 'nothing says when a request becomes a change order; add `changeOrders.threshold` (and `thresholdHours`)',
      noQuoting: 'nothing says how non-covered work is evaluated and quoted; add `changeOrders.evaluation`, `estimateWithin` or `rate`',
    },
  },
  check(context) {
    const { scope, changeOrders, requestTypes } = context.agreement;
    // A request type support does not cover ("enhancement requests go to the public issue tracker") draws the same
    // line as an exclusion. One quoted as a change order does not: that work is still done, for a fee.
    const notCovered = requestTypes.some((type) => type.coverage === 'not-covered');
    if (!scope?.excluded?.length && !notCovered) {
      context.report({ messageId: 'noExcludedScope', pointer: scope ? (scope.excluded ? '/scope/excluded' : '/scope') : '', at: 'key' });
    }
    const changeOrdersPointer = changeOrders ? '/changeOrders' : '';
    if (!changeOrders?.threshold && changeOrders?.thresholdHours === undefined) {
      context.report({ messageId: 'noThreshold', pointer: changeOrdersPointer, at: 'key' });
    }
    if (!changeOrders?.evaluation && !changeOrders?.estimateWithin && !changeOrders?.rate) {
      context.report({ messageId: 'noQuoting', pointer: changeOrdersPointer, at: 'key' });
    }
  },
};

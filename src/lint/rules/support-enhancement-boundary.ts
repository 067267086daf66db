/**
 * The most common support dispute is "that's a new feature" against "that's a bug". The agreement must draw the
 * line before the disagreement: what is not covered, what turns a request into a change order, and how such work
 * is quoted.
 */
import type { Rule } from '../types.js';

export const supportEnhancementBoundary: Rule = {
  meta: {
    id: 'support-enhancement-boundary',
    description: 'Support is not separated from enhancement work: no excluded scope, no change-order threshold, or no way of quoting non-covered work.',
    category: 'scope',
    defaultSeverity: 'error',
    recommended: true,
    agencyOnly: true,
    messages: {
      noExcludedScope: 'the agreement lists no excluded work (`scope.excluded`); say what support does not cover, e.g. new features, major redesign, unrelated systems',
      noThreshold: 'nothing says when a request becomes a change order; add `changeOrders.threshold` (and `thresholdHours`)',
      noQuoting: 'nothing says how non-covered work is evaluated and quoted; add `changeOrders.evaluation`, `estimateWithin` or `rate`',
    },
  },
  check(context) {
    const { scope, changeOrders } = context.agreement;
    if (!scope?.excluded?.length) {
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

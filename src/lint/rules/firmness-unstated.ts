/**
 * "Response within 1 hour" is three different promises: a commitment whose breach the client can claim, an objective
 * the provider works towards, or an effort it makes. Published policies often leave it open ("the time frames in
 * which you can expect the first response", "we attempt to respond"), and the difference surfaces only when a time
 * is missed. A document must say it somewhere: once it marks how firm its times are, a reader knows the question
 * was asked; one that never does leaves every time open.
 */
import type { Firmness } from '../../model/agreement.js';
import type { Rule } from '../types.js';

export const firmnessUnstated: Rule = {
  meta: {
    id: 'firmness-unstated',
    description: 'No response, update or resolution time in the document says how firm it is: a commitment, an objective, or an effort.',
    category: 'targets',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      noFirmness:
        'none of the {{count}} target times says how firm it is, so nothing says whether a missed time is a breach (`firmness: commitment`), a missed goal (`objective`) or an effort that fell short (`commercially-reasonable-efforts`, `best-effort`); add `firmness` to the targets',
    },
  },
  check(context) {
    const { agreement } = context;
    const firmness: (Firmness | undefined)[] = [];
    for (const tier of agreement.tiers) {
      for (const targets of Object.values(tier.targets)) {
        if (targets.response) firmness.push(targets.response.firmness);
        if (targets.update) firmness.push(targets.update.firmness);
        if (targets.resolution) firmness.push(targets.resolution.firmness);
      }
    }
    for (const type of agreement.requestTypes) if (type.response) firmness.push(type.response.firmness);
    if (firmness.length === 0 || firmness.some((value) => value !== undefined)) return;
    context.report({ messageId: 'noFirmness', data: { count: firmness.length }, pointer: '/tiers', at: 'key' });
  },
};

/** Change orders and fees: more work before a change order is better for the client, a higher rate or fee worse. */
import { listItem, neutral, number } from '../classifiers.js';
import type { DiffRule } from '../rule.js';
import { TARGET_DIRECTION, targetNote, targetValueWords, timeTarget } from '../target.js';

const section = 'Support and enhancement';
const fees = 'Fees';

export const supportAndEnhancementRules: readonly DiffRule[] = [
  { path: '/changeOrders', section, classify: neutral },
  { path: '/changeOrders/thresholdHours', section, classify: number(true), direction: ['higher', 'lower'] },
  { path: '/changeOrders/estimateWithin', section, classify: timeTarget, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION },
  { path: '/changeOrders/rate', section, classify: neutral },
  { path: '/changeOrders/rate/amount', section, classify: number(false), direction: ['lower', 'higher'] },
  { path: '/fees', section: fees, classify: listItem('weaker') },
  { path: '/fees/*/rate', section: fees, classify: neutral },
  { path: '/fees/*/rate/amount', section: fees, classify: number(false), direction: ['lower', 'higher'] },
];

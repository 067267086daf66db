/** The review of the agreement: more frequent is better for the client. */
import { FREQUENCY, neutral, ranked } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

const section = 'Review of this agreement';

export const reviewRules: readonly DiffRule[] = [
  { path: '/review', section, classify: neutral },
  { path: '/review/frequency', section, classify: ranked(FREQUENCY), direction: ['more frequent', 'less frequent'] },
];

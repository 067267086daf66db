/** Request types and what support covers of each: coverage ranks from included to not covered; a bigger cap is better. */
import { listItem, neutral, number, ranked } from '../classifiers.js';
import type { DiffRule } from '../rule.js';
import { TARGET_DIRECTION, targetNote, targetValueWords, timeTarget } from '../target.js';

const section = 'Request types and coverage';
const COVERAGE = ['included', 'capped', 'change-order', 'not-covered'];

export const requestTypeRules: readonly DiffRule[] = [
  { path: '/requestTypes', section, classify: listItem('stronger') },
  { path: '/requestTypes/*/id', section, classify: neutral },
  { path: '/requestTypes/*/name', section, classify: neutral },
  { path: '/requestTypes/*/category', section, classify: neutral },
  { path: '/requestTypes/*/description', section, classify: neutral },
  { path: '/requestTypes/*/coverage', section, classify: ranked(COVERAGE) },
  { path: '/requestTypes/*/cap', section, classify: neutral },
  { path: '/requestTypes/*/cap/hours', section, classify: number(true), direction: ['higher', 'lower'] },
  // A cap renewed more often (per month rather than per year) gives the client its hours again sooner.
  { path: '/requestTypes/*/cap/per', section, classify: ranked(['month', 'quarter', 'year']) },
  { path: '/requestTypes/*/response', section, classify: timeTarget, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION },
];

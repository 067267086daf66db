/** Monitoring and reporting: more metrics, reports and outreach, more often and sooner, are better for the client. */
import { FREQUENCY, listItem, neutral, ranked } from '../classifiers.js';
import type { DiffRule } from '../rule.js';
import { TARGET_DIRECTION, targetNote, targetValueWords, timeTarget } from '../target.js';

const section = 'Monitoring and reporting';
const OFTEN = ['more frequent', 'less frequent'] as const;

export const monitoringRules: readonly DiffRule[] = [
  { path: '/monitoring', section, classify: neutral },
  { path: '/monitoring/metrics', section, classify: listItem('stronger') },
  { path: '/monitoring/reviewFrequency', section, classify: ranked(FREQUENCY), direction: OFTEN },
  { path: '/monitoring/reports', section, classify: listItem('stronger') },
  { path: '/monitoring/reports/*/frequency', section, classify: ranked(FREQUENCY), direction: OFTEN },
  { path: '/monitoring/proactiveOutreach', section, classify: listItem('stronger') },
  { path: '/monitoring/proactiveOutreach/*/within', section, classify: timeTarget, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION },
];

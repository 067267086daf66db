/** Maintenance: more notice, approval and testing are better for the client; more windows worse. */
import { duration, flag, listItem, neutral } from '../classifiers.js';
import type { DiffRule } from '../rule.js';
import { TARGET_DIRECTION, targetNote, targetValueWords, timeTarget } from '../target.js';

const section = 'Maintenance and planned change';

export const maintenanceRules: readonly DiffRule[] = [
  { path: '/maintenance', section, classify: neutral },
  { path: '/maintenance/windows', section, classify: listItem('weaker') },
  { path: '/maintenance/notice/within', section, classify: duration('weaker'), direction: ['longer', 'shorter'] },
  { path: '/maintenance/approval/required', section, classify: flag('stronger') },
  { path: '/maintenance/testing/required', section, classify: flag('stronger') },
  { path: '/maintenance/emergencyChanges/notifyWithin', section, classify: timeTarget, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION },
];

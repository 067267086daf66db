/** Severity levels and how severity is assigned: the client assigning it is best for the client. */
import { listItem, neutral, ranked } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

const section = 'Severity levels and targets';

export const severityLevelRules: readonly DiffRule[] = [
  { path: '/severityLevels', section, classify: listItem('stronger') },
  { path: '/severityAssignment', section, classify: neutral },
  { path: '/severityAssignment/assignedBy', section, classify: ranked(['client', 'jointly', 'provider']) },
];

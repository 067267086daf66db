/** A new excuse for missing a target is worse for the client. */
import { listItem } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

export const excusedDelayRules: readonly DiffRule[] = [
  { path: '/excusedDelays', section: 'Excused delays', classify: listItem('weaker') },
];

/** A new duty of the client is worse for the client; a duty removed is better. */
import { listItem } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

export const clientResponsibilityRules: readonly DiffRule[] = [
  { path: '/clientResponsibilities', section: 'Client responsibilities', classify: listItem('weaker') },
];

/** Who the parties are, and how long the agreement runs: the term binds both sides alike. */
import { mixed, neutral } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

const section = 'Parties and term';

export const partiesAndTermRules: readonly DiffRule[] = [
  { path: '/parties', section, classify: neutral },
  { path: '/term', section, classify: mixed('the term binds both parties alike') },
];

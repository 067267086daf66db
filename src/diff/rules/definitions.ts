/** The glossary: a changed meaning is material, but its direction depends on where the term is used. */
import { mixed } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

export const definitionRules: readonly DiffRule[] = [
  { path: '/definitions', section: 'Definitions', classify: mixed('a definition changed; its effect depends on where the term is used') },
];

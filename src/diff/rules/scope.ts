/** Scope of support: included work added is better for the client, excluded work added worse. */
import { listItem, neutral } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

const section = 'Scope of support';

export const scopeRules: readonly DiffRule[] = [
  { path: '/scope', section, classify: neutral },
  { path: '/scope/included', section, classify: listItem('stronger') },
  { path: '/scope/excluded', section, classify: listItem('weaker') },
];

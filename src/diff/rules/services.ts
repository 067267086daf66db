/** The services covered: another service or component covered is better for the client. */
import { listItem, mixed, neutral } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

const section = 'Services covered';

export const serviceRules: readonly DiffRule[] = [
  { path: '/services', section, classify: listItem('stronger') },
  { path: '/services/*/id', section, classify: neutral },
  { path: '/services/*/name', section, classify: neutral },
  { path: '/services/*/description', section, classify: neutral },
  { path: '/services/*/environment', section, classify: mixed('the covered environment changed') },
  { path: '/services/*/components', section, classify: listItem('stronger') },
  { path: '/services/*/dependencies', section, classify: neutral },
];

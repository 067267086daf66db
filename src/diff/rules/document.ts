/** The title block: names, version, status, dates, language and presentation change no promise. */
import { mixed, neutral } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

const section = 'Document';

export const documentRules: readonly DiffRule[] = [
  { path: '/$schema', section, classify: neutral },
  { path: '/slaVersion', section, classify: neutral },
  { path: '/kind', section, classify: mixed('the kind of document changed: an agreement with one client, or a published policy') },
  { path: '/id', section, classify: neutral },
  { path: '/title', section, classify: neutral },
  { path: '/version', section, classify: neutral },
  { path: '/status', section, classify: neutral },
  { path: '/locale', section, classify: neutral },
  { path: '/effectiveDate', section, classify: neutral },
  { path: '/lastUpdated', section, classify: neutral },
  { path: '/presentation', section, classify: neutral },
];

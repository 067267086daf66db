/** Availability and service credits: a higher target, more and bigger credits and fewer exclusions are better. */
import { FIRMNESS, listItem, neutral, number, ranked } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

const section = 'Availability and service credits';

export const availabilityRules: readonly DiffRule[] = [
  { path: '/availability', section, classify: neutral },
  { path: '/availability/target', section, classify: number(true), direction: ['higher', 'lower'] },
  { path: '/availability/firmness', section, classify: ranked(FIRMNESS) },
  { path: '/availability/exclusions', section, classify: listItem('weaker') },
  // A longer window lets a bad week average away, so fewer credits fall due.
  { path: '/availability/measurementWindow', section, classify: ranked(['day', 'week', 'month', 'quarter', 'year']) },
  { path: '/availability/serviceCredits', section, classify: listItem('stronger') },
  { path: '/availability/serviceCredits/*/below', section, classify: number(true) },
  { path: '/availability/serviceCredits/*/creditPercent', section, classify: number(true), direction: ['higher', 'lower'] },
  { path: '/availability/creditTerms/capPercent', section, classify: number(true, 'weaker'), direction: ['higher', 'lower'] },
  { path: '/availability/creditTerms/claimWithinDays', section, classify: number(true), direction: ['longer', 'shorter'] },
  { path: '/availability/creditTerms/soleRemedy', section, classify: (site) => ({ effect: site.new === true ? 'weaker' : site.old === true ? 'stronger' : 'neutral' }) },
];

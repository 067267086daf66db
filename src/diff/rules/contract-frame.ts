/** The contract this document sits in, and how the provider may change it: a longer notice of changes is better. */
import { mixed, neutral, number } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

const section = 'Contract frame';

export const contractFrameRules: readonly DiffRule[] = [
  { path: '/contractFrame', section, classify: mixed('the contract frame changed: which terms govern the agreement') },
  { path: '/amendments', section, classify: neutral },
  { path: '/amendments/noticeDays', section, classify: number(true, 'stronger'), direction: ['longer', 'shorter'] },
];

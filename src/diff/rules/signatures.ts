/** Who signs changes no promise. */
import { neutral } from '../classifiers.js';
import type { DiffRule } from '../rule.js';

export const signatureRules: readonly DiffRule[] = [{ path: '/signatures', section: 'Signatures', classify: neutral }];

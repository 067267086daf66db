import type { DiffRule } from '../rule.js';
export declare const channelRules: readonly DiffRule[];

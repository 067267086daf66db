/**
 * Built-in presets for `extends`. They are computed from the rules' own metadata (`recommended`,
 * `defaultSeverity`, `agencyOnly`, `agencyOnlyMessages`), so adding a rule cannot leave a preset out of date.
 */
import type { Rule, RuleSetting } from './types.js';
export interface Preset {
    name: string;
    description: string;
    settings(rules: readonly Rule<any>[]): Record<string, RuleSetting>;
    /** Severities of single messages that differ from their rule's (by rule id, then message id). */
    messageSettings?(rules: readonly Rule<any>[]): Record<string, Record<string, RuleSetting>>;
}
export declare const PRESETS: readonly Preset[];
export declare const DEFAULT_PRESET = "sla:recommended";
/** Finds a preset by name; `recommended`, `policy` and `strict` are accepted without the `sla:` prefix. */
export declare function findPreset(name: string): Preset | undefined;

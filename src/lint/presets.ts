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

export const PRESETS: readonly Preset[] = [
  {
    name: 'sla:recommended',
    description: 'the rules marked recommended, at their default severity; the default when no config says otherwise',
    settings: (rules) => Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.recommended ? rule.meta.defaultSeverity : 'off'])),
  },
  {
    name: 'sla:policy',
    description:
      'for a vendor\'s published support policy: `sla:recommended`, with the agency-only rules (change orders, review cadence, maintenance controls, workflow monitoring) reported as info',
    settings: (rules) =>
      Object.fromEntries(rules.map((rule) => [rule.meta.id, !rule.meta.recommended ? 'off' : rule.meta.agencyOnly ? 'info' : rule.meta.defaultSeverity])),
    // A rule only some of whose checks are agency-only keeps its severity; those checks' findings are info.
    messageSettings: (rules) =>
      Object.fromEntries(
        rules
          .filter((rule) => rule.meta.recommended && !rule.meta.agencyOnly && rule.meta.agencyOnlyMessages?.length)
          .map((rule) => [rule.meta.id, Object.fromEntries(rule.meta.agencyOnlyMessages!.map((id) => [id, 'info' as RuleSetting]))]),
      ),
  },
  {
    name: 'sla:strict',
    description: 'every rule, at its default severity',
    settings: (rules) => Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity])),
  },
];

export const DEFAULT_PRESET = 'sla:recommended';

/** Finds a preset by name; `recommended`, `policy` and `strict` are accepted without the `sla:` prefix. */
export function findPreset(name: string): Preset | undefined {
  const full = name.startsWith('sla:') ? name : `sla:${name}`;
  return PRESETS.find((preset) => preset.name === full);
}

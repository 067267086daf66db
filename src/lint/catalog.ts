/** The rule list as `sla rules` and the docs show it: built-in checks first, then every registered rule. */
import { docsUrlOf, ENGINE_CHECKS, loadBuiltInRules } from './engine.js';
import type { PluginRule, Rule, RuleCategory, RuleSeverity } from './types.js';

export interface RuleSummary {
  id: string;
  description: string;
  category: RuleCategory | 'engine';
  defaultSeverity: RuleSeverity;
  /** In `sla:recommended`. */
  recommended: boolean;
  /** Asks for something only an agency's agreement has; reported as info by `sla:policy`. */
  agencyOnly: boolean;
  /** Message ids of the rule's agency-only checks, when only some are; reported as info by `sla:policy`. */
  agencyOnlyMessages?: string[];
  docsUrl: string;
  /** Message templates by message id. */
  messages: Record<string, string>;
  optionsSchema?: Record<string, unknown>;
  /** For a plugin's rule (id `prefix/rule-id`): the plugin's name. */
  plugin?: string;
}

/** Every built-in check and rule, then `pluginRules` (e.g. a config's `pluginRules`) if given. */
export async function describeRules(pluginRules: readonly Rule<any>[] = []): Promise<RuleSummary[]> {
  const rules = [...(await loadBuiltInRules()), ...pluginRules];
  return [
    ...ENGINE_CHECKS.map((check) => ({ id: check.id, description: check.description, category: 'engine' as const, defaultSeverity: check.defaultSeverity, recommended: true, agencyOnly: false, docsUrl: check.docsUrl, messages: {} })),
    ...rules.map((rule) => ({ rule, meta: rule.meta })).map(({ rule, meta }) => ({
      id: meta.id,
      description: meta.description,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      recommended: meta.recommended,
      agencyOnly: meta.agencyOnly ?? false,
      ...(meta.agencyOnlyMessages?.length ? { agencyOnlyMessages: [...meta.agencyOnlyMessages] } : {}),
      docsUrl: docsUrlOf(rule),
      messages: meta.messages,
      ...(meta.optionsSchema ? { optionsSchema: meta.optionsSchema } : {}),
      ...((rule as Partial<PluginRule>).plugin ? { plugin: (rule as PluginRule).plugin.name } : {}),
    })),
  ];
}

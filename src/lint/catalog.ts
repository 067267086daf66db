/** The rule list as `sla rules` and the docs show it: built-in checks first, then every registered rule. */
import { ENGINE_CHECKS, loadBuiltInRules, ruleDocsUrl } from './engine.js';
import type { RuleCategory, RuleSeverity } from './types.js';

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
}

export async function describeRules(): Promise<RuleSummary[]> {
  const rules = await loadBuiltInRules();
  return [
    ...ENGINE_CHECKS.map((check) => ({ id: check.id, description: check.description, category: 'engine' as const, defaultSeverity: check.defaultSeverity, recommended: true, agencyOnly: false, docsUrl: check.docsUrl, messages: {} })),
    ...rules.map(({ meta }) => ({
      id: meta.id,
      description: meta.description,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      recommended: meta.recommended,
      agencyOnly: meta.agencyOnly ?? false,
      ...(meta.agencyOnlyMessages?.length ? { agencyOnlyMessages: [...meta.agencyOnlyMessages] } : {}),
      docsUrl: ruleDocsUrl(meta.id),
      messages: meta.messages,
      ...(meta.optionsSchema ? { optionsSchema: meta.optionsSchema } : {}),
    })),
  ];
}

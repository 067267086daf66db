import type { Rule, RuleCategory, RuleSeverity } from './types.js';
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
export declare function describeRules(pluginRules?: readonly Rule<any>[]): Promise<RuleSummary[]>;

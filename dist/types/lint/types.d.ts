/**
 * The contract between the lint engine and its rules. A rule is one file in ./rules that says everything about
 * itself (id, description, category, default severity, message ids, options schema) and checks the agreement.
 * Messages are data keyed by message id, so tests assert ids rather than wording.
 *
 * Additive changes since the first version (engine issue 3):
 * - `RuleMeta.kind` (optional, default 'structural'): 'text' rules read only `textFields()`, so the engine also runs
 *   them on documents that fail the schema (where `agreement` is not available).
 * - `RuleMeta.agencyOnly` (optional, default false): read by the `sla:policy` preset (issue 14).
 * - `RuleMeta.agencyOnlyMessages` (optional): the message ids of a rule that ask for agency-only clauses, when only
 *   some of its checks do; `sla:policy` reports those findings as info and the rule's others at full severity.
 * - `RuleMeta.url` (optional): the rule's docs page, for rules from plugins (built-in rules' pages are derived from
 *   their id). Plugins (`SlaPlugin`) bring rules with this same contract; see docs/plugins.md.
 */
import type { SourceRange } from '../diagnostics.js';
import type { ParsedSource } from '../load/parse-yaml.js';
import type { Agreement } from '../model/agreement.js';
export type RuleSeverity = 'error' | 'warning' | 'info';
export type RuleSetting = RuleSeverity | 'off';
export type RuleCategory = 'scope' | 'severity' | 'targets' | 'calendar' | 'responsibilities' | 'monitoring' | 'change' | 'governance' | 'wording' | 'hygiene';
export interface RuleMeta<Options = Record<string, never>> {
    /** kebab-case, also the docs page name: docs/rules/<id>.md */
    id: string;
    /** One line, shown by `sla rules`. */
    description: string;
    category: RuleCategory;
    defaultSeverity: RuleSeverity;
    /** In the `recommended` preset (all rules are in `strict`). */
    recommended: boolean;
    /** Message templates keyed by message id; `{{name}}` is replaced by the finding's data. */
    messages: Record<string, string>;
    /** JSON Schema of the rule's options, if it takes any. */
    optionsSchema?: Record<string, unknown>;
    defaultOptions?: Options;
    /**
     * 'text' for a rule that reads only `context.textFields()` (and `source`): it also runs on documents with schema
     * errors, where `context.agreement` is unavailable. Default 'structural': runs only on valid agreements.
     */
    kind?: 'structural' | 'text';
    /**
     * True for a rule that asks for something only an agency's agreement with one client has: a change-order
     * procedure, a joint review, the client's approval of changes, monitoring of the client's own workflow. A vendor's
     * published support policy, written for every customer at once, does not have them and should not; the
     * `sla:policy` preset reports these rules as info.
     */
    agencyOnly?: boolean;
    /**
     * For a rule only some of whose checks are agency-only: the ids of the messages that ask for what only an agency's
     * agreement has (a change-order procedure, the client's approval of each change). The `sla:policy` preset reports
     * those findings as info and the rule's other findings at its severity, e.g. a policy's missing list of what
     * support does not cover still counts while its missing change-order threshold does not.
     */
    agencyOnlyMessages?: readonly string[];
    /**
     * The rule's docs page (an absolute http(s) URL). Built-in rules leave it out: theirs is docs/rules/<id>.md in
     * this repository. A plugin's rule should give it; findings, `sla rules` and SARIF link to it.
     */
    url?: string;
}
/** A free-text field of the agreement (definitions, descriptions, notes...), for text rules. */
export interface TextField {
    pointer: string;
    text: string;
    /** Where characters [start, end) of `text` are written in the source file (best effort for folded block scalars). */
    rangeOf(start: number, end: number): SourceRange;
}
export interface FindingReport {
    messageId: string;
    data?: Record<string, string | number>;
    /** JSON pointer of the value the finding is about. */
    pointer: string;
    /** Point at the key or the value of `pointer` (default value). */
    at?: 'key' | 'value';
    /** An exact range, e.g. the words inside a text field; overrides `pointer`'s range. */
    range?: SourceRange;
}
export interface RuleContext<Options> {
    agreement: Agreement;
    source: ParsedSource;
    options: Options;
    /** Every free-text field of the document. */
    textFields(): readonly TextField[];
    report(finding: FindingReport): void;
}
export interface Rule<Options = Record<string, never>> {
    meta: RuleMeta<Options>;
    check(context: RuleContext<Options>): void;
}
/** One problem found by `sla lint`. */
export interface Finding {
    ruleId: string;
    messageId: string;
    severity: RuleSeverity;
    message: string;
    file: string;
    pointer: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** Link to the rule's docs page. */
    docsUrl: string;
    /** Present when an inline directive suppressed the finding (reported by SARIF as a suppression). */
    suppressed?: {
        reason?: string;
    };
}
/** What a plugin says about itself. */
export interface SlaPluginMeta {
    /** The package name (`@acme/sla-plugin`, `sla-plugin-acme`), or a name for a plugin loaded from a path. */
    name: string;
    version?: string;
}
/**
 * A plugin module's export (its default export, or `module.exports`): rules by id, with the built-in rules' contract.
 * A config names it under a prefix (`plugins: { acme: '@acme/sla-plugin' }`) and sets its rules as `acme/<id>`.
 */
export interface SlaPlugin {
    meta: SlaPluginMeta;
    /** Rules by id (kebab-case, no `/`); each rule's `meta.id` is the same id, without the prefix. */
    rules: Record<string, Rule<any>>;
}
/** A plugin as a config loaded it. */
export interface LoadedPluginInfo {
    /** The prefix its rules are named with in `rules`: `acme` for `acme/<id>`. */
    prefix: string;
    /** `meta.name` of the plugin. */
    name: string;
    /** The package's version (from its package.json), or the plugin's `meta.version`. */
    version?: string;
    /** As the config wrote it: a package name or a path. */
    specifier: string;
    /** The module file that was imported. */
    file: string;
}
/** A rule that came from a plugin: its `meta.id` carries the prefix (`acme/<id>`). */
export interface PluginRule<Options = any> extends Rule<Options> {
    readonly plugin: LoadedPluginInfo;
}

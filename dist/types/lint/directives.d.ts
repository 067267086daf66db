import type { SourceRange } from '../diagnostics.js';
import type { Finding } from './types.js';
export type DirectiveKind = 'disable' | 'disable-next-line' | 'disable-line';
export interface DisableDirective {
    kind: DirectiveKind;
    /** The rules it names; empty means every rule. */
    ruleIds: string[];
    reason?: string;
    /** Where the comment is written. */
    range: SourceRange;
    /** The line it applies to (`disable-next-line`, `disable-line`); undefined for the whole file. */
    targetLine?: number;
}
/** Ids that are never suppressed. */
export declare const UNSUPPRESSIBLE: Set<string>;
/** Parses one comment (with its `#`) as a directive; undefined when it is an ordinary comment. */
export declare function parseDirectiveComment(comment: string): Pick<DisableDirective, 'kind' | 'ruleIds' | 'reason'> | undefined;
/** Every `sla-disable*` directive in a YAML text. Comments inside strings and block scalars are not comments. */
export declare function parseDirectives(text: string): DisableDirective[];
export interface UnusedDirective {
    directive: DisableDirective;
    /** The rule it names that suppressed nothing; undefined for a directive without a rule list. */
    ruleId?: string;
}
export interface DirectiveOutcome {
    /** Every finding, those a directive covers marked `suppressed` (with the directive's reason). */
    findings: Finding[];
    unused: UnusedDirective[];
}
/** Marks the findings the directives cover and says which directives (or which of their rules) covered nothing. */
export declare function applyDirectives(findings: readonly Finding[], directives: readonly DisableDirective[]): DirectiveOutcome;

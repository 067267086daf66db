/**
 * Hover: what the field under the cursor means (its title and description from the schema), and for a finding
 * under the cursor, what its rule checks and a link to the rule's page.
 */
import type { Hover, Position } from 'vscode-languageserver';
import type { Finding, Rule } from '../lint/types.js';
/** What each rule and engine check is about, by id, for the hover of its findings. */
export declare function ruleDescriptions(rules: readonly Rule<any>[]): Map<string, string>;
export declare function hoverAt(text: string, position: Position, findings: readonly Finding[], describe: (ruleId: string) => string | undefined): Hover | null;

/**
 * Code actions for the diagnostics the editor asks about: the finding's own quick fix when it has one, and an
 * inline suppression (`# sla-disable-next-line <rule> -- <reason>`, see src/lint/directives.ts) for every rule
 * finding. Schema findings cannot be suppressed, so they get none.
 */
import { type CodeAction, type Diagnostic } from 'vscode-languageserver';
/** Written where the author states why the finding is acceptable; SARIF carries it as the justification. */
export declare const REASON_PLACEHOLDER = "<reason>";
export declare function codeActions(uri: string, text: string, diagnostics: readonly Diagnostic[]): CodeAction[];

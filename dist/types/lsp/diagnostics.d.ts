/** Lint findings as LSP diagnostics: exact ranges, severity, the rule id as `code` and its docs page. */
import { type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../lint/types.js';
import type { DocumentLint } from './document-linter.js';
import { type QuickFix } from './quick-fixes.js';
/** What a diagnostic carries back to the server in code-action requests (LSP `data`). */
export interface DiagnosticData {
    ruleId: string;
    messageId: string;
    fix?: QuickFix;
}
export declare const DIAGNOSTIC_SOURCE = "sla";
export declare function toDiagnostic(finding: Finding, text: string): Diagnostic;
/** Every diagnostic for a document; a config that cannot be used is one error at the top, naming it. */
export declare function documentDiagnostics(outcome: DocumentLint, text: string): Diagnostic[];

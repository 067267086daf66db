import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics.js';
/**
 * `file:line:col  error  message  (/json/pointer)` — clickable in terminals and editors. Always one line: text quoted
 * from the agreement shows its control characters as escapes (`\n`, `\x1b`, `\u202e`; see src/formatters/visible-text.ts).
 */
export declare function formatDiagnosticLine(d: Diagnostic, file: string, color: ChalkInstance): string;
export declare function diagnosticJson(d: Diagnostic): {
    code: string;
    severity: import("../diagnostics.js").DiagnosticSeverity;
    message: string;
    pointer: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
};

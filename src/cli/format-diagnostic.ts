import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics.js';
import { showText } from '../formatters/visible-text.js';

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/**
 * `file:line:col  error  message  (/json/pointer)` — clickable in terminals and editors. Always one line: text quoted
 * from the agreement shows its control characters as escapes (`\n`, `\x1b`, `\u202e`; see src/formatters/visible-text.ts).
 */
export function formatDiagnosticLine(d: Diagnostic, file: string, color: ChalkInstance): string {
  const where = color.bold(`${showText(file)}:${d.range.line}:${d.range.column}`);
  const severity = color[SEVERITY_COLOR[d.severity]](d.severity);
  const pointer = d.pointer ? `  ${color.dim(`(${showText(d.pointer)})`)}` : '';
  return `${where}  ${severity}  ${showText(d.message)}${pointer}`;
}

export function diagnosticJson(d: Diagnostic) {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    pointer: d.pointer,
    line: d.range.line,
    column: d.range.column,
    endLine: d.range.endLine,
    endColumn: d.range.endColumn,
  };
}

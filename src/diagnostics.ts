/** A position in a source file: 1-based lines and columns; the end is just past the last character. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** Why a file was not accepted as it is: one problem, where it is, and how to fix it. */
export interface Diagnostic {
  /** Stable identifier of the kind of problem, e.g. `yaml-syntax`, `unknown-field`, `unknown-reference`. */
  code: string;
  severity: DiagnosticSeverity;
  /** What is wrong and what is allowed, in words a contract author understands. */
  message: string;
  /** JSON pointer of the value the problem is about ('' is the whole document). */
  pointer: string;
  range: SourceRange;
  /** The file the problem is in, as the caller named it. */
  file?: string;
}

export const START_OF_FILE: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics as a reader meets them in the file. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.line - b.range.line || a.range.column - b.range.column || a.code.localeCompare(b.code);
}

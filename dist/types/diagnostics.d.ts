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
export declare const START_OF_FILE: SourceRange;
export declare function hasErrors(diagnostics: readonly Diagnostic[]): boolean;
/** Orders diagnostics as a reader meets them in the file. */
export declare function byPosition(a: Diagnostic, b: Diagnostic): number;

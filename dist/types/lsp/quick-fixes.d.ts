import type { Finding } from '../lint/types.js';
/** A text edit in library coordinates (1-based, end exclusive), with the title the editor shows. */
export interface QuickFix {
    title: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    newText: string;
    /** Safe to apply without reading it (a did-you-mean of the schema); not for wording in prose. */
    preferred: boolean;
}
export declare function singleFix(finding: Finding, text: string): QuickFix | undefined;

/**
 * `sla diff` at a terminal: the versions compared, then each agreement file with its changes grouped by the
 * contract's sections, one line per change (effect tag, summary, lines `old:12 → new:14`), its reason and measures
 * indented below, and the headline last. Text from the agreements is shown on one line with control characters as
 * escapes (showText), so a value cannot recolour the terminal or forge a line.
 */
import { type ChalkInstance } from 'chalk';
import { type AgreementChange, type ChangeEffect, type ChangeMeasure, type DiffReport, type FileDiff } from '../types.js';
export interface DiffFormatOptions {
    /** Colours for the stream the output goes to; none by default (and always none for a file). */
    color?: ChalkInstance;
}
/** `old:12 → new:14`, `new:14` or `old:12`: where the change is in each version. */
export declare function linesOf(change: Pick<AgreementChange, 'oldLine' | 'newLine'>): string;
/**
 * What a change says beyond its summary: the reason and the measures the summary does not already give (the
 * summary carries a short reason and up to two measures itself).
 */
export declare function beyondSummary(change: AgreementChange): {
    reason?: string;
    measures: ChangeMeasure[];
};
/** The changes of one file by section, sections in the order of their first change (the contract's order). */
export declare function bySection(changes: readonly AgreementChange[]): [section: string, changes: AgreementChange[]][];
/** The file's name as the report shows it, with what happened to it. */
export declare function fileTitle(file: FileDiff): {
    path: string;
    note?: string;
};
/** The worst effect the report has, for the colour of its headline. */
export declare function worstEffect(report: Pick<DiffReport, 'verdict'>): ChangeEffect | undefined;
export declare function formatDiffStylish(report: DiffReport, options?: DiffFormatOptions): string;

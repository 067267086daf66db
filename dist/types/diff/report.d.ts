/**
 * A DiffReport from agreement files: each file's two versions loaded and compared (diffAgreements), the verdict
 * summed over the files, and one headline that also names agreements added, removed and renamed. Library code:
 * nothing is printed. A version that cannot be read as YAML is a problem (with its file, line and column), not a
 * diff; a version with schema errors is still compared by its data.
 */
import { type AgreementResult, type LoadOptions } from '../agreement.js';
import { type Diagnostic } from '../diagnostics.js';
import { type ChangeEffect, type DiffReport, type FileDiff } from './types.js';
/** One version of an agreement file: its path (as reported) and its text or bytes. */
export interface AgreementVersionText {
    path: string;
    text: string | Uint8Array;
}
/** One agreement file across two versions: `old` absent for an added file, `new` absent for a removed one. */
export interface FilePair {
    status?: FileDiff['status'];
    old?: AgreementVersionText;
    new?: AgreementVersionText;
}
/** The report, and the versions that could not be compared because they could not be read. */
export interface DiffOutcome {
    report: DiffReport;
    /** Errors that stopped a version from being read (YAML syntax, an empty file, binary bytes), with positions. */
    problems: Diagnostic[];
    /** Versions compared although they have schema errors (by their data as written), by path. */
    invalid: string[];
}
/** Loads one version; its parse errors, if it cannot be read at all. */
export declare function loadVersion(version: AgreementVersionText, options?: LoadOptions): {
    result: AgreementResult;
    problems: Diagnostic[];
};
/** Compares one file's two versions. An added or removed file is not compared clause by clause. */
export declare function diffFilePair(pair: FilePair, options?: LoadOptions): {
    file: FileDiff;
    problems: Diagnostic[];
    invalid: string[];
};
/**
 * The one-line verdict over every file: the changes by effect (headlineOf), then the agreements added, removed and
 * renamed: `1 change weaker for the client, 2 neutral; 1 agreement added`.
 */
export declare function reportHeadline(verdict: Record<ChangeEffect, number>, files: readonly FileDiff[]): string;
/** Assembles compared files into a DiffReport: the verdict summed over the files, and the headline. */
export declare function diffReport(files: readonly FileDiff[], versions: {
    base: string;
    head: string;
}): DiffReport;
/** Compares every pair and assembles the report; versions that cannot be read are returned as problems. */
export declare function diffFilePairs(pairs: readonly FilePair[], versions: {
    base: string;
    head: string;
}, options?: LoadOptions): DiffOutcome;
/** `sla diff old.sla.yaml new.sla.yaml`: two versions of one agreement, named by their paths. */
export declare function diffTwoFiles(oldVersion: AgreementVersionText, newVersion: AgreementVersionText, options?: LoadOptions): DiffOutcome;

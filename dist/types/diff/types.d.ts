/**
 * The typed result of `sla diff`: what changed between two versions of an agreement, judged from the client's side.
 * The JSON format (`sla diff -f json`) is this shape under a versioned envelope; docs/diff.md documents it and
 * schema/diff-report.schema.json holds it.
 */
/** What a change means for the client: better, worse, no effect on what is promised, or both better and worse. */
export type ChangeEffect = 'stronger' | 'weaker' | 'neutral' | 'mixed';
/** The order sections and effects are shown in: what hurts the client first. */
export declare const CHANGE_EFFECTS: readonly ChangeEffect[];
/** A number the change moves, measured through the support clock or the money: "worst-case wait for a Critical response". */
export interface ChangeMeasure {
    /** What is measured, in contract words: `worst-case wait for a Critical response`, `support hours a week`. */
    label: string;
    before: string;
    after: string;
    effect: ChangeEffect;
}
export interface AgreementChange {
    /** The JSON pointer of the value in the version that has it: the new one, or the old one when it was removed. */
    pointer: string;
    oldPointer?: string;
    newPointer?: string;
    change: 'added' | 'removed' | 'changed' | 'reordered';
    effect: ChangeEffect;
    /** The heading of the rendered contract the change falls under, e.g. `Severity levels and targets`. */
    section: string;
    /** What changed, in contract words: `Critical response target`, `Holiday: 24 December 2027`, `Exclusion “Training”`. */
    subject: string;
    /** The value before and after, in contract words (absent for an added or a removed value). */
    before?: string;
    after?: string;
    /** One sentence a reviewer reads: `Critical response is slower for the client: 1 hour → 2 hours on 24×7.` */
    summary: string;
    /** Why the effect is what it is, where that is not plain from the values (always given for `mixed`). */
    reason?: string;
    /** Numbers the change moves (the worst-case wall-clock wait per severity, working hours a week, a price). */
    measures?: ChangeMeasure[];
    /** 1-based lines of the value in each version. */
    oldLine?: number;
    newLine?: number;
}
/** The two versions compared, as their documents name themselves. */
export interface AgreementVersion {
    title?: string;
    version?: string;
    effectiveDate?: string;
}
export interface AgreementDiff {
    old: AgreementVersion;
    new: AgreementVersion;
    /** In the contract's section order; within a section, in document order. */
    changes: AgreementChange[];
    /** How many changes have each effect. */
    verdict: Record<ChangeEffect, number>;
    /** One line: `3 changes weaker for the client, 1 stronger` or `No change to the terms`. */
    headline: string;
}
/** One agreement file across two versions of a repository or two paths. */
export interface FileDiff {
    /** `renamed` may also carry changes; `added` and `removed` files are not compared clause by clause. */
    status: 'modified' | 'renamed' | 'added' | 'removed' | 'unchanged';
    /** Paths as given or as git names them (relative to the repository root). */
    oldPath?: string;
    newPath?: string;
    /** For `modified` and `renamed` (and `unchanged`, with no changes). */
    diff?: AgreementDiff;
}
/** What `sla diff` reports: every agreement file compared, and the verdict over all of them. */
export interface DiffReport {
    /** The versions compared, as given: `HEAD~1` and `working tree`, or the two file paths. */
    base: string;
    head: string;
    files: FileDiff[];
    verdict: Record<ChangeEffect, number>;
    /** The verdict in one line, with added and removed agreements named: `1 change weaker for the client; 1 agreement added`. */
    headline: string;
}

/** Why git could not answer: not installed, not a repository, an unknown revision, or git failed otherwise. */
export declare class GitDiffError extends Error {
    readonly kind: 'git-missing' | 'not-a-repository' | 'bad-revision' | 'git-failed';
    constructor(message: string, kind: 'git-missing' | 'not-a-repository' | 'bad-revision' | 'git-failed');
}
/** What `--git` names: a base revision, and a head revision or the working tree. */
export interface GitRange {
    /** The base as given (`HEAD~1`, `main`) and as the commit it names. */
    base: string;
    baseCommit: string;
    /** The head as given, or `working tree`; `headCommit` is absent for the working tree. */
    head: string;
    headCommit?: string;
}
/** One agreement file that differs between the two versions. */
export interface GitFileChange {
    status: 'modified' | 'renamed' | 'added' | 'removed';
    /** Paths relative to the repository root, with forward slashes. */
    oldPath?: string;
    newPath?: string;
}
/** What git lists, with the text of each version: for report.ts to compare. */
export interface GitAgreementVersions {
    range: GitRange;
    root: string;
    files: (GitFileChange & {
        oldText?: Uint8Array;
        newText?: Uint8Array;
    })[];
}
export interface GitOptions {
    /** Where git runs; any directory inside the repository (default: the process's). */
    cwd?: string;
    /** Environment for git (default: the process's). */
    env?: Record<string, string | undefined>;
    /** Largest version read, in bytes (default 16 MB; the loader refuses agreements over its own limit anyway). */
    maxBytes?: number;
}
/** The name `head` takes when it is the working tree. */
export declare const WORKING_TREE = "working tree";
/** Parses `<ref>`, `<a>..<b>` or `<a>...<b>` (the merge base of a and b, against b). Empty sides mean HEAD. */
export declare function parseGitRange(spec: string): {
    base: string;
    head?: string;
    mergeBase: boolean;
};
/** The repository's top directory, for `cwd` inside it. */
export declare function gitRoot(options?: GitOptions): Promise<string>;
/** Resolves a `--git` range to commits: `<ref>` is that commit against the working tree. */
export declare function resolveGitRange(spec: string, options?: GitOptions): Promise<GitRange>;
/**
 * Parses `git diff --name-status -z` output into agreement file changes. A rename from or to a file that is not an
 * agreement is an agreement removed or added; a copy is the new file added.
 */
export declare function parseNameStatus(output: string): GitFileChange[];
/**
 * The agreement files (`*.sla.yaml`, `*.sla.yml`) that differ between the base and the head of `range`, renames
 * paired (`git diff --name-status -M`). `paths` limit the search (pathspecs relative to `cwd`); the paths returned
 * are relative to the repository root. Against the working tree, agreement files git does not track yet (and does
 * not ignore) count as added.
 */
export declare function listChangedAgreements(range: GitRange, paths?: readonly string[], options?: GitOptions): Promise<GitFileChange[]>;
/** The bytes of `file` (relative to the repository root) at `commit`: `git show <commit>:<file>`. */
export declare function readGitVersion(commit: string, file: string, options?: GitOptions): Promise<Uint8Array>;
/**
 * Everything `sla diff --git <spec> [paths]` compares: the range resolved, the changed agreement files and the text
 * of both versions of each (the head from the working tree when no head revision is given).
 */
export declare function readGitAgreementVersions(spec: string, paths?: readonly string[], options?: GitOptions): Promise<GitAgreementVersions>;

export declare const AGREEMENT_FILE: RegExp;
/** What makes a file ignored: the `ignores` of a config file, or `--ignore-pattern`. */
export type IgnoreSource = {
    kind: 'config';
    configFile: string;
} | {
    kind: 'ignore-pattern';
};
/** A file an input reached that is not checked because an ignore pattern matches it. */
export interface IgnoredFile {
    file: string;
    /** Named on the command line, rather than found in a directory or by a glob: worth a warning. */
    named: boolean;
    by: IgnoreSource;
}
export interface SearchProblem {
    input: string;
    message: string;
    /**
     * `no-match`: the input names nothing (a missing path, a directory without agreements, a glob without matches);
     * `all-ignored`: a directory or glob whose every agreement is ignored; `unreadable`: a directory cannot be listed.
     */
    kind: 'no-match' | 'all-ignored' | 'unreadable';
}
export interface FileSearch {
    /** Files found, in a stable order, without duplicates. */
    files: string[];
    /** Inputs that could not be used: they matched nothing, everything they matched is ignored, or are unreadable. */
    problems: SearchProblem[];
    /** Files skipped because an ignore pattern (a config's `ignores`, `--ignore-pattern`) matches them. */
    ignored: IgnoredFile[];
}
export interface FindOptions {
    /**
     * Apply ignores (default true): `.gitignore` files in directory walks and glob matches, `ignorePatterns` and
     * `ignoredBy` everywhere. False checks every file the inputs reach (`--no-ignore`).
     */
    ignore?: boolean;
    /** Globs relative to `cwd` whose matches are skipped (`--ignore-pattern`). */
    ignorePatterns?: readonly string[];
    /** Further ignores, e.g. a lint config's `ignores`: says what ignores an absolute path, or undefined. */
    ignoredBy?: (absolute: string) => Promise<IgnoreSource | undefined>;
    /**
     * Report an input that matches no file, or whose every match is ignored, as a problem (default true).
     * False drops those problems (`--no-error-on-unmatched-pattern`); unreadable directories are still problems.
     */
    errorOnUnmatchedPattern?: boolean;
}
/**
 * Expands command-line inputs into agreement files: a file is taken as it is, a directory is searched
 * recursively for `*.sla.yaml` and `*.sla.yml` (skipping node_modules and .git), a glob is expanded.
 *
 * Unless `ignore` is false, files and directories the `.gitignore` files ignore are left out of directory walks and
 * glob matches (a file named on the command line is taken even so), and files that `ignorePatterns` or `ignoredBy`
 * match are skipped and listed in `ignored`. As in ESLint 9, a named file that is ignored is not a problem (the
 * caller may warn), but a directory or glob whose every agreement is ignored is one (`all-ignored`).
 */
export declare function findAgreementFiles(inputs: readonly string[], cwd?: string, options?: FindOptions): Promise<FileSearch>;

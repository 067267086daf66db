export declare const AGREEMENT_FILE: RegExp;
export interface FileSearch {
    /** Files found, in a stable order, without duplicates. */
    files: string[];
    /** Inputs that matched nothing: a missing path, an empty directory, a glob without matches. */
    problems: {
        input: string;
        message: string;
    }[];
}
/**
 * Expands command-line inputs into agreement files: a file is taken as it is, a directory is searched
 * recursively for `*.sla.yaml` and `*.sla.yml` (skipping node_modules and .git), a glob is expanded.
 */
export declare function findAgreementFiles(inputs: readonly string[], cwd?: string): Promise<FileSearch>;

export interface WriteOptions {
    /** Replace a file that exists (else the write fails with EEXIST). */
    force?: boolean;
    /** Create missing folders on the way to each file, as `-o out/reports/x.sarif` does in ESLint. */
    createDirectories?: boolean;
}
/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved into place. Without `force`,
 * an existing file is left alone and the call fails with an EEXIST error, which the caller reports.
 */
export declare function writeFileAtomic(file: string, content: string | Uint8Array, options?: WriteOptions): Promise<void>;
/**
 * Writes several files (a contract's Markdown and PDF) as a set: every one into its temporary file first, and only
 * when all are written are they moved into place, one rename each, so a process killed while writing leaves none of
 * them, not a Markdown without its PDF. Temporary files that a killed run left beside the targets are removed first.
 */
export declare function writeFilesAtomic(files: readonly (readonly [file: string, content: string | Uint8Array])[], options?: WriteOptions): Promise<void>;

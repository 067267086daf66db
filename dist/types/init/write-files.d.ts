export interface FileToWrite {
    /** Relative to the directory being written to. */
    path: string;
    content: string;
}
export type WriteResult = {
    ok: true;
    written: string[];
} | {
    ok: false;
    reason: 'exists';
    existing: string[];
    message: string;
} | {
    ok: false;
    reason: 'io';
    message: string;
};
/**
 * Writes every file under `directory`. Refuses (writing nothing) when any of them exists, unless `force`.
 * When a write fails part-way, the files this call created are removed again.
 */
export declare function writeFiles(directory: string, files: readonly FileToWrite[], { force }?: {
    force?: boolean | undefined;
}): Promise<WriteResult>;

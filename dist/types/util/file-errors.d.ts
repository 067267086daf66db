/** File-system errors in words, the same for every command: no error codes, no temporary file names. */
/** Why a file could not be read. */
export declare function readErrorReason(error: unknown): string;
/** Why a file could not be written. */
export declare function writeErrorReason(error: unknown): string;

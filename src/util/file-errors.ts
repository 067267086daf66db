/** File-system errors in words, the same for every command: no error codes, no temporary file names. */

function common(code: string | undefined): string | undefined {
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a parent path is a file, not a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'the file system is read-only';
  return undefined;
}

/** Why a file could not be read. */
export function readErrorReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'this is a directory, not a file';
  return common(code) ?? message;
}

/** Why a file could not be written. */
export function writeErrorReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'its directory does not exist';
  if (code === 'EISDIR') return 'a directory has that name';
  return common(code) ?? message;
}

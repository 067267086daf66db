import { link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Moves `temp` to `target`; without `force`, fails with EEXIST instead of replacing an existing file. */
async function moveIntoPlace(temp: string, target: string, force: boolean): Promise<void> {
  if (force) return rename(temp, target);
  try {
    // A hard link fails atomically when the target exists, so a file created meanwhile is never clobbered.
    await link(temp, target);
    await unlink(temp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    // File systems without hard links: check, then rename.
    if (await stat(target).then(() => true, () => false)) throw Object.assign(new Error(`${target} exists`), { code: 'EEXIST' });
    await rename(temp, target);
  }
}

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
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  await writeFilesAtomic([[file, content]], options);
}

/**
 * Writes several files (a contract's Markdown and PDF) as a set: every one into its temporary file first, and only
 * when all are written are they moved into place, one rename each, so a process killed while writing leaves none of
 * them, not a Markdown without its PDF. Temporary files that a killed run left beside the targets are removed first.
 */
export async function writeFilesAtomic(files: readonly (readonly [file: string, content: string | Uint8Array])[], options: WriteOptions = {}): Promise<void> {
  for (const directory of new Set(files.map(([file]) => path.dirname(file)))) {
    if (options.createDirectories) {
      await mkdir(directory, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        // A file where a folder should be: EEXIST from mkdir, which would read as "the file exists; add --force".
        throw error.code === 'EEXIST' ? Object.assign(new Error(`${directory}: a file is in the way of the folder`), { code: 'ENOTDIR' }) : error;
      });
    }
    await removeStaleTemps(directory);
  }
  const temps: string[] = [];
  try {
    for (const [file, content] of files) {
      const temp = tempName(file);
      const handle = await open(temp, 'wx');
      temps.push(temp);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    // Without `force`, a target that exists stops the set before any file is moved into place.
    if (!options.force) {
      for (const [file] of files) {
        if (await stat(file).then(() => true, () => false)) throw Object.assign(new Error(`${file} exists`), { code: 'EEXIST', file });
      }
    }
    for (const [index, [file]] of files.entries()) {
      // The error names the file it is about (`file`), for the caller's message.
      await moveIntoPlace(temps[index]!, file, options.force ?? false).catch((error: unknown) => { throw Object.assign(error as Error, { file }); });
    }
  } catch (error) {
    // e.g. the disk is full, or a target appeared meanwhile: no temporary file is left behind.
    await Promise.all(temps.map((temp) => unlink(temp).catch(() => undefined)));
    throw error;
  }
}

const TEMP = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;

function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomSuffix()}.tmp`);
}

/** Removes the temporary files of writes whose process is gone (killed mid-write); another live run's are left. */
async function removeStaleTemps(directory: string): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isRunning(Number(pid))) await unlink(path.join(directory, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** node:crypto is fetched on first write: commands that may write (lint --output) should not pay ~2 ms to start. */
function randomSuffix(): string {
  return process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex');
}

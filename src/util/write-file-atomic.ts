import { link, open, rename, stat, unlink } from 'node:fs/promises';
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

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved into place. Without `force`,
 * an existing file is left alone and the call fails with an EEXIST error, which the caller reports.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: { force?: boolean } = {}): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomSuffix()}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    // e.g. the disk is full: no partial temporary file is left behind.
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await moveIntoPlace(temp, file, options.force ?? false);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** node:crypto is fetched on first write: commands that may write (lint --output) should not pay ~2 ms to start. */
function randomSuffix(): string {
  return process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex');
}

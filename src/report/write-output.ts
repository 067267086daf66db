import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it. Without `force`,
 * an existing file is left alone (the link fails with EEXIST, which the caller reports).
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: { force?: boolean } = {}): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (!options.force) {
      // link() refuses to replace an existing file, so no check-then-write race.
      await link(temp, file);
      await unlink(temp);
    } else {
      await rename(temp, file);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

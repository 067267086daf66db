/**
 * Writes files whole or not at all: each file goes to a temporary file in the same directory first and is then
 * moved into place, and an existing file is never replaced unless the caller forces it.
 */
import { mkdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeErrorReason } from '../util/file-errors.js';
import { writeFileAtomic } from '../util/write-file-atomic.js';

export interface FileToWrite {
  /** Relative to the directory being written to. */
  path: string;
  content: string;
}

export type WriteResult =
  | { ok: true; written: string[] }
  | { ok: false; reason: 'exists'; existing: string[]; message: string }
  | { ok: false; reason: 'io'; message: string };

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

/**
 * Writes every file under `directory`. Refuses (writing nothing) when any of them exists, unless `force`.
 * When a write fails part-way, the files this call created are removed again.
 */
export async function writeFiles(directory: string, files: readonly FileToWrite[], { force = false } = {}): Promise<WriteResult> {
  const targets = files.map((file) => path.resolve(directory, file.path));
  if (!force) {
    const existing = (await Promise.all(targets.map(async (target, i) => ((await exists(target)) ? files[i]!.path : undefined)))).filter((f): f is string => f !== undefined);
    if (existing.length) {
      return { ok: false, reason: 'exists', existing, message: `${existing.length === 1 ? `${existing[0]} already exists` : `${existing.length} files already exist: ${existing.join(', ')}`}; use --force to overwrite` };
    }
  }
  const created: string[] = [];
  for (const [index, target] of targets.entries()) {
    let placing = false;
    try {
      await mkdir(path.dirname(target), { recursive: true });
      const existedBefore = await exists(target);
      placing = true;
      await writeFileAtomic(target, files[index]!.content, { force });
      if (!existedBefore) created.push(target);
    } catch (error) {
      await Promise.all(created.map((file) => unlink(file).catch(() => undefined)));
      const code = (error as NodeJS.ErrnoException).code;
      // EEXIST while placing: the file appeared after the check. Before that, it comes from mkdir: a parent is a file.
      if (code === 'EEXIST' && placing) {
        return { ok: false, reason: 'exists', existing: [files[index]!.path], message: `${files[index]!.path} already exists; use --force to overwrite` };
      }
      return { ok: false, reason: 'io', message: `could not write ${files[index]!.path}: ${code === 'EEXIST' ? writeErrorReason({ code: 'ENOTDIR' }) : writeErrorReason(error)}` };
    }
  }
  return { ok: true, written: files.map((file) => file.path) };
}

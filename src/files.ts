import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const AGREEMENT_FILE = /\.sla\.ya?ml$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface FileSearch {
  /** Files found, in a stable order, without duplicates. */
  files: string[];
  /** Inputs that matched nothing: a missing path, an empty directory, a glob without matches. */
  problems: { input: string; message: string }[];
}

/** Why a directory cannot be listed, in words. */
function unreadableDirectory(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return `cannot read this directory: ${reason}`;
}

/** Collects agreement files under `directory`; a directory that cannot be listed is a problem, and the walk goes on. */
async function walk(directory: string, found: string[], unreadable: { directory: string; message: string }[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ directory, message: unreadableDirectory(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(full, found, unreadable);
    } else if (AGREEMENT_FILE.test(entry.name)) {
      // A link to an agreement counts (as a glob finds it); links to directories are not followed, so no loops.
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(full).then((info) => info.isFile(), () => false)));
      if (isFile) found.push(full);
    }
  }
}

/** Every character that can make a glob pattern (a superset: tinyglobby has the last word). */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;

/**
 * Expands command-line inputs into agreement files: a file is taken as it is, a directory is searched
 * recursively for `*.sla.yaml` and `*.sla.yml` (skipping node_modules and .git), a glob is expanded.
 */
export async function findAgreementFiles(inputs: readonly string[], cwd = process.cwd()): Promise<FileSearch> {
  const files: string[] = [];
  const problems: FileSearch['problems'] = [];
  for (const input of inputs) {
    // tinyglobby (and fdir, which probes for picomatch as it loads) only when an input could be a pattern.
    const globbing = MAYBE_GLOB.test(input) ? await import('tinyglobby') : undefined;
    if (globbing?.isDynamicPattern(input)) {
      const { glob } = globbing;
      const matches = await glob(input, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) problems.push({ input, message: 'no files match this pattern' });
      files.push(...matches.sort());
      continue;
    }
    const full = path.resolve(cwd, input);
    const info = await stat(full).catch(() => undefined);
    if (!info) {
      problems.push({ input, message: 'no such file or directory' });
    } else if (info.isDirectory()) {
      const found: string[] = [];
      const unreadable: { directory: string; message: string }[] = [];
      await walk(full, found, unreadable);
      for (const problem of unreadable) problems.push({ input: path.relative(cwd, problem.directory) || input, message: problem.message });
      if (found.length === 0 && unreadable.length === 0) problems.push({ input, message: 'no *.sla.yaml or *.sla.yml files in this directory' });
      files.push(...found.map((f) => path.relative(cwd, f) || f));
    } else {
      files.push(input);
    }
  }
  return { files: [...new Set(files)], problems };
}

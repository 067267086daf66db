import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitignoreRules, PatternIgnores } from './ignore-rules.js';

export const AGREEMENT_FILE = /\.sla\.ya?ml$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** What makes a file ignored: the `ignores` of a config file, or `--ignore-pattern`. */
export type IgnoreSource = { kind: 'config'; configFile: string } | { kind: 'ignore-pattern' };

/** A file an input reached that is not checked because an ignore pattern matches it. */
export interface IgnoredFile {
  file: string;
  /** Named on the command line, rather than found in a directory or by a glob: worth a warning. */
  named: boolean;
  by: IgnoreSource;
}

export interface SearchProblem {
  input: string;
  message: string;
  /**
   * `no-match`: the input names nothing (a missing path, a directory without agreements, a glob without matches);
   * `all-ignored`: a directory or glob whose every agreement is ignored; `unreadable`: a directory cannot be listed.
   */
  kind: 'no-match' | 'all-ignored' | 'unreadable';
}

export interface FileSearch {
  /** Files found, in a stable order, without duplicates. */
  files: string[];
  /** Inputs that could not be used: they matched nothing, everything they matched is ignored, or are unreadable. */
  problems: SearchProblem[];
  /** Files skipped because an ignore pattern (a config's `ignores`, `--ignore-pattern`) matches them. */
  ignored: IgnoredFile[];
}

export interface FindOptions {
  /**
   * Apply ignores (default true): `.gitignore` files in directory walks and glob matches, `ignorePatterns` and
   * `ignoredBy` everywhere. False checks every file the inputs reach (`--no-ignore`).
   */
  ignore?: boolean;
  /** Globs relative to `cwd` whose matches are skipped (`--ignore-pattern`). */
  ignorePatterns?: readonly string[];
  /** Further ignores, e.g. a lint config's `ignores`: says what ignores an absolute path, or undefined. */
  ignoredBy?: (absolute: string) => Promise<IgnoreSource | undefined>;
  /**
   * Report an input that matches no file, or whose every match is ignored, as a problem (default true).
   * False drops those problems (`--no-error-on-unmatched-pattern`); unreadable directories are still problems.
   */
  errorOnUnmatchedPattern?: boolean;
}

/** Why a directory cannot be listed, in words. */
function unreadableDirectory(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return `cannot read this directory: ${reason}`;
}

/**
 * Collects agreement files under `directory`; a directory that cannot be listed is a problem, and the walk goes on.
 * With `gitignore`, ignored directories are not entered and ignored files are left out.
 */
async function walk(directory: string, found: string[], unreadable: { directory: string; message: string }[], gitignore: GitignoreRules | undefined): Promise<void> {
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
      if (SKIPPED_DIRECTORIES.has(entry.name) || (await gitignore?.ignores(full, true))) continue;
      await walk(full, found, unreadable, gitignore);
    } else if (AGREEMENT_FILE.test(entry.name)) {
      // A link to an agreement counts (as a glob finds it); links to directories are not followed, so no loops.
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(full).then((info) => info.isFile(), () => false)));
      if (isFile && !(await gitignore?.ignores(full))) found.push(full);
    }
  }
}

/** Every character that can make a glob pattern (a superset: tinyglobby has the last word). */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;

/** What one input reaches, before the ignore patterns: a named file, or the files of a directory or glob. */
interface Reached {
  files: string[];
  named: boolean;
  problems: SearchProblem[];
}

async function reach(input: string, cwd: string, gitignore: GitignoreRules | undefined): Promise<Reached> {
  // tinyglobby (and fdir, which probes for picomatch as it loads) only when an input could be a pattern.
  const globbing = MAYBE_GLOB.test(input) ? await import('tinyglobby') : undefined;
  if (globbing?.isDynamicPattern(input)) {
    const { glob } = globbing;
    const matches = (await glob(input, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, expandDirectories: false })).sort();
    const files: string[] = [];
    for (const file of matches) if (!(await gitignore?.ignores(path.resolve(cwd, file)))) files.push(file);
    return { files, named: false, problems: [] };
  }
  const full = path.resolve(cwd, input);
  const info = await stat(full).catch(() => undefined);
  if (!info) return { files: [], named: true, problems: [{ input, message: 'no such file or directory', kind: 'no-match' }] };
  if (!info.isDirectory()) return { files: [input], named: true, problems: [] };
  const found: string[] = [];
  const unreadable: { directory: string; message: string }[] = [];
  if (!(await gitignore?.ignores(full, true))) await walk(full, found, unreadable, gitignore);
  return {
    files: found.map((f) => path.relative(cwd, f) || f),
    named: false,
    problems: unreadable.map((problem) => ({ input: path.relative(cwd, problem.directory) || input, message: problem.message, kind: 'unreadable' as const })),
  };
}

/**
 * Expands command-line inputs into agreement files: a file is taken as it is, a directory is searched
 * recursively for `*.sla.yaml` and `*.sla.yml` (skipping node_modules and .git), a glob is expanded.
 *
 * Unless `ignore` is false, files and directories the `.gitignore` files ignore are left out of directory walks and
 * glob matches (a file named on the command line is taken even so), and files that `ignorePatterns` or `ignoredBy`
 * match are skipped and listed in `ignored`. As in ESLint 9, a named file that is ignored is not a problem (the
 * caller may warn), but a directory or glob whose every agreement is ignored is one (`all-ignored`).
 */
export async function findAgreementFiles(inputs: readonly string[], cwd = process.cwd(), options: FindOptions = {}): Promise<FileSearch> {
  const applyIgnores = options.ignore ?? true;
  const errorOnUnmatched = options.errorOnUnmatchedPattern ?? true;
  const gitignore = applyIgnores ? await GitignoreRules.forDirectory(cwd) : undefined;
  const patterns = applyIgnores && options.ignorePatterns?.length ? new PatternIgnores(cwd, options.ignorePatterns) : undefined;
  const ignoredBy = async (absolute: string): Promise<IgnoreSource | undefined> => {
    if (!applyIgnores) return undefined;
    if (await patterns?.ignores(absolute)) return { kind: 'ignore-pattern' };
    return options.ignoredBy?.(absolute);
  };

  const files: string[] = [];
  const problems: SearchProblem[] = [];
  const ignored: IgnoredFile[] = [];
  const seenIgnored = new Set<string>();
  for (const input of inputs) {
    const reached = await reach(input, cwd, gitignore);
    let kept = 0;
    for (const file of reached.files) {
      const by = await ignoredBy(path.resolve(cwd, file));
      if (!by) {
        files.push(file);
        kept++;
      } else if (!seenIgnored.has(file)) {
        seenIgnored.add(file);
        ignored.push({ file, named: reached.named, by });
      }
    }
    const unreadable = reached.problems.filter((problem) => problem.kind === 'unreadable');
    problems.push(...unreadable);
    if (!errorOnUnmatched) continue;
    if (reached.problems.length > unreadable.length) {
      problems.push(...reached.problems.filter((problem) => problem.kind !== 'unreadable'));
    } else if (reached.files.length > 0 && kept === 0 && !reached.named) {
      problems.push({ input, message: 'every agreement it matches is ignored', kind: 'all-ignored' });
    } else if (reached.files.length === 0 && unreadable.length === 0) {
      // Nothing left after .gitignore: say whether there was anything to find without it.
      const unfiltered = gitignore ? await reach(input, cwd, undefined) : reached;
      if (unfiltered.files.length > 0) {
        problems.push({ input, message: 'every agreement it matches is ignored (by .gitignore)', kind: 'all-ignored' });
      } else {
        const pattern = !reached.named && !(await stat(path.resolve(cwd, input)).then((info) => info.isDirectory(), () => false));
        problems.push({ input, message: pattern ? 'no files match this pattern' : 'no *.sla.yaml or *.sla.yml files in this directory', kind: 'no-match' });
      }
    }
  }
  return { files: [...new Set(files)], problems, ignored };
}

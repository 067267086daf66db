/**
 * Agreement versions read from git, for `sla diff --git`: which agreement files changed between two revisions (or a
 * revision and the working tree), renames included, and the text of each version. git is run directly (execFile, no
 * shell) and nothing is checked out. Library code: nothing is printed; every failure is a GitDiffError.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AGREEMENT_FILE } from '../files.js';
import { readErrorReason } from '../util/file-errors.js';

/** Why git could not answer: not installed, not a repository, an unknown revision, or git failed otherwise. */
export class GitDiffError extends Error {
  constructor(
    message: string,
    readonly kind: 'git-missing' | 'not-a-repository' | 'bad-revision' | 'git-failed',
  ) {
    super(message);
    this.name = 'GitDiffError';
  }
}

/** What `--git` names: a base revision, and a head revision or the working tree. */
export interface GitRange {
  /** The base as given (`HEAD~1`, `main`) and as the commit it names. */
  base: string;
  baseCommit: string;
  /** The head as given, or `working tree`; `headCommit` is absent for the working tree. */
  head: string;
  headCommit?: string;
}

/** One agreement file that differs between the two versions. */
export interface GitFileChange {
  status: 'modified' | 'renamed' | 'added' | 'removed';
  /** Paths relative to the repository root, with forward slashes. */
  oldPath?: string;
  newPath?: string;
}

/** What git lists, with the text of each version: for report.ts to compare. */
export interface GitAgreementVersions {
  range: GitRange;
  root: string;
  files: (GitFileChange & { oldText?: Uint8Array; newText?: Uint8Array })[];
}

export interface GitOptions {
  /** Where git runs; any directory inside the repository (default: the process's). */
  cwd?: string;
  /** Environment for git (default: the process's). */
  env?: Record<string, string | undefined>;
  /** Largest version read, in bytes (default 16 MB; the loader refuses agreements over its own limit anyway). */
  maxBytes?: number;
}

/** The name `head` takes when it is the working tree. */
export const WORKING_TREE = 'working tree';

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

interface GitRun {
  stdout: Buffer;
  stderr: string;
}

/** Runs git with `args` and resolves with its output; a failure is a GitDiffError in words. */
function git(args: readonly string[], options: GitOptions, what: string): Promise<GitRun> {
  const env = { ...(options.env ?? process.env), GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd: options.cwd ?? process.cwd(), env, encoding: 'buffer', maxBuffer: options.maxBytes ?? DEFAULT_MAX_BYTES, windowsHide: true }, (error, stdout, stderr) => {
      const errorText = stderr.toString('utf8').trim();
      if (!error) return resolve({ stdout, stderr: errorText });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new GitDiffError('git is not installed or not on the PATH; --git needs it (or compare two files: sla diff old.sla.yaml new.sla.yaml)', 'git-missing'));
      if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return reject(new GitDiffError(`${what}: the output of git is larger than ${Math.round((options.maxBytes ?? DEFAULT_MAX_BYTES) / 1024 / 1024)} MB`, 'git-failed'));
      if (/not a git repository/i.test(errorText)) return reject(new GitDiffError(`${options.cwd ?? process.cwd()} is not inside a git repository; --git compares versions of a repository (run it inside one, or compare two files)`, 'not-a-repository'));
      const reason = errorText.split('\n').find((line) => /^(fatal|error):/.test(line))?.replace(/^(fatal|error):\s*/, '') ?? (errorText || error.message);
      reject(new GitDiffError(`${what}: ${reason}`, 'git-failed'));
    });
  });
}

/** Parses `<ref>`, `<a>..<b>` or `<a>...<b>` (the merge base of a and b, against b). Empty sides mean HEAD. */
export function parseGitRange(spec: string): { base: string; head?: string; mergeBase: boolean } {
  const match = /^(.*?)(\.\.\.?)(.*)$/.exec(spec);
  const sides = match ? { base: match[1] || 'HEAD', head: match[3] || 'HEAD', mergeBase: match[2] === '...' } : { base: spec, mergeBase: false };
  for (const side of [sides.base, 'head' in sides ? sides.head : undefined]) {
    if (side === undefined) continue;
    if (side.trim() === '') throw new GitDiffError(`--git ${JSON.stringify(spec)}: name a revision, e.g. HEAD~1 or main..HEAD`, 'bad-revision');
    // A revision that starts with `-` would be read by git as an option.
    if (side.startsWith('-') || /[\0\n]/.test(side)) throw new GitDiffError(`--git ${JSON.stringify(spec)}: \`${side}\` is not a revision; write e.g. HEAD~1 or main..HEAD`, 'bad-revision');
  }
  return sides;
}

/** The repository's top directory, for `cwd` inside it. */
export async function gitRoot(options: GitOptions = {}): Promise<string> {
  const run = await git(['rev-parse', '--show-toplevel'], options, 'cannot find the repository');
  return run.stdout.toString('utf8').trim();
}

/** The commit a revision names, or a GitDiffError that names the revision. */
async function commitOf(revision: string, options: GitOptions): Promise<string> {
  try {
    const run = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], options, `unknown revision ${revision}`);
    return run.stdout.toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitDiffError && error.kind === 'git-failed') {
      throw new GitDiffError(`unknown revision \`${revision}\`: no commit, branch or tag has that name in this repository (try HEAD~1, a branch name or a commit id)`, 'bad-revision');
    }
    throw error;
  }
}

/** Resolves a `--git` range to commits: `<ref>` is that commit against the working tree. */
export async function resolveGitRange(spec: string, options: GitOptions = {}): Promise<GitRange> {
  const sides = parseGitRange(spec);
  let baseCommit = await commitOf(sides.base, options);
  if (sides.head === undefined) return { base: sides.base, baseCommit, head: WORKING_TREE };
  const headCommit = await commitOf(sides.head, options);
  if (sides.mergeBase) {
    const run = await git(['merge-base', baseCommit, headCommit], options, `no common ancestor of ${sides.base} and ${sides.head}`);
    baseCommit = run.stdout.toString('utf8').trim();
  }
  return { base: sides.base, baseCommit, head: sides.head, headCommit };
}

const isAgreement = (file: string | undefined) => file !== undefined && AGREEMENT_FILE.test(file);

/**
 * Parses `git diff --name-status -z` output into agreement file changes. A rename from or to a file that is not an
 * agreement is an agreement removed or added; a copy is the new file added.
 */
export function parseNameStatus(output: string): GitFileChange[] {
  const fields = output.split('\0');
  if (fields.at(-1) === '') fields.pop();
  const changes: GitFileChange[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++]!;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (letter === 'R' && isAgreement(from) && isAgreement(to)) changes.push({ status: 'renamed', oldPath: from, newPath: to });
      else {
        if (letter === 'R' && isAgreement(from)) changes.push({ status: 'removed', oldPath: from });
        if (isAgreement(to)) changes.push({ status: 'added', newPath: to });
      }
      continue;
    }
    const file = fields[i++]!;
    if (!isAgreement(file)) continue;
    if (letter === 'A') changes.push({ status: 'added', newPath: file });
    else if (letter === 'D') changes.push({ status: 'removed', oldPath: file });
    // M (modified), T (type changed: a link became a file), U (unmerged): both versions exist.
    else changes.push({ status: 'modified', oldPath: file, newPath: file });
  }
  return changes;
}

const pathOf = (change: GitFileChange) => change.newPath ?? change.oldPath ?? '';

/**
 * The agreement files (`*.sla.yaml`, `*.sla.yml`) that differ between the base and the head of `range`, renames
 * paired (`git diff --name-status -M`). `paths` limit the search (pathspecs relative to `cwd`); the paths returned
 * are relative to the repository root. Against the working tree, agreement files git does not track yet (and does
 * not ignore) count as added.
 */
export async function listChangedAgreements(range: GitRange, paths: readonly string[] = [], options: GitOptions = {}): Promise<GitFileChange[]> {
  const revisions = range.headCommit ? [range.baseCommit, range.headCommit] : [range.baseCommit];
  const run = await git(['diff', '--name-status', '-z', '-M', '--no-color', '--no-ext-diff', '--no-relative', ...revisions, '--', ...paths], options, 'cannot list the changed files');
  const changes = parseNameStatus(run.stdout.toString('utf8'));
  if (!range.headCommit) {
    const untracked = await git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ...paths], options, 'cannot list the untracked files');
    const listed = new Set(changes.map(pathOf));
    for (const file of untracked.stdout.toString('utf8').split('\0')) {
      if (isAgreement(file) && !listed.has(file)) changes.push({ status: 'added', newPath: file });
    }
  }
  return changes.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
}

/** The bytes of `file` (relative to the repository root) at `commit`: `git show <commit>:<file>`. */
export async function readGitVersion(commit: string, file: string, options: GitOptions = {}): Promise<Uint8Array> {
  const run = await git(['show', '--no-textconv', `${commit}:${file}`], options, `cannot read ${file} at ${commit.slice(0, 12)}`);
  return new Uint8Array(run.stdout.buffer, run.stdout.byteOffset, run.stdout.byteLength);
}

/**
 * Everything `sla diff --git <spec> [paths]` compares: the range resolved, the changed agreement files and the text
 * of both versions of each (the head from the working tree when no head revision is given).
 */
export async function readGitAgreementVersions(spec: string, paths: readonly string[] = [], options: GitOptions = {}): Promise<GitAgreementVersions> {
  const root = await gitRoot(options);
  const range = await resolveGitRange(spec, options);
  const changes = await listChangedAgreements(range, paths, options);
  const files: GitAgreementVersions['files'] = [];
  for (const change of changes) {
    const oldText = change.oldPath !== undefined ? await readGitVersion(range.baseCommit, change.oldPath, options) : undefined;
    let newText: Uint8Array | undefined;
    if (change.newPath !== undefined) {
      if (range.headCommit) newText = await readGitVersion(range.headCommit, change.newPath, options);
      else {
        try {
          newText = await readFile(path.join(root, ...change.newPath.split('/')));
        } catch (error) {
          throw new GitDiffError(`cannot read ${change.newPath} in the working tree: ${readErrorReason(error)}`, 'git-failed');
        }
      }
    }
    files.push({ ...change, ...(oldText && { oldText }), ...(newText && { newText }) });
  }
  return { range, root, files };
}

/**
 * What decides that a file is not checked: globs (a lint config's `ignores`, `--ignore-pattern`) and `.gitignore`
 * files. picomatch and ignore load only when a run has something to ignore with them.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Ignore } from 'ignore';

/** A path relative to `base` with forward slashes, or undefined when it is not inside `base`. */
export function relativeInside(base: string, absolute: string): string | undefined {
  const relative = path.relative(base, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/**
 * Tests paths relative to one directory against globs, as tinyglobby expands them: a file is matched when a pattern
 * matches it and no `!pattern` does. Dot files are matched by `*` and `**`.
 */
export async function globMatcher(patterns: readonly string[]): Promise<(relativePath: string) => boolean> {
  const { default: picomatch } = await import('picomatch');
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const matches = positive.length > 0 ? picomatch(positive, { dot: true }) : () => false;
  const excepted = negative.length > 0 ? picomatch(negative, { dot: true }) : () => false;
  return (relativePath) => matches(relativePath) && !excepted(relativePath);
}

/** `--ignore-pattern` globs, relative to the directory the command runs in. */
export class PatternIgnores {
  readonly #base: string;
  readonly #patterns: readonly string[];
  #matcher: Promise<(relativePath: string) => boolean> | undefined;

  constructor(base: string, patterns: readonly string[]) {
    this.#base = path.resolve(base);
    this.#patterns = patterns;
  }

  /** The pattern list's verdict on an absolute path: a file outside the base directory is never matched. */
  async ignores(absolute: string): Promise<boolean> {
    if (this.#patterns.length === 0) return false;
    const relative = relativeInside(this.#base, absolute);
    if (relative === undefined) return false;
    this.#matcher ??= globMatcher(this.#patterns);
    return (await this.#matcher)(relative);
  }
}

/** The directory with `.git` that holds `directory`, or undefined outside a repository. */
export async function findGitRoot(directory: string): Promise<string | undefined> {
  let current = path.resolve(directory);
  for (;;) {
    if (await stat(path.join(current, '.git')).then(() => true, () => false)) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * `.gitignore` files as git reads them: each one's patterns are relative to its own directory, a deeper one can
 * re-include (`!pattern`) what a shallower one ignored, and nothing inside an ignored directory can be re-included.
 * Files are read from `top` (the git root, or the current directory outside a repository) down; paths outside
 * `top` are never ignored. `.git/info/exclude` and the global excludes file are not read.
 */
export class GitignoreRules {
  readonly top: string;
  readonly #rules = new Map<string, Promise<Ignore | undefined>>();
  readonly #directories = new Map<string, Promise<boolean>>();

  private constructor(top: string) {
    this.top = top;
  }

  /** The rules for a run in `cwd`: from its git root, or from `cwd` itself outside a repository. */
  static async forDirectory(cwd: string): Promise<GitignoreRules> {
    return new GitignoreRules((await findGitRoot(cwd)) ?? path.resolve(cwd));
  }

  #rulesIn(directory: string): Promise<Ignore | undefined> {
    let rules = this.#rules.get(directory);
    if (!rules) {
      rules = readFile(path.join(directory, '.gitignore'), 'utf8').then(
        async (text) => {
          const { default: ignore } = await import('ignore');
          return ignore().add(text);
        },
        () => undefined,
      );
      this.#rules.set(directory, rules);
    }
    return rules;
  }

  /** True when the `.gitignore` files ignore `absolute` (a file, or a directory when `isDirectory`). */
  async ignores(absolute: string, isDirectory = false): Promise<boolean> {
    const target = path.resolve(absolute);
    if (relativeInside(this.top, target) === undefined) return false;
    const parent = path.dirname(target);
    if (parent !== this.top && (await this.#ignoresDirectory(parent))) return true;
    let ignored = false;
    // From the top down, so a deeper file's verdict on the path wins.
    const chain: string[] = [];
    for (let directory = parent; ; directory = path.dirname(directory)) {
      chain.unshift(directory);
      if (directory === this.top) break;
    }
    for (const directory of chain) {
      const rules = await this.#rulesIn(directory);
      if (!rules) continue;
      const verdict = rules.test(relativeInside(directory, target)! + (isDirectory ? '/' : ''));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  #ignoresDirectory(directory: string): Promise<boolean> {
    let ignored = this.#directories.get(directory);
    if (ignored === undefined) {
      ignored = this.ignores(directory, true);
      this.#directories.set(directory, ignored);
    }
    return ignored;
  }
}

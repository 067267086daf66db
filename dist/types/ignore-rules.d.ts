/** A path relative to `base` with forward slashes, or undefined when it is not inside `base`. */
export declare function relativeInside(base: string, absolute: string): string | undefined;
/**
 * Tests paths relative to one directory against globs, as tinyglobby expands them: a file is matched when a pattern
 * matches it and no `!pattern` does. Dot files are matched by `*` and `**`.
 */
export declare function globMatcher(patterns: readonly string[]): Promise<(relativePath: string) => boolean>;
/** `--ignore-pattern` globs, relative to the directory the command runs in. */
export declare class PatternIgnores {
    #private;
    constructor(base: string, patterns: readonly string[]);
    /** The pattern list's verdict on an absolute path: a file outside the base directory is never matched. */
    ignores(absolute: string): Promise<boolean>;
}
/** The directory with `.git` that holds `directory`, or undefined outside a repository. */
export declare function findGitRoot(directory: string): Promise<string | undefined>;
/**
 * `.gitignore` files as git reads them: each one's patterns are relative to its own directory, a deeper one can
 * re-include (`!pattern`) what a shallower one ignored, and nothing inside an ignored directory can be re-included.
 * Files are read from `top` (the git root, or the current directory outside a repository) down; paths outside
 * `top` are never ignored. `.git/info/exclude` and the global excludes file are not read.
 */
export declare class GitignoreRules {
    #private;
    readonly top: string;
    private constructor();
    /** The rules for a run in `cwd`: from its git root, or from `cwd` itself outside a repository. */
    static forDirectory(cwd: string): Promise<GitignoreRules>;
    /** True when the `.gitignore` files ignore `absolute` (a file, or a directory when `isDirectory`). */
    ignores(absolute: string, isDirectory?: boolean): Promise<boolean>;
}

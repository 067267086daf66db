import type { Finding } from '../lint/types.js';
import { type Formatter } from './types.js';
/**
 * The fingerprint of each finding: SHA-256 of the rule id, the file (relative, forward slashes), the JSON pointer
 * of the value the finding is about, the message id and the message, plus the finding's rank among findings that
 * agree on all of those (0 for the first, in file order). GitLab compares fingerprints between the merge request's
 * base and head to say which findings are new and which are fixed, so the fingerprint leaves out what changes
 * when unrelated lines move: line and column. The pointer and the message (which quotes the offending words)
 * tell apart two findings of one rule in one file; the rank tells apart the rare ones that still agree (the same
 * word twice in one text). A line or column number a message quotes ("directive … on line 12") is left out too.
 * Every field is length-prefixed, so no two different inputs hash the same text.
 */
export declare function fingerprints(findings: readonly Finding[], cwd: string): string[];
/**
 * GitLab Code Quality: the subset of the Code Climate issue format GitLab reads (`artifacts:reports:codequality`),
 * an array of issues with `description`, `check_name`, `fingerprint`, `severity` and `location` (path relative to
 * the working directory, and lines). Suppressed findings are left out: GitLab has no way to show them as dismissed.
 */
export declare const gitlab: Formatter;

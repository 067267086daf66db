import { createHash } from 'node:crypto';
import type { Finding, RuleSeverity } from '../lint/types.js';
import { jsonText } from './json-text.js';
import { relativePath, type Formatter } from './types.js';

/**
 * Code Climate severities, as GitLab shows them (info, minor, major, critical, blocker). sla has three; an error
 * fails the build and is `major`, as ESLint's and Stylelint's GitLab formatters map theirs. `critical` and
 * `blocker` are left for tools that rank findings above "this fails the build".
 */
const SEVERITY: Record<RuleSeverity, 'info' | 'minor' | 'major'> = { info: 'info', warning: 'minor', error: 'major' };

const POSITION = /\b(line|column) \d+/g;

function withoutPositions(message: string): string {
  return message.replace(POSITION, '$1 #');
}

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
export function fingerprints(findings: readonly Finding[], cwd: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = [finding.ruleId, relativePath(finding.file, cwd), finding.pointer, finding.messageId, withoutPositions(finding.message)]
      .map((part) => `${part.length}:${part}`)
      .join('');
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return createHash('sha256').update(`${key}${rank}`).digest('hex');
  });
}

/**
 * GitLab Code Quality: the subset of the Code Climate issue format GitLab reads (`artifacts:reports:codequality`),
 * an array of issues with `description`, `check_name`, `fingerprint`, `severity` and `location` (path relative to
 * the working directory, and lines). Suppressed findings are left out: GitLab has no way to show them as dismissed.
 */
export const gitlab: Formatter = (results, { cwd }) => {
  // Ranks are counted over the whole report, so fingerprints are unique even if a file were linted twice.
  const findings = results.flatMap((result) => result.findings);
  const prints = fingerprints(findings, cwd);
  const issues = findings.map((finding, index) => ({
    type: 'issue',
    description: finding.message,
    check_name: finding.ruleId,
    fingerprint: prints[index]!,
    severity: SEVERITY[finding.severity],
    location: {
      path: relativePath(finding.file, cwd),
      lines: { begin: finding.line, end: finding.endLine },
    },
  }));
  return `${jsonText(issues, 2)}\n`;
};

/**
 * Inline suppressions written as YAML comments, ESLint-style:
 *
 *   # sla-disable-next-line vague-wording, no-placeholders -- agreed wording with the client's counsel
 *   # sla-disable-line vague-wording            (at the end of the line it applies to)
 *   # sla-disable resolution-guarantee -- reason   (the whole file)
 *
 * No rule list means every rule. Findings of the `schema` check cannot be suppressed: a document that does not
 * validate is not an agreement. Directives that suppress nothing are reported, so stale ones do not pile up.
 */
import { Parser } from 'yaml';
import type { SourceRange } from '../diagnostics.js';
import type { Finding } from './types.js';

export type DirectiveKind = 'disable' | 'disable-next-line' | 'disable-line';

export interface DisableDirective {
  kind: DirectiveKind;
  /** The rules it names; empty means every rule. */
  ruleIds: string[];
  reason?: string;
  /** Where the comment is written. */
  range: SourceRange;
  /** The line it applies to (`disable-next-line`, `disable-line`); undefined for the whole file. */
  targetLine?: number;
}

const DIRECTIVE = /^#\s*sla-(disable-next-line|disable-line|disable)(?=\s|$)(.*)$/;

/** Ids that are never suppressed. */
export const UNSUPPRESSIBLE = new Set(['schema']);

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function collectComments(token: unknown, found: { offset: number; source: string }[]): void {
  if (Array.isArray(token)) {
    for (const item of token) collectComments(item, found);
    return;
  }
  if (typeof token !== 'object' || token === null) return;
  const record = token as Record<string, unknown>;
  if (record.type === 'comment' && typeof record.offset === 'number' && typeof record.source === 'string') {
    found.push({ offset: record.offset, source: record.source });
    return;
  }
  for (const value of Object.values(record)) if (typeof value === 'object' && value !== null) collectComments(value, found);
}

/** Parses one comment (with its `#`) as a directive; undefined when it is an ordinary comment. */
export function parseDirectiveComment(comment: string): Pick<DisableDirective, 'kind' | 'ruleIds' | 'reason'> | undefined {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  const kind = match[1] as DirectiveKind;
  let body = match[2]!;
  let reason: string | undefined;
  const separator = /(^|\s)--(\s|$)/.exec(body);
  if (separator) {
    reason = body.slice(separator.index + separator[0].length).trim() || undefined;
    body = body.slice(0, separator.index);
  }
  const ruleIds = body.split(/[,\s]+/).map((id) => id.trim()).filter((id) => id !== '');
  return reason === undefined ? { kind, ruleIds } : { kind, ruleIds, reason };
}

/** Every `sla-disable*` directive in a YAML text. Comments inside strings and block scalars are not comments. */
export function parseDirectives(text: string): DisableDirective[] {
  // Most files have no directive; skip the second parse for them.
  if (!text.includes('sla-disable')) return [];
  const comments: { offset: number; source: string }[] = [];
  for (const token of new Parser().parse(text)) collectComments(token, comments);
  const directives: DisableDirective[] = [];
  for (const comment of comments) {
    const parsed = parseDirectiveComment(comment.source);
    if (!parsed) continue;
    const start = positionOf(text, comment.offset);
    const range = { line: start.line, column: start.column, endLine: start.line, endColumn: start.column + comment.source.length };
    const targetLine = parsed.kind === 'disable-next-line' ? start.line + 1 : parsed.kind === 'disable-line' ? start.line : undefined;
    directives.push({ ...parsed, range, ...(targetLine === undefined ? {} : { targetLine }) });
  }
  return directives.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}

export interface UnusedDirective {
  directive: DisableDirective;
  /** The rule it names that suppressed nothing; undefined for a directive without a rule list. */
  ruleId?: string;
}

export interface DirectiveOutcome {
  /** Every finding, those a directive covers marked `suppressed` (with the directive's reason). */
  findings: Finding[];
  unused: UnusedDirective[];
}

/** Marks the findings the directives cover and says which directives (or which of their rules) covered nothing. */
export function applyDirectives(findings: readonly Finding[], directives: readonly DisableDirective[]): DirectiveOutcome {
  if (directives.length === 0) return { findings: [...findings], unused: [] };
  const used = directives.map((d) => new Set<string>());
  const result = findings.map((finding) => {
    if (UNSUPPRESSIBLE.has(finding.ruleId)) return finding;
    let index = -1;
    directives.forEach((directive, i) => {
      if (directive.targetLine !== undefined && directive.targetLine !== finding.line) return;
      if (directive.ruleIds.length > 0 && !directive.ruleIds.includes(finding.ruleId)) return;
      used[i]!.add(finding.ruleId);
      if (index < 0) index = i;
    });
    if (index < 0) return finding;
    const reason = directives[index]!.reason;
    return { ...finding, suppressed: reason === undefined ? {} : { reason } };
  });
  const unused: UnusedDirective[] = [];
  directives.forEach((directive, i) => {
    if (directive.ruleIds.length === 0) {
      if (used[i]!.size === 0) unused.push({ directive });
      return;
    }
    for (const ruleId of new Set(directive.ruleIds)) if (!used[i]!.has(ruleId)) unused.push({ directive, ruleId });
  });
  return { findings: result, unused };
}

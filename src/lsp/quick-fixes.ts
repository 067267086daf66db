/**
 * Fixes a finding makes unambiguous: one replacement and nothing to choose. Findings carry no structured fix, so
 * each is read from what the finding does carry, and only where that is exact:
 * - schema findings whose message offers one did-you-mean (`unknown-field`, `unknown-reference`, `invalid-value`):
 *   the misspelt key or value, which is the finding's whole range, becomes the suggestion;
 * - `timezone-abbreviation`: the words at the finding's range name one IANA zone (the one the message names);
 * - `unused-disable-directive`: an unknown rule id with a did-you-mean is corrected in the comment, and a directive
 *   that suppresses nothing and names at most that one rule is removed.
 * Anything else gets no fix, rather than a guess.
 */
import { parse as parseYaml } from 'yaml';
import { LineIndex } from '../load/line-index.js';
import { parseDirectiveComment } from '../lint/directives.js';
import { zoneMentions } from '../lint/zone-phrases.js';
import type { Finding } from '../lint/types.js';

/** A text edit in library coordinates (1-based, end exclusive), with the title the editor shows. */
export interface QuickFix {
  title: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
  /** Safe to apply without reading it (a did-you-mean of the schema); not for wording in prose. */
  preferred: boolean;
}

const DID_YOU_MEAN = /did you mean `([^`]+)`\?/g;
const SUGGESTING_SCHEMA_CODES = new Set(['unknown-field', 'unknown-reference', 'invalid-value']);

function onlySuggestion(message: string): string | undefined {
  const found = [...message.matchAll(DID_YOU_MEAN)];
  return found.length === 1 ? found[0]![1] : undefined;
}

/** True when YAML reads the word, written bare, as that same string (not a number, boolean or null, no syntax). */
function isPlainScalar(word: string): boolean {
  if (!/^[\w$][\w$./+-]*$/.test(word)) return false;
  try {
    return parseYaml(word) === word;
  } catch {
    return false;
  }
}

export function singleFix(finding: Finding, text: string): QuickFix | undefined {
  if (finding.line !== finding.endLine || finding.endColumn <= finding.column) return undefined;
  const lines = new LineIndex(text);
  const start = lines.offset(finding.line, finding.column);
  const end = lines.offset(finding.endLine, finding.endColumn);
  const written = text.slice(start, end);
  const at = (from: number, to: number, newText: string, title: string, preferred: boolean): QuickFix => {
    const a = lines.position(from);
    const b = lines.position(to);
    return { title, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, newText, preferred };
  };

  if (finding.ruleId === 'schema' && SUGGESTING_SCHEMA_CODES.has(finding.messageId)) {
    const suggestion = onlySuggestion(finding.message);
    if (suggestion === undefined || !isPlainScalar(suggestion)) return undefined;
    // A quoted key or value keeps its quotes; only the words inside change.
    const quoted = /^(["'])([\w$./+-]*)\1$/.exec(written);
    if (quoted) return at(start + 1, end - 1, suggestion, `Change to \`${suggestion}\``, true);
    if (!/^[\w$./+-]+$/.test(written)) return undefined;
    return at(start, end, suggestion, `Change \`${written}\` to \`${suggestion}\``, true);
  }

  if (finding.ruleId === 'timezone-abbreviation') {
    const mentions = zoneMentions(written);
    const mention = mentions[0];
    if (mentions.length !== 1 || !mention || mention.start !== 0 || mention.end !== written.length) return undefined;
    return at(start, end, mention.zone, `Replace "${written}" with ${mention.zone}`, false);
  }

  if (finding.ruleId === 'unused-disable-directive') return directiveFix(finding, text, lines, start, written, at);
  return undefined;
}

function directiveFix(
  finding: Finding, text: string, lines: LineIndex, start: number, written: string,
  at: (from: number, to: number, newText: string, title: string, preferred: boolean) => QuickFix,
): QuickFix | undefined {
  const directive = parseDirectiveComment(written);
  if (!directive) return undefined;
  if (finding.messageId === 'unknownRule') {
    const suggestion = /\(did you mean `([^`]+)`\?\)/.exec(finding.message)?.[1];
    const wrong = /^`([^`]+)`/.exec(finding.message)?.[1];
    if (!suggestion || !wrong || directive.ruleIds.filter((id) => id === wrong).length !== 1) return undefined;
    // The id as a whole word of the comment, before any `--` reason (which may repeat it in prose).
    const rules = written.split(/\s--(?:\s|$)/)[0]!;
    const found = [...rules.matchAll(new RegExp(`(?<=[\\s,])${wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s,]|$)`, 'g'))];
    if (found.length !== 1) return undefined;
    const from = start + found[0]!.index!;
    return at(from, from + wrong.length, suggestion, `Change \`${wrong}\` to \`${suggestion}\``, true);
  }
  // Unused: remove the directive when it names no rule or only the one that suppresses nothing.
  if (directive.ruleIds.length > 1) return undefined;
  const line = finding.line;
  const lineStart = lines.offset(line, 1);
  const before = text.slice(lineStart, start);
  if (before.trim() === '') {
    // A comment on a line of its own: the whole line goes.
    const nextLine = text.indexOf('\n', start);
    return at(lineStart, nextLine === -1 ? text.length : nextLine + 1, '', 'Remove the unused directive', true);
  }
  // A comment at the end of a line: the comment and the spaces before it go.
  const from = lineStart + before.trimEnd().length;
  return at(from, start + written.length, '', 'Remove the unused directive', true);
}

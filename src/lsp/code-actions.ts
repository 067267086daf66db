/**
 * Code actions for the diagnostics the editor asks about: the finding's own quick fix when it has one, and an
 * inline suppression (`# sla-disable-next-line <rule> -- <reason>`, see src/lint/directives.ts) for every rule
 * finding. Schema findings cannot be suppressed, so they get none.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { DIRECTIVE_RULE_ID, SCHEMA_RULE_ID } from '../lint/engine.js';
import { parseDirectiveComment } from '../lint/directives.js';
import { LineIndex } from '../load/line-index.js';
import type { DiagnosticData } from './diagnostics.js';
import { toLspRange } from './ranges.js';
import { YamlNodes } from './yaml-nodes.js';

/** Written where the author states why the finding is acceptable; SARIF carries it as the justification. */
export const REASON_PLACEHOLDER = '<reason>';

function dataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return data && typeof data.ruleId === 'string' && typeof data.messageId === 'string' ? (data as DiagnosticData) : undefined;
}

export function codeActions(uri: string, text: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  let nodes: YamlNodes | undefined;
  const lines = new LineIndex(text);
  for (const diagnostic of diagnostics) {
    const data = dataOf(diagnostic);
    if (!data) continue;
    if (data.fix) {
      actions.push({
        title: data.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: data.fix.preferred,
        edit: { changes: { [uri]: [{ range: toLspRange(data.fix), newText: data.fix.newText }] } },
      });
    }
    if (data.ruleId === SCHEMA_RULE_ID || data.ruleId === DIRECTIVE_RULE_ID) continue;
    nodes ??= new YamlNodes(text);
    actions.push(suppression(uri, text, lines, nodes, diagnostic, data.ruleId));
  }
  return actions;
}

const textLines = (text: string) => text.split('\n');

function suppression(uri: string, text: string, lines: LineIndex, nodes: YamlNodes, diagnostic: Diagnostic, ruleId: string): CodeAction {
  const all = textLines(text);
  const line = diagnostic.range.start.line;
  const lineText = (all[line] ?? '').replace(/\r$/, '');
  const lineStart = lines.offset(line + 1, 1);
  // Inside a block scalar or a multi-line string a comment line would become text: only the whole file can be disabled.
  if (nodes.scalarSpanning(lineStart)) return fileSuppression(uri, all, diagnostic, ruleId);

  const edit = extendDirectiveAbove(all, line, ruleId) ?? {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${/^\s*/.exec(lineText)![0]}# sla-disable-next-line ${ruleId} -- ${REASON_PLACEHOLDER}\n`,
  };
  return {
    title: `Disable ${ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [edit] } },
  };
}

/**
 * A `sla-disable-next-line` comment already above the line takes the rule too: a second comment between them would
 * become the line the first one applies to.
 */
function extendDirectiveAbove(all: string[], line: number, ruleId: string): TextEdit | undefined {
  if (line === 0) return undefined;
  const above = (all[line - 1] ?? '').replace(/\r$/, '');
  const trimmed = above.trimStart();
  if (!trimmed.startsWith('#')) return undefined;
  const directive = parseDirectiveComment(trimmed);
  if (!directive || directive.kind !== 'disable-next-line' || directive.ruleIds.length === 0) return undefined;
  if (directive.ruleIds.includes(ruleId)) return undefined;
  const separator = /\s--(?:\s|$)/.exec(above);
  const end = separator ? separator.index : above.trimEnd().length;
  return { range: { start: { line: line - 1, character: end }, end: { line: line - 1, character: end } }, newText: `, ${ruleId}` };
}

function fileSuppression(uri: string, all: string[], diagnostic: Diagnostic, ruleId: string): CodeAction {
  // After the comments the file opens with (a `yaml-language-server` modeline, a header), before the first key.
  let line = 0;
  while (line < all.length && /^\s*(#.*)?\r?$/.test(all[line]!) && line < all.length - 1) line++;
  return {
    title: `Disable ${ruleId} for this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `# sla-disable ${ruleId} -- ${REASON_PLACEHOLDER}\n` }] } },
  };
}

/**
 * Runs one rule over agreement text and returns what it found, with positions, so rule tests read as
 * "this document → these findings at these lines and columns".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import type { SourceRange } from '../../src/diagnostics.js';
import { lintText } from '../../src/lint/engine.js';
import type { FindingReport, Rule, RuleContext } from '../../src/lint/types.js';
import { editExample } from '../helpers/example.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STANDARD_EXAMPLE = path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml');

/** The standard example agreement: complete and lint clean, the base every fixture edits. */
export const standard = readFileSync(STANDARD_EXAMPLE, 'utf8');

/** A finding as tests compare it: the message id and where it points. */
export interface RuleFinding {
  messageId: string;
  message: string;
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  data: Record<string, string | number>;
}

/** The text with each `search` replaced once; throws when an edit does not apply, so fixtures cannot rot silently. */
export function edit(text: string, ...edits: [search: string | RegExp, replacement: string][]): string {
  return editExample(edits, text);
}

/** The standard example with one or more edits. */
export function standardWith(...edits: [search: string | RegExp, replacement: string][]): string {
  return edit(standard, ...edits);
}

/** The text without the block that starts at the line `firstLine`: that line and every line indented deeper under it. */
export function withoutBlock(text: string, firstLine: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(firstLine);
  if (start === -1) throw new Error(`block not found: ${firstLine}`);
  const indentOf = (line: string) => line.length - line.trimStart().length;
  let end = start + 1;
  while (end < lines.length && lines[end]!.trim() !== '' && indentOf(lines[end]!) > indentOf(firstLine)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** The text after `change` edits it as a YAML document (`setIn`, `deleteIn`...); comments and flow style survive. */
export function editDocument(text: string, change: (document: Document) => void): string {
  const document = parseDocument(text);
  change(document);
  return document.toString({ lineWidth: 0 });
}

/** The standard example with values set by path; lines stay where they were, so tests can name them. */
export function standardWithValues(...values: [path: (string | number)[], value: unknown][]): string {
  return editDocument(standard, (document) => {
    for (const [path, value] of values) document.setIn(path, value);
  });
}

/** 1-based line and column of the `occurrence`-th appearance of `needle`. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`not found: ${needle}`);
  }
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/** The range `needle` covers (on one line), for asserting a text rule points at the exact words. */
export function rangeOfText(text: string, needle: string, occurrence = 1): SourceRange {
  const { line, column } = positionOf(text, needle, occurrence);
  return { line, column, endLine: line, endColumn: column + needle.length };
}

/**
 * Lints `text` with `rule` alone through the engine (`lintText`: the real text fields, positions and option
 * merging), with `options` over the rule's defaults. Each finding also carries the `data` the rule reported, so
 * tests can assert what a message is about without depending on its wording. A structural rule needs a valid
 * agreement: a fixture with schema errors fails loudly, as does a rule that throws.
 */
export function lint<Options>(rule: Rule<Options>, text: string, options: Partial<Options> = {}): RuleFinding[] {
  const reports: { key: string; data: Record<string, string | number> }[] = [];
  const recording: Rule<Options> = {
    meta: rule.meta,
    check(context) {
      rule.check({
        // A getter, as in the engine: text rules on an invalid document must not touch the model.
        get agreement() {
          return context.agreement;
        },
        source: context.source,
        options: context.options,
        textFields: () => context.textFields(),
        report(finding: FindingReport) {
          const range = finding.range ?? context.source.sourceMap.rangeOf(finding.pointer, finding.at ?? 'value');
          reports.push({ key: keyOf(finding.messageId, finding.pointer, range), data: finding.data ?? {} });
          context.report(finding);
        },
      } as RuleContext<Options>);
    },
  };
  const result = lintText(text, { rules: [recording], file: 'fixture.sla.yaml', ruleOptions: { [rule.meta.id]: options } });
  if (result.ruleFailures.length) throw new Error(`rule ${rule.meta.id} failed: ${result.ruleFailures.map((f) => f.message).join('; ')}`);
  const schema = result.findings.filter((f) => f.ruleId === 'schema' && f.severity === 'error');
  if (schema.length && rule.meta.kind !== 'text') {
    throw new Error(`fixture is not a valid agreement:\n${schema.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n')}`);
  }
  return result.findings
    .filter((f) => f.ruleId === rule.meta.id)
    .map((f) => {
      const index = reports.findIndex((r) => r.key === keyOf(f.messageId, f.pointer, f));
      const data = index === -1 ? {} : reports.splice(index, 1)[0]!.data;
      const { messageId, message, pointer, line, column, endLine, endColumn } = f;
      return { messageId, message, pointer, line, column, endLine, endColumn, data };
    });
}

function keyOf(messageId: string, pointer: string, range: SourceRange): string {
  return `${messageId} ${pointer} ${range.line}:${range.column}-${range.endLine}:${range.endColumn}`;
}

/** Findings reduced to what most tests assert: message id, line, column (findings at one position sorted by id). */
export function brief(findings: RuleFinding[]): { messageId: string; line: number; column: number }[] {
  return findings
    .map(({ messageId, line, column }) => ({ messageId, line, column }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId));
}

/** Asserts the rule finds nothing, and shows what it found if it did. */
export function expectClean<Options>(rule: Rule<Options>, text: string, options: Partial<Options> = {}): void {
  expect(lint(rule, text, options).map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`)).toEqual([]);
}

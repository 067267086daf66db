/**
 * Runs one rule over agreement text and returns what it found, with positions, so rule tests read as
 * "this document → these findings at these lines and columns".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { loadAgreementText } from '../../src/agreement.js';
import type { SourceRange } from '../../src/diagnostics.js';
import type { ParsedSource } from '../../src/load/parse-yaml.js';
import type { Agreement } from '../../src/model/agreement.js';
import type { FindingReport, Rule, RuleContext, TextField } from '../../src/lint/types.js';

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
  let result = text;
  for (const [search, replacement] of edits) {
    const before = result;
    result = result.replace(search, replacement);
    if (result === before) throw new Error(`fixture edit did not apply: ${String(search)}`);
  }
  return result;
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

// Fields that hold identifiers, enums, dates, durations or contact details rather than prose.
const NOT_PROSE = new Set([
  '$schema', 'slaVersion', 'kind', 'id', 'version', 'status', 'locale', 'effectiveDate', 'renewal', 'category', 'coverage',
  'environment', 'ownedBy', 'calendar', 'hours', 'timezone', 'within', 'every', 'date', 'serviceTier', 'supportHours',
  'reporting', 'frequency', 'type', 'metric', 'per', 'currency', 'email', 'phone', 'party', 'roles', 'severities', 'days',
  'open', 'measurementWindow', 'monthConvention',
]);

/** Best-effort positions inside a scalar: exact for one-line plain and quoted scalars, searched for in block scalars. */
function fieldRange(source: ParsedSource, pointer: string, text: string): (start: number, end: number) => SourceRange {
  const value = source.sourceMap.rangeOf(pointer);
  const lines = source.text.split('\n');
  return (start, end) => {
    if (value.line === value.endLine) {
      const raw = lines[value.line - 1]!.slice(value.column - 1, value.endColumn - 1);
      const offset = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
      if (raw.slice(offset, offset + text.length) === text) {
        return { line: value.line, column: value.column + offset + start, endLine: value.line, endColumn: value.column + offset + end };
      }
    }
    const words = text.slice(start, end);
    for (let line = value.line; line <= value.endLine; line++) {
      const column = lines[line - 1]!.indexOf(words);
      if (column !== -1) return { line, column: column + 1, endLine: line, endColumn: column + 1 + words.length };
    }
    return value;
  };
}

function collectTextFields(source: ParsedSource): TextField[] {
  const fields: TextField[] = [];
  const visit = (value: unknown, pointer: string, key: string | undefined): void => {
    if (typeof value === 'string') {
      if (key === undefined || !NOT_PROSE.has(key)) fields.push({ pointer, text: value, rangeOf: fieldRange(source, pointer, value) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${pointer}/${index}`, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, k);
    }
  };
  visit(source.data, '', undefined);
  return fields;
}

function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/**
 * Loads `text` and runs `rule` with its default options merged with `options`. The document must be valid
 * (fixtures are valid agreements with a drafting mistake), unless the rule is a text rule.
 */
export function lint<Options>(rule: Rule<Options>, text: string, options: Partial<Options> = {}): RuleFinding[] {
  const loaded = loadAgreementText(text, 'fixture.sla.yaml');
  if (!loaded.ok && rule.meta.kind !== 'text') {
    throw new Error(`fixture is not a valid agreement:\n${loaded.diagnostics.map((d) => `${d.range.line}:${d.range.column} ${d.message}`).join('\n')}`);
  }
  const findings: RuleFinding[] = [];
  let fields: TextField[] | undefined;
  const context: RuleContext<Options> = {
    agreement: loaded.agreement as Agreement,
    source: loaded.source,
    options: { ...(rule.meta.defaultOptions as Options), ...options },
    textFields: () => (fields ??= collectTextFields(loaded.source)),
    report(finding: FindingReport) {
      const template = rule.meta.messages[finding.messageId];
      if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id ${finding.messageId}`);
      const range = finding.range ?? loaded.source.sourceMap.rangeOf(finding.pointer, finding.at ?? 'value');
      findings.push({ messageId: finding.messageId, message: format(template, finding.data), pointer: finding.pointer, data: finding.data ?? {}, ...range });
    },
  };
  rule.check(context);
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Findings reduced to what most tests assert: message id, line, column. */
export function brief(findings: RuleFinding[]): { messageId: string; line: number; column: number }[] {
  return findings.map(({ messageId, line, column }) => ({ messageId, line, column }));
}

/** Asserts the rule finds nothing, and shows what it found if it did. */
export function expectClean<Options>(rule: Rule<Options>, text: string, options: Partial<Options> = {}): void {
  expect(lint(rule, text, options).map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`)).toEqual([]);
}

import type { LintResult } from '../lint/engine.js';
import { jsonText } from './json-text.js';
import type { Formatter } from './types.js';

function fileReport(result: LintResult) {
  return {
    file: result.file,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      pointer: f.pointer,
      messageId: f.messageId,
      docsUrl: f.docsUrl,
    })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    suppressedCount: result.suppressed.length,
  };
}

/**
 * `JSON.stringify(report, null, 2)` one file at a time: each file's object is indented one level deeper, which is
 * safe line by line because JSON strings never hold a raw line break. `jsonText` also escapes the C1 and bidi
 * controls JSON would write raw.
 */
function* jsonPieces(results: readonly LintResult[]): Generator<string> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (const [index, result] of results.entries()) {
    const indented = jsonText(fileReport(result), 2).replace(/\n/g, '\n  ');
    yield `  ${indented}${index === results.length - 1 ? '\n' : ',\n'}`;
  }
  yield ']\n';
}

/**
 * For programs: `[{ file, findings: [{ ruleId, severity, message, line, column, endLine, endColumn, pointer,
 * messageId, docsUrl }], errorCount, warningCount, infoCount, suppressedCount }]` (docs/lint.md lists the fields).
 */
export const json: Formatter = Object.assign((results: readonly LintResult[]) => [...jsonPieces(results)].join(''), { pieces: jsonPieces });

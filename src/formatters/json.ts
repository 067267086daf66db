import type { Formatter } from './types.js';

/**
 * For programs: `[{ file, findings: [{ ruleId, severity, message, line, column, endLine, endColumn, pointer,
 * messageId, docsUrl }], errorCount, warningCount, infoCount, suppressedCount }]` (docs/lint.md lists the fields).
 */
export const json: Formatter = (results) => {
  const report = results.map((result) => ({
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
  }));
  return `${JSON.stringify(report, null, 2)}\n`;
};

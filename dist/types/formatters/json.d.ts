import type { Formatter } from './types.js';
/**
 * For programs: `[{ file, findings: [{ ruleId, severity, message, line, column, endLine, endColumn, pointer,
 * messageId, docsUrl }], errorCount, warningCount, infoCount, suppressedCount }]` (docs/lint.md lists the fields).
 */
export declare const json: Formatter;

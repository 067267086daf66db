/** Lint findings as LSP diagnostics: exact ranges, severity, the rule id as `code` and its docs page. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, RuleSeverity } from '../lint/types.js';
import type { DocumentLint } from './document-linter.js';
import { singleFix, type QuickFix } from './quick-fixes.js';
import { toLspRange } from './ranges.js';

const SEVERITY: Record<RuleSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries back to the server in code-action requests (LSP `data`). */
export interface DiagnosticData {
  ruleId: string;
  messageId: string;
  fix?: QuickFix;
}

export const DIAGNOSTIC_SOURCE = 'sla';

export function toDiagnostic(finding: Finding, text: string): Diagnostic {
  const fix = singleFix(finding, text);
  const data: DiagnosticData = { ruleId: finding.ruleId, messageId: finding.messageId, ...(fix && { fix }) };
  return {
    range: toLspRange(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

/** Every diagnostic for a document; a config that cannot be used is one error at the top, naming it. */
export function documentDiagnostics(outcome: DocumentLint, text: string): Diagnostic[] {
  if (outcome.configProblem) {
    const { file, range, message } = outcome.configProblem;
    return [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'config',
      source: DIAGNOSTIC_SOURCE,
      message: `the lint config ${file}:${range.line}:${range.column} cannot be used, so nothing was checked: ${message}`,
    }];
  }
  return outcome.findings.map((finding) => toDiagnostic(finding, text));
}

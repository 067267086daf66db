import type { RuleSeverity } from '../lint/types.js';
import { relativePath, type Formatter } from './types.js';
import { xmlAttribute } from './xml-text.js';

// Checkstyle's own severities are error, warning, info (and ignore): sla's map one to one.
const SEVERITY: Record<RuleSeverity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * Checkstyle XML, which Jenkins (Warnings Next Generation), reviewdog, SonarQube and most code-review bots read:
 * `<checkstyle version="4.3">`, one `<file>` per linted file (an empty one for a clean file, so it shows as
 * checked), one `<error>` per finding with line, column, severity, the message and `source="sla.rules.<rule-id>"`.
 * As ESLint's checkstyle formatter does, the message ends with the rule id in parentheses. Paths are relative to
 * the working directory, with forward slashes. Suppressed findings are left out.
 */
export const checkstyle: Formatter = (results, { cwd }) => {
  const files = results.map((result) => {
    const errors = result.findings.map((f) => {
      const attributes = [
        `line="${f.line}"`,
        `column="${f.column}"`,
        `severity="${SEVERITY[f.severity]}"`,
        `message="${xmlAttribute(`${f.message} (${f.ruleId})`)}"`,
        `source="${xmlAttribute(`sla.rules.${f.ruleId}`)}"`,
      ].join(' ');
      return `    <error ${attributes} />`;
    });
    return [`  <file name="${xmlAttribute(relativePath(result.file, cwd))}">`, ...errors, '  </file>'].join('\n');
  });
  return ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">', ...files, '</checkstyle>', ''].join('\n');
};

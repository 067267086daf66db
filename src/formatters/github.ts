import type { RuleSeverity } from '../lint/types.js';
import { showText } from './visible-text.js';
import { relativePath, type Formatter } from './types.js';

const COMMAND: Record<RuleSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping for a workflow command's message (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  // Actions logs render ANSI escapes, so other control characters (and bidi controls) are shown, not sent.
  return showText(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escaping for a workflow command's property values (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff,
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 */
export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(relativePath(f.file, cwd))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`sla ${f.ruleId}`)}`,
      ].join(',');
      lines.push(`::${COMMAND[f.severity]} ${properties}::${escapeData(`${f.message} (${f.ruleId}: ${f.docsUrl})`)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

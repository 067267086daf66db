import type { Finding, RuleSeverity } from '../lint/types.js';
import type { Formatter } from './types.js';
import { showControlCharacters } from '../util/control-characters.js';

const LABEL: Record<RuleSeverity, string> = { error: 'error', warning: 'warning', info: 'info' };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * For people at a terminal: findings grouped by file, one line each (`line:col  severity  message  rule-id`),
 * columns aligned, then a summary line. Prints nothing when there is nothing to say.
 */
export const stylish: Formatter = (results, { color }) => {
  const colorOf = { error: color.red, warning: color.yellow, info: color.blue };
  const blocks: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    const rows = result.findings.map((f: Finding) => [`${f.line}:${f.column}`, LABEL[f.severity], showControlCharacters(f.message.replace(/\s*\n\s*/g, ' ')), f.ruleId] as const);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
    const lines = rows.map(([where, severity, message, ruleId], index) => {
      const paint = colorOf[result.findings[index]!.severity];
      return `  ${color.dim(where.padEnd(widths[0]!))}  ${paint(severity.padEnd(widths[1]!))}  ${message.padEnd(widths[2]!)}  ${color.dim(ruleId)}`.trimEnd();
    });
    blocks.push(`${color.underline(showControlCharacters(result.file))}\n${lines.join('\n')}\n`);
  }
  if (blocks.length === 0) return '';
  const total = errors + warnings + infos;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [`${infos} info`] : [])];
  const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
  const paint = errors > 0 ? color.red.bold : warnings > 0 ? color.yellow.bold : color.blue.bold;
  return `\n${blocks.join('\n')}\n${paint(summary)}\n`;
};

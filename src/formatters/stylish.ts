import type { Finding, RuleSeverity } from '../lint/types.js';
import type { Formatter } from './types.js';
import { showText } from './visible-text.js';

const LABEL: Record<RuleSeverity, string> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * The widest the message column is padded to. ESLint's stylish pads every message of a file to the longest one
 * (text-table), which turns one 470-character message into 470 columns of spaces after every short one. Here a
 * message longer than this is written as it is, with the rule id after it, and does not widen the column for the
 * others: short messages still line up, long ones wrap in the terminal as they would anyway.
 */
export const MESSAGE_COLUMN_MAX = 80;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * For people at a terminal: findings grouped by file, one line each (`line:col  severity  message  rule-id`),
 * columns aligned (the message column at most `MESSAGE_COLUMN_MAX` wide), then a summary line. Prints nothing when
 * there is nothing to say.
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
    const rows = result.findings.map((f: Finding) => [`${f.line}:${f.column}`, LABEL[f.severity], showText(f.message.replace(/\s*\n\s*/g, ' ')), f.ruleId] as const);
    // Reduced rather than spread into Math.max: a file with 100,000 findings would overflow the call stack.
    const widest = (lengths: readonly number[]) => lengths.reduce((most, length) => Math.max(most, length), 0);
    const widths = [0, 1].map((i) => widest(rows.map((row) => row[i]!.length)));
    // The longest message that fits the cap sets the column; longer ones overflow it without padding the rest.
    widths.push(widest(rows.map((row) => row[2].length).filter((length) => length <= MESSAGE_COLUMN_MAX)));
    const lines = rows.map(([where, severity, message, ruleId], index) => {
      const paint = colorOf[result.findings[index]!.severity];
      return `  ${color.dim(where.padEnd(widths[0]!))}  ${paint(severity.padEnd(widths[1]!))}  ${message.padEnd(widths[2]!)}  ${color.dim(ruleId)}`.trimEnd();
    });
    blocks.push(`${color.underline(showText(result.file))}\n${lines.join('\n')}\n`);
  }
  if (blocks.length === 0) return '';
  const total = errors + warnings + infos;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [`${infos} info`] : [])];
  const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
  const paint = errors > 0 ? color.red.bold : warnings > 0 ? color.yellow.bold : color.blue.bold;
  return `\n${blocks.join('\n')}\n${paint(summary)}\n`;
};

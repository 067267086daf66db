// The job summary of the lint step: a one-line verdict and a table of findings, in GitHub-flavoured Markdown.
import path from 'node:path';

/** At most this many rows, so a summary stays readable (and under GitHub's 1 MiB per step). */
export const MAX_ROWS = 200;

/** Text safe inside a Markdown table cell: no line breaks, no pipes, no HTML. */
export function cell(text) {
  return String(text).replace(/\r\n?|\n/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}

const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export function findingsSummary(results, { cwd, exitCode, failOn }) {
  const lines = ['## sla lint', ''];
  if (exitCode === 2 && results.length === 0) {
    lines.push('sla could not lint the agreements; the step log says why.', '');
    return lines.join('\n');
  }
  const findings = results.flatMap((r) => r.findings.map((f) => ({ ...f, file: r.file })));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.length - errors - warnings;
  const withFindings = results.filter((r) => r.findings.length > 0).length;
  if (findings.length === 0) {
    lines.push(`No findings in ${plural(results.length, 'agreement')}.`, '');
    return lines.join('\n');
  }
  const verdict = errors > 0 ? '❌' : warnings > 0 ? '⚠️' : 'ℹ️';
  lines.push(`${verdict} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'note')} in ${withFindings} of ${plural(results.length, 'agreement')}` +
    (failOn === 'never' ? ' (findings do not fail this job)' : '') + '.', '');
  lines.push('| Where | Severity | Rule | Finding |', '| --- | --- | --- | --- |');
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity] || a.file.localeCompare(b.file) || a.line - b.line);
  for (const f of sorted.slice(0, MAX_ROWS)) {
    const where = `${path.relative(cwd, path.resolve(cwd, f.file)).split(path.sep).join('/')}:${f.line}:${f.column}`;
    const rule = f.docsUrl ? `[${cell(f.ruleId)}](${f.docsUrl})` : cell(f.ruleId);
    lines.push(`| \`${cell(where)}\` | ${f.severity} | ${rule} | ${cell(f.message)} |`);
  }
  if (sorted.length > MAX_ROWS) lines.push('', `…and ${plural(sorted.length - MAX_ROWS, 'more finding')}; the annotations and the SARIF report list every one.`);
  lines.push('');
  return lines.join('\n');
}

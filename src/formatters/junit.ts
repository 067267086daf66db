import type { LintResult } from '../lint/engine.js';
import type { Finding } from '../lint/types.js';
import type { Formatter } from './types.js';
import { showText } from './visible-text.js';

// Characters XML 1.0 cannot carry at all, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Text from the agreement is shown on one line with visible escapes (`\n`, `\x1b`, `\u202e`), as every format shows
// it: a JUnit report is printed by CI reporters, where a raw line break could forge a line of the log.
function escapeXml(text: string): string {
  return showText(text).replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function cdata(text: string): string {
  return `<![CDATA[${showText(text).replace(INVALID_XML, '').split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/**
 * The `classname` of a test case: the file path with its dots as underscores (`agreements/acme.sla.yaml` →
 * `agreements/acme_sla_yaml`). Jenkins reads a classname as `package.Class` and splits it at the last dot, so the
 * raw path would show as class `yaml` in package `agreements/acme.sla`; the file's name is the grouping users look
 * for (one suite per file), so it stays the class, only dot-free. The real path is in the `file` attribute, which
 * GitLab and the GitHub test-report actions read to link a case to its file.
 */
export function junitClassname(file: string): string {
  return file.replace(/\./g, '_');
}

function detail(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} (${finding.ruleId}, ${finding.docsUrl})`;
}

function openCase(name: string, file: string, line?: number): string {
  return `    <testcase time="0" name="${escapeXml(name)}" classname="${escapeXml(junitClassname(file))}" file="${escapeXml(file)}"${line === undefined ? '' : ` line="${line}"`}`;
}

/**
 * An error is a failing test case. A warning or an info is a passing one with the finding as its `<system-out>`:
 * it does not fail the build (`--max-warnings` decides that), so a CI test tab must not show the run red, while
 * Jenkins, GitLab and the GitHub test-report actions still show the note on the passed case.
 */
function testcase(finding: Finding): string {
  const name = `${finding.ruleId} at ${finding.line}:${finding.column}`;
  const body = finding.severity === 'error'
    ? `      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${cdata(detail(finding))}</failure>`
    : `      <system-out>${cdata(detail(finding))}</system-out>`;
  return [`${openCase(name, finding.file, finding.line)}>`, body, '    </testcase>'].join('\n');
}

function failures(result: LintResult): number {
  return result.findings.filter((finding) => finding.severity === 'error').length;
}

/**
 * JUnit XML for CI test reporters (Jenkins, GitLab, Azure): one test suite per file, one test case per finding —
 * failing for an error, passing with the finding as `<system-out>` for a warning or info — and one passing case
 * for a clean file so it shows up as checked.
 */
export const junit: Formatter = (results) => {
  const suites = results.map((result) => {
    const cases = result.findings.length > 0
      ? result.findings.map(testcase)
      : [`${openCase('sla lint', result.file)} />`];
    const tests = Math.max(1, result.findings.length);
    return [
      `  <testsuite name="${escapeXml(result.file)}" tests="${tests}" failures="${failures(result)}" errors="0" time="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failed = results.reduce((n, r) => n + failures(r), 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="sla lint" tests="${tests}" failures="${failed}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

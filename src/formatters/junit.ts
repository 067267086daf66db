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

function testcase(finding: Finding): string {
  const detail = `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} (${finding.ruleId}, ${finding.docsUrl})`;
  return [
    `    <testcase time="0" name="${escapeXml(`${finding.ruleId} at ${finding.line}:${finding.column}`)}" classname="${escapeXml(finding.file)}">`,
    `      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${cdata(detail)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/**
 * JUnit XML for CI test reporters (Jenkins, GitLab, Azure): one test suite per file, one failing test case per
 * finding, and one passing case for a clean file so it shows up as checked.
 */
export const junit: Formatter = (results) => {
  const suites = results.map((result) => {
    const cases = result.findings.length > 0
      ? result.findings.map(testcase)
      : [`    <testcase time="0" name="sla lint" classname="${escapeXml(result.file)}" />`];
    const tests = Math.max(1, result.findings.length);
    return [
      `  <testsuite name="${escapeXml(result.file)}" tests="${tests}" failures="${result.findings.length}" errors="0" time="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="sla lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

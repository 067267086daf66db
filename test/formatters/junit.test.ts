import { Chalk } from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FormatterContext } from '../../src/formatters/index.js';
import { junit, junitClassname } from '../../src/formatters/junit.js';
import type { LintResult } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/types.js';
import { ROOT } from '../helpers/example.js';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'vague-wording',
    messageId: 'vague',
    severity: 'warning',
    message: '"promptly" says no time; name one',
    file: 'agreements/acme.sla.yaml',
    pointer: '/severityLevels/0/definition',
    line: 12,
    column: 17,
    endLine: 12,
    endColumn: 25,
    docsUrl: 'https://github.com/sla-as-code/sla/blob/main/docs/rules/vague-wording.md',
    ...overrides,
  };
}

function result(file: string, findings: Finding[], suppressed: Finding[] = []): LintResult {
  return {
    file,
    findings,
    suppressed,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    ruleFailures: [],
  };
}

const results: LintResult[] = [
  result('agreements/acme.sla.yaml', [
    finding({ ruleId: 'schema', messageId: 'unknown-field', severity: 'error', message: 'unknown field `severty`, did you mean `severity`?', line: 3, column: 1, endLine: 3, endColumn: 8, pointer: '/severty' }),
    finding({}),
    finding({ ruleId: 'no-placeholders', severity: 'info', message: 'TODO: "a, b: <c> & ]]> 100%"\nsecond line', line: 20, column: 5, endLine: 21, endColumn: 2 }),
  ], [finding({ line: 30, suppressed: { reason: 'agreed with counsel' } })]),
  result('agreements/clean.sla.yaml', []),
];

const context: FormatterContext = { cwd: ROOT, color: new Chalk({ level: 0 }), toolVersion: '0.1.0', rules: [] };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' });

describe('junit', () => {
  it('is well-formed XML: one suite per file, an error fails, a warning or info passes with the finding as system-out', () => {
    const xml = junit(results, context);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.testsuites).toMatchObject({ name: 'sla lint', tests: '4', failures: '1', errors: '0' });
    const [acme, clean] = doc.testsuites.testsuite;
    expect(acme).toMatchObject({ name: 'agreements/acme.sla.yaml', tests: '3', failures: '1' });
    const [error, warning, info] = acme.testcase;
    expect(error).toMatchObject({ name: 'schema at 3:1', failure: { type: 'error', message: 'unknown field `severty`, did you mean `severity`?' } });
    expect(warning.failure).toBeUndefined();
    expect(warning['system-out']).toBe('agreements/acme.sla.yaml:12:17 warning "promptly" says no time; name one (vague-wording, https://github.com/sla-as-code/sla/blob/main/docs/rules/vague-wording.md)');
    expect(info.failure).toBeUndefined();
    // A line break is shown as `\n` (docs/lint.md, "Control characters in output"), and `]]>` survives CDATA.
    expect(info['system-out']).toContain('info TODO: "a, b: <c> & ]]> 100%"\\nsecond line (no-placeholders,');
    expect(clean).toMatchObject({ name: 'agreements/clean.sla.yaml', tests: '1', failures: '0' });
    expect(clean.testcase[0].failure).toBeUndefined();
  });

  it('a run with only warnings has no failures at all', () => {
    const doc = parser.parse(junit([result('a.sla.yaml', [finding({}), finding({ severity: 'info' })])], context));
    expect(doc.testsuites).toMatchObject({ tests: '2', failures: '0' });
    expect(doc.testsuites.testsuite[0]).toMatchObject({ tests: '2', failures: '0' });
  });

  it('classname has no dots (Jenkins splits package.Class at the last one); the real path is in `file`', () => {
    expect(junitClassname('agreements/v1.2/acme.sla.yaml')).toBe('agreements/v1_2/acme_sla_yaml');
    const doc = parser.parse(junit(results, context));
    for (const suite of doc.testsuites.testsuite) {
      for (const testcase of suite.testcase) {
        expect(testcase.classname).not.toContain('.');
        expect(testcase.file).toBe(suite.name);
      }
    }
    expect(doc.testsuites.testsuite[0].testcase[1]).toMatchObject({ classname: 'agreements/acme_sla_yaml', line: '12' });
  });

  it('shows control characters as escapes, and drops the characters XML cannot carry', () => {
    const xml = junit([result('a.sla.yaml', [finding({ severity: 'error', message: 'bell \u0007 here \uFFFE.' })])], context);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).testsuites.testsuite[0].testcase[0].failure.message).toBe('bell \\x07 here .');
  });
});

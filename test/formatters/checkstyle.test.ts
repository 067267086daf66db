/** `--format checkstyle`: Checkstyle XML for Jenkins (Warnings NG), reviewdog and other review tools. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { FORMAT_NAMES, type FormatterContext } from '../../src/formatters/index.js';
import { xmlAttribute } from '../../src/formatters/xml-text.js';
import type { LintResult } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/types.js';
import { runCli } from '../helpers/cli.js';
import { editExample, ROOT } from '../helpers/example.js';

const cwd = path.join(ROOT, 'work');
const context: FormatterContext = { cwd, color: new Chalk({ level: 0 }), rules: [], toolVersion: '0.1.0' };

// Raw control characters (C0 but tab and LF, DEL, C1, bidi, U+2028/9): none may reach the XML.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

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

const HOSTILE = `TODO: <b>&amp; "quoted" 'single' ]]> \u001b[2J\u202e\r\n<error line="1"/>\ttab`;

const acme = path.join(cwd, 'agreements/acme.sla.yaml');
const results: LintResult[] = [
  result(acme, [
    finding({ file: acme, ruleId: 'schema', messageId: 'unknown-field', severity: 'error', message: 'unknown field `severty`', line: 3, column: 1 }),
    finding({ file: acme }),
    finding({ file: acme, ruleId: 'no-placeholders', messageId: 'placeholder', severity: 'info', message: HOSTILE, line: 20, column: 5 }),
  ], [finding({ file: acme, line: 30, suppressed: { reason: 'agreed' } })]),
  result(path.join(cwd, 'R&D <draft>.sla.yaml'), [finding({ file: path.join(cwd, 'R&D <draft>.sla.yaml') })]),
  result('agreements/clean.sla.yaml', []),
];

interface ErrorElement { line: string; column: string; severity: string; message: string; source: string }
interface FileElement { name: string; error?: ErrorElement[] }

function parse(xml: string): { version: string; file: FileElement[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => name === 'file' || name === 'error',
  });
  return parser.parse(xml).checkstyle;
}

describe('checkstyle', () => {
  it('is registered', () => {
    expect(FORMAT_NAMES).toContain('checkstyle');
  });

  it('writes <checkstyle version="4.3"> with one <file> per linted file and one <error> per counted finding', () => {
    const xml = checkstyle(results, context);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n')).toBe(true);
    expect(xml.endsWith('</checkstyle>\n')).toBe(true);
    const report = parse(xml);
    expect(report.version).toBe('4.3');
    expect(report.file.map((f) => f.name)).toEqual(['agreements/acme.sla.yaml', 'R&D <draft>.sla.yaml', 'agreements/clean.sla.yaml']);
    const [first, second, clean] = report.file;
    expect(first!.error).toHaveLength(3); // the suppressed finding is left out
    expect(first!.error![0]).toEqual({ line: '3', column: '1', severity: 'error', message: 'unknown field `severty` (schema)', source: 'sla.rules.schema' });
    expect(first!.error![1]).toEqual({ line: '12', column: '17', severity: 'warning', message: '"promptly" says no time; name one (vague-wording)', source: 'sla.rules.vague-wording' });
    expect(second!.error).toHaveLength(1);
    expect(clean!.error).toBeUndefined();
  });

  it('maps error, warning and info to the Checkstyle severities of the same names', () => {
    const severities = parse(checkstyle(results, context)).file.flatMap((f) => f.error ?? []).map((e) => e.severity);
    expect(severities).toEqual(['error', 'warning', 'info', 'warning']);
  });

  it('escapes <&>"\' and shows control characters as visible escapes: one line per finding, and parses back', () => {
    const xml = checkstyle(results, context);
    expect(xml).not.toMatch(RAW);
    expect(xml).toContain('message="TODO: &lt;b&gt;&amp;amp; &quot;quoted&quot; &apos;single&apos; ]]&gt; \\x1b[2J\\u202e\\r\\n&lt;error line=&quot;1&quot;/&gt;&#9;tab (no-placeholders)"');
    expect(xml).toContain('<file name="R&amp;D &lt;draft&gt;.sla.yaml">');
    // Exactly the lines the same report has without the hostile text.
    const plain = checkstyle(results.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, message: 'x' })) })), context);
    expect(xml.split('\n')).toHaveLength(plain.split('\n').length);
    const hostile = parse(xml).file[0]!.error![2]!;
    expect(hostile.message).toBe(`TODO: <b>&amp; "quoted" 'single' ]]> \\x1b[2J\\u202e\\r\\n<error line="1"/>\ttab (no-placeholders)`);
  });

  it('writes an empty report for no files', () => {
    expect(parse(checkstyle([], context))).toEqual({ version: '4.3' });
  });
});

describe('xmlAttribute', () => {
  it.each([
    [`<&>"'`, '&lt;&amp;&gt;&quot;&apos;'],
    ['a\u0000b\u001fc\u007fd', 'a\\x00b\\x1fc\\x7fd'],
    ['line\nbreak\r', 'line\\nbreak\\r'],
    ['tab\there', 'tab&#9;here'],
    ['\ufffe\uffff', ''],
    ['Zoë – “quoted”', 'Zoë – “quoted”'],
  ])('%j → %j', (input, expected) => {
    expect(xmlAttribute(input)).toBe(expected);
  });
});

describe('sla lint --format checkstyle', () => {
  it('writes Checkstyle XML for a real run, with paths relative to the working directory', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sla-checkstyle-'));
    mkdirSync(path.join(root, 'agreements'));
    writeFileSync(path.join(root, 'agreements/acme.sla.yaml'), editExample([[/(definition: A major function of the assistant fails)/, '$1; fixed promptly']]));
    const run = await runCli(['lint', '--format', 'checkstyle'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = parse(run.stdout);
    expect(report.file.map((f) => f.name)).toEqual(['agreements/acme.sla.yaml']);
    expect(report.file[0]!.error!.map((e) => [e.severity, e.source])).toEqual([['warning', 'sla.rules.vague-wording']]);
  });

  it('is among the formats the CLI offers', async () => {
    const run = await runCli(['lint', '--format', 'chekstyle'], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('checkstyle');
  });
});

import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import type { FormatterContext } from '../../src/formatters/index.js';
import { json } from '../../src/formatters/json.js';
import { sarif } from '../../src/formatters/sarif.js';
import { MESSAGE_COLUMN_MAX, stylish } from '../../src/formatters/stylish.js';
import type { LintResult } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/types.js';
import { ROOT } from '../helpers/example.js';
import { sarifValidator } from './sarif-validator.js';

const cwd = path.join(ROOT, 'work');

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
    finding({ ruleId: 'schema', messageId: 'unknown-field', severity: 'error', message: 'unknown field `severty`, did you mean `severity`?', line: 3, column: 1, endLine: 3, endColumn: 8, pointer: '/severty', docsUrl: 'https://github.com/sla-as-code/sla/blob/main/docs/lint.md#schema-findings' }),
    finding({}),
    finding({ ruleId: 'no-placeholders', severity: 'info', message: 'TODO: "a, b: <c> & ]]> 100%"\nsecond line', line: 20, column: 5, endLine: 21, endColumn: 2 }),
  ], [finding({ line: 30, suppressed: { reason: 'agreed with counsel' } })]),
  result('agreements/clean.sla.yaml', []),
];

const context: FormatterContext = {
  cwd,
  color: new Chalk({ level: 0 }),
  toolVersion: '0.1.0',
  rules: [
    { id: 'schema', description: 'Valid agreement.', defaultSeverity: 'error', docsUrl: 'https://github.com/sla-as-code/sla/blob/main/docs/lint.md#schema-findings' },
    { id: 'vague-wording', description: 'Vague words.', defaultSeverity: 'warning', docsUrl: 'https://github.com/sla-as-code/sla/blob/main/docs/rules/vague-wording.md', category: 'wording' },
    { id: 'no-placeholders', description: 'TODOs.', defaultSeverity: 'error', docsUrl: 'https://github.com/sla-as-code/sla/blob/main/docs/rules/no-placeholders.md', category: 'hygiene' },
  ],
};

describe('stylish', () => {
  const output = stylish(results, context);

  it('groups by file, one aligned line per finding, and ends with a summary', () => {
    const lines = output.split('\n');
    expect(lines).toContain('agreements/acme.sla.yaml');
    expect(lines.find((l) => l.includes('vague-wording'))).toMatch(/^ {2}12:17 +warning +"promptly" says no time; name one +vague-wording$/);
    expect(lines.find((l) => l.includes('schema'))).toMatch(/^ {2}3:1 +error +unknown field/);
    expect(output).not.toContain('clean.sla.yaml');
    expect(output.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (1 error, 1 warning, 1 info)');
  });

  it('keeps each finding on one line, even for a message with a line break', () => {
    expect(output).toContain('TODO: "a, b: <c> & ]]> 100%" second line');
  });

  it('colours severities when the stream supports colour', () => {
    const coloured = stylish(results, { ...context, color: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
  });

  it('shows control characters quoted from the agreement as text, never sends them to the terminal', () => {
    const hostile = stylish([result('evil\u001b]0;x\u0007.sla.yaml', [finding({ message: 'unknown field `\u001b[2J\u009b31m`' })])], context);
    expect(hostile).toContain('evil\\x1b]0;x\\x07.sla.yaml');
    expect(hostile).toContain('unknown field `\\x1b[2J\\x9b31m`');
    expect(hostile).not.toMatch(/[\u001b\u0007\u009b]/);
  });

  it('does not pad short messages to a very long one: the message column is capped', () => {
    const long = `the definition of \`high\` ${'is long '.repeat(58)}`.trim();
    expect(long.length).toBeGreaterThan(400);
    const lines = stylish([result('a.sla.yaml', [
      finding({ message: 'short message', line: 1, column: 1 }),
      finding({ message: 'a somewhat longer message that still fits', line: 2, column: 1 }),
      finding({ message: long, line: 3, column: 1 }),
    ])], context).split('\n');
    const short = lines.find((l) => l.includes('short message'))!;
    const fits = lines.find((l) => l.includes('still fits'))!;
    const overflowing = lines.find((l) => l.includes('is long'))!;
    // The short and the fitting message line up on the rule id; the long one is not padded and pads nothing.
    expect(short.indexOf('vague-wording')).toBe(fits.indexOf('vague-wording'));
    expect(short.length).toBeLessThan(100);
    expect(overflowing).toBe(`  3:1  warning  ${long}  vague-wording`);
  });

  it('pads messages up to MESSAGE_COLUMN_MAX wide to align the rule ids', () => {
    const atCap = 'x'.repeat(MESSAGE_COLUMN_MAX);
    const lines = stylish([result('a.sla.yaml', [finding({ message: 'short', line: 1, column: 1 }), finding({ message: atCap, line: 2, column: 1 })])], context).split('\n');
    const [short, wide] = [lines.find((l) => l.includes('short'))!, lines.find((l) => l.includes(atCap))!];
    expect(short.indexOf('vague-wording')).toBe(wide.indexOf('vague-wording'));
  });

  it('prints nothing when nothing was found', () => {
    expect(stylish([result('a.sla.yaml', [])], context)).toBe('');
  });
});

describe('json', () => {
  it('has the documented shape', () => {
    const report = JSON.parse(json(results, context));
    expect(report).toHaveLength(2);
    expect(report[0]).toEqual({
      file: 'agreements/acme.sla.yaml',
      findings: expect.any(Array),
      errorCount: 1,
      warningCount: 1,
      infoCount: 1,
      suppressedCount: 1,
    });
    expect(Object.keys(report[0].findings[1])).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'pointer', 'messageId', 'docsUrl']);
    expect(report[1]).toMatchObject({ file: 'agreements/clean.sla.yaml', findings: [], errorCount: 0 });
  });

  it('comes in pieces, one per file, that add up to JSON.stringify of the whole report', () => {
    const text = json(results, context);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const pieces = [...json.pieces!(results, context)];
    expect(pieces).toHaveLength(results.length + 2);
    expect(pieces.join('')).toBe(text);
    expect(json([], context)).toBe('[]\n');
  });
});

describe('sarif', () => {
  const validate = sarifValidator();

  it('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(sarif(results, context));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('describes every rule with its docs page and reports results with level, region and a relative URI', () => {
    const log = JSON.parse(sarif(results, context));
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.rules.map((r: { id: string; helpUri: string }) => [r.id, r.helpUri])).toEqual(context.rules.map((r) => [r.id, r.docsUrl]));
    expect(run.results[1]).toMatchObject({
      ruleId: 'vague-wording',
      ruleIndex: 1,
      level: 'warning',
      message: { text: '"promptly" says no time; name one' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'agreements/acme.sla.yaml' }, region: { startLine: 12, startColumn: 17, endLine: 12, endColumn: 25 } } }],
    });
    expect(run.results[2].level).toBe('note');
  });

  it('keeps suppressed findings, marked as suppressed in source with the reason', () => {
    const run = JSON.parse(sarif(results, context)).runs[0];
    const suppressed = run.results.filter((r: { suppressions?: unknown }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', justification: 'agreed with counsel' }]);
  });

  it('encodes unusual file names as URI references', () => {
    const log = JSON.parse(sarif([result('drafts/acme corp #2.sla.yaml', [finding({ file: 'drafts/acme corp #2.sla.yaml' })])], context));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('drafts/acme%20corp%20%232.sla.yaml');
    expect(validate(log)).toBe(true);
  });

  it('is valid with no results at all', () => {
    expect(validate(JSON.parse(sarif([], context)))).toBe(true);
  });
});

describe('github', () => {
  it('writes one workflow command per finding, with position and title', () => {
    const lines = github(results, context).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('::error file=agreements/acme.sla.yaml,line=3,col=1,endLine=3,endColumn=8,title=sla schema::unknown field `severty`, did you mean `severity`? (schema: https://github.com/sla-as-code/sla/blob/main/docs/lint.md#schema-findings)');
    expect(lines[1]).toMatch(/^::warning file=agreements\/acme\.sla\.yaml,line=12,col=17,endLine=12,endColumn=25,title=sla vague-wording::/);
    expect(lines[2]).toMatch(/^::notice /);
    expect(lines[2]).toContain('100%25"%0Asecond line');
  });

  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    // Actions logs render ANSI colours: an escape sequence from the agreement is shown as text.
    expect(escapeData('`\u001b[31mred`')).toBe('`\\x1b[31mred`');
    const line = github([result('dir/x,y:z.sla.yaml', [finding({ file: 'dir/x,y:z.sla.yaml' })])], context);
    expect(line).toContain('file=dir/x%2Cy%3Az.sla.yaml,');
  });

  it('prints nothing when nothing was found', () => {
    expect(github([result('a.sla.yaml', [])], context)).toBe('');
  });
});

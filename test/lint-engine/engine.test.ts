import { describe, expect, it } from 'vitest';
import { DIRECTIVE_RULE_ID, lintText, ruleDocsUrl, SCHEMA_RULE_ID } from '../../src/lint/engine.js';
import { editExample, exampleText, positionOf } from '../helpers/example.js';
import { broken, fakeRules, firstSeverity, nosy, rawMarker, shout } from './fake-rules.js';

const example = exampleText();
const FIRST_DEFINITION = 'definition: The assistant is unavailable to customers';
const shouting = editExample([[FIRST_DEFINITION, 'definition: The ZZTOP assistant is unavailable to customers']]);

function brief(text: string, options: Parameters<typeof lintText>[1]) {
  return lintText(text, { file: 'a.sla.yaml', ...options }).findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, line: f.line, column: f.column }));
}

describe('lintText', () => {
  it('finds nothing when no rule applies', () => {
    const result = lintText(example, { rules: [shout] });
    expect(result).toMatchObject({ findings: [], suppressed: [], errorCount: 0, warningCount: 0, infoCount: 0, ruleFailures: [] });
  });

  it('turns a report into a finding: message filled in, severity, docs link and the position of the pointer', () => {
    const [finding] = lintText(example, { rules: [firstSeverity], file: 'a.sla.yaml' }).findings;
    const at = positionOf(example, 'critical', 1);
    expect(finding).toEqual({
      ruleId: 'fake-first-severity',
      messageId: 'first',
      severity: 'error',
      message: 'first level is `critical` (default)',
      file: 'a.sla.yaml',
      pointer: '/severityLevels/0/id',
      line: expect.any(Number),
      column: expect.any(Number),
      endLine: expect.any(Number),
      endColumn: expect.any(Number),
      docsUrl: 'https://github.com/sla-as-code/sla/blob/main/docs/rules/fake-first-severity.md',
    });
    expect(finding!.line).toBeGreaterThanOrEqual(at.line);
    expect(example.split('\n')[finding!.line - 1]!.slice(finding!.column - 1, finding!.endColumn - 1)).toBe('critical');
  });

  it('merges options over the defaults and points at the key when asked', () => {
    const [finding] = lintText(example, { rules: [firstSeverity], ruleOptions: { 'fake-first-severity': { at: 'key' } } }).findings;
    expect(finding!.message).toBe('first level is `critical` (default)');
    expect(example.split('\n')[finding!.line - 1]!.slice(finding!.column - 1, finding!.endColumn - 1)).toBe('id');
    const [labelled] = lintText(example, { rules: [firstSeverity], ruleOptions: { 'fake-first-severity': { label: 'custom' } } }).findings;
    expect(labelled!.message).toBe('first level is `critical` (custom)');
  });

  it('applies configured severities, and skips rules that are off', () => {
    expect(brief(example, { rules: [firstSeverity], severities: { 'fake-first-severity': 'info' } })).toMatchObject([{ severity: 'info' }]);
    expect(brief(example, { rules: [firstSeverity], severities: { 'fake-first-severity': 'off' } })).toEqual([]);
    const counted = lintText(shouting, { rules: fakeRules });
    expect([counted.errorCount, counted.warningCount, counted.infoCount]).toEqual([1, 1, 0]);
  });

  it('applies the severity of a single message over its rule\'s, and drops a message that is off', () => {
    const messageSeverities = (setting: 'info' | 'off') => ({ 'fake-first-severity': { first: setting } });
    const lowered = lintText(example, { rules: [firstSeverity], messageSeverities: messageSeverities('info') });
    expect(lowered.findings).toMatchObject([{ ruleId: 'fake-first-severity', severity: 'info' }]);
    expect([lowered.errorCount, lowered.infoCount]).toEqual([0, 1]);
    expect(brief(example, { rules: [firstSeverity], messageSeverities: messageSeverities('off') })).toEqual([]);
  });

  it('points text findings at the exact words', () => {
    const at = positionOf(shouting, 'ZZTOP');
    const [finding] = lintText(shouting, { rules: [shout] }).findings;
    expect(finding).toMatchObject({ ruleId: 'fake-shout', line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 5, message: '"ZZTOP" is shouting' });
  });

  it('sorts findings by position', () => {
    const findings = lintText(shouting, { rules: [shout, firstSeverity] }).findings;
    const positions = findings.map((f) => f.line * 10_000 + f.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('documents that fail the schema', () => {
  const invalid = editExample([[FIRST_DEFINITION, 'definition: The ZZTOP assistant is unavailable to customers'], ['slaVersion: 1', 'slaVersion: 7']]);

  it('report schema problems as `schema` findings with their positions', () => {
    const findings = brief(invalid, { rules: [] });
    expect(findings).toEqual([{ ruleId: SCHEMA_RULE_ID, messageId: expect.any(String), severity: 'error', ...positionOf(invalid, '7') }]);
    expect(lintText(invalid, { rules: [] }).findings[0]!.docsUrl).toMatch(/docs\/lint\.md#schema-findings$/);
  });

  it('run text rules but not structural rules', () => {
    expect(brief(invalid, { rules: fakeRules }).map((f) => f.ruleId)).toEqual([SCHEMA_RULE_ID, 'fake-shout']);
  });

  it('skip a text rule that reads the model rather than crash', () => {
    const result = lintText(invalid, { rules: [nosy] });
    expect(result.ruleFailures).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toEqual([SCHEMA_RULE_ID]);
  });

  it('run text rules even on YAML that does not parse, over the source text (there are no fields)', () => {
    const result = lintText('title: ZZTOP\n<<<<<<< HEAD\nkind: [unclosed\n', { rules: [...fakeRules, rawMarker] });
    expect(result.ruleFailures).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId !== SCHEMA_RULE_ID).map((f) => [f.ruleId, f.line])).toEqual([['fake-raw-marker', 2]]);
  });
});

describe('a rule that fails', () => {
  it('is recorded, not thrown, and the other rules still run', () => {
    const result = lintText(example, { rules: [broken, firstSeverity] });
    expect(result.ruleFailures).toEqual([{ ruleId: 'fake-broken', message: 'boom' }]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['fake-broken', 'fake-first-severity']);
  });

  it('is also a finding: an error at the start of the file that names the rule and what it threw', () => {
    const [crash] = lintText(example, { rules: [broken, firstSeverity] }).findings;
    expect(crash).toMatchObject({ ruleId: 'fake-broken', messageId: 'crash', severity: 'error', line: 1, column: 1 });
    expect(crash!.message).toMatch(/^rule `fake-broken` crashed on this file: boom; .*a bug in sla/);
  });

  it('includes a report with an unknown message id', () => {
    const typo = { ...firstSeverity, meta: { ...firstSeverity.meta, messages: { other: 'x' } } };
    expect(lintText(example, { rules: [typo] }).ruleFailures).toEqual([{ ruleId: 'fake-first-severity', message: 'reported unknown message id `first`' }]);
  });
});

describe('inline directives', () => {
  const line = (text: string, needle: string) => positionOf(text, needle).line;

  it('sla-disable-next-line suppresses the rule on the next line and keeps the reason', () => {
    const text = editExample([[`    ${FIRST_DEFINITION}`, `    # sla-disable-next-line fake-shout -- the band's name, on purpose\n    definition: The ZZTOP assistant is unavailable to customers`]]);
    const result = lintText(text, { rules: fakeRules });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['fake-first-severity']);
    expect(result.suppressed).toMatchObject([{ ruleId: 'fake-shout', line: line(text, 'ZZTOP'), suppressed: { reason: "the band's name, on purpose" } }]);
    expect(result.warningCount).toBe(0);
  });

  it('sla-disable-line works at the end of the line it applies to', () => {
    const text = shouting.replace(/(definition: The ZZTOP[^\n]*)/, '$1 # sla-disable-line fake-shout');
    const result = lintText(text, { rules: [shout] });
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((f) => f.ruleId)).toEqual(['fake-shout']);
  });

  it('takes a comma-separated rule list, judging each rule in it; no list means every rule', () => {
    const both = editExample([['  - id: critical', '  # sla-disable-next-line fake-first-severity, fake-shout\n  - id: critical']]);
    const result = lintText(both, { rules: fakeRules });
    expect(result.suppressed.map((f) => f.ruleId)).toEqual(['fake-first-severity']);
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([[DIRECTIVE_RULE_ID, expect.stringContaining('no `fake-shout` finding')]]);
    const all = editExample([['  - id: critical', '  # sla-disable-next-line\n  - id: critical']]);
    expect(lintText(all, { rules: fakeRules }).suppressed.map((f) => f.ruleId)).toEqual(['fake-first-severity']);
  });

  it('sla-disable applies to the whole file, wherever it is written', () => {
    const text = `${shouting}\n# sla-disable fake-shout\n`;
    const result = lintText(text, { rules: fakeRules });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['fake-first-severity']);
    expect(result.suppressed.map((f) => f.ruleId)).toEqual(['fake-shout']);
  });

  it('reports unused directives as warnings by default, at the comment, and not when off', () => {
    const text = `# sla-disable-next-line fake-shout\n${example}`;
    expect(brief(text, { rules: fakeRules })).toContainEqual({ ruleId: DIRECTIVE_RULE_ID, messageId: 'unused', severity: 'warning', line: 1, column: 1 });
    expect(lintText(text, { rules: fakeRules }).findings.find((f) => f.ruleId === DIRECTIVE_RULE_ID)!.message)
      .toBe('unused `sla-disable-next-line` directive: no `fake-shout` finding to suppress on line 2; remove it');
    expect(brief(text, { rules: fakeRules, reportUnusedDisableDirectives: 'off' }).map((f) => f.ruleId)).not.toContain(DIRECTIVE_RULE_ID);
    expect(brief(text, { rules: fakeRules, reportUnusedDisableDirectives: 'error' })).toContainEqual(expect.objectContaining({ ruleId: DIRECTIVE_RULE_ID, severity: 'error' }));
  });

  it('reports a directive naming a rule that does not exist, with a suggestion', () => {
    const text = `# sla-disable fake-shuot\n${example}`;
    const finding = lintText(text, { rules: fakeRules }).findings.find((f) => f.ruleId === DIRECTIVE_RULE_ID)!;
    expect(finding).toMatchObject({ messageId: 'unknownRule', line: 1, column: 1 });
    expect(finding.message).toContain('did you mean `fake-shout`?');
  });

  it('does not judge directives for rules that did not run', () => {
    const text = `# sla-disable fake-first-severity\n${example.replace('slaVersion: 1', 'slaVersion: 7')}`;
    expect(brief(text, { rules: fakeRules }).map((f) => f.ruleId)).toEqual([SCHEMA_RULE_ID]);
  });

  it('cannot suppress schema findings', () => {
    const text = example.replace('slaVersion: 1', '# sla-disable-next-line\nslaVersion: 7');
    expect(brief(text, { rules: [] }).map((f) => f.ruleId)).toEqual([SCHEMA_RULE_ID]);
  });

  it('are only comments: the words inside a text value are not a directive', () => {
    const text = example.replace(/definition: The assistant is unavailable to customers[^\n]*/, 'definition: "ZZTOP # sla-disable fake-shout"');
    expect(lintText(text, { rules: [shout] }).findings.map((f) => f.ruleId)).toEqual(['fake-shout']);
  });

  it('docs urls follow the rule id', () => {
    expect(ruleDocsUrl('vague-wording')).toBe('https://github.com/sla-as-code/sla/blob/main/docs/rules/vague-wording.md');
  });
});

import { describe, expect, it } from 'vitest';
import { bidiControl as rule, BIDI_CONTROL_NAMES } from '../../src/lint/rules/bidi-control.js';
import { lintText } from '../../src/lint/engine.js';
import { rules } from '../../src/lint/rules/index.js';
import { BIDI_CONTROL } from '../../src/render/escape.js';
import { expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const DEFINITION = 'definition: The assistant is unavailable to customers,';

describe('bidi-control', () => {
  it('accepts the standard example', () => {
    expectClean(rule, standard);
  });

  it('reports a raw U+202E in a value with its line and column, naming the code point and the fix', () => {
    const text = standardWith([DEFINITION, 'definition: The assistant is unavailable to \u202Ecustomers,']);
    const at = positionOf(text, '\u202E');
    const findings = lint(rule, text);
    expect(findings).toMatchObject([{ messageId: 'bidiControl', line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1, data: { codePoint: 'U+202E RIGHT-TO-LEFT OVERRIDE', marker: '⟨U+202E⟩' } }]);
    expect(findings[0]!.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(findings[0]!.message).toContain('delete the character');
  });

  it('reports every bidi control, once each, in keys and comments as well', () => {
    const all = Object.keys(BIDI_CONTROL_NAMES).map((code) => String.fromCodePoint(Number(code)));
    const text = standardWith([DEFINITION, `definition: The assistant is ${all.join('x')} unavailable to customers, # note \u2066`]);
    expect(lint(rule, text).map((f) => f.data.codePoint)).toEqual([...all, '\u2066'].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${BIDI_CONTROL_NAMES[c.codePointAt(0)!]}`));
  });

  it('reports a YAML escape that puts a bidi control into a double-quoted value, but not literal text', () => {
    const escaped = standardWith([DEFINITION, 'definition: "The assistant is unavailable to \\u202Ecustomers\\U0000202c,']);
    const text = escaped.replace('and no workaround exists.', 'and no workaround exists."');
    const at = positionOf(text, '\\u202E');
    expect(lint(rule, text)).toMatchObject([
      { data: { codePoint: 'U+202E RIGHT-TO-LEFT OVERRIDE' }, line: at.line, column: at.column, endColumn: at.column + 6 },
      { data: { codePoint: 'U+202C POP DIRECTIONAL FORMATTING' }, line: at.line, endColumn: positionOf(text, '\\U0000202c').column + 10 },
    ]);
    // Plain and single-quoted scalars, an escaped backslash and a comment keep `\u202E` as visible text.
    expectClean(rule, standardWith([DEFINITION, 'definition: The assistant is unavailable to \\u202E customers, # \\u202E']));
    expectClean(rule, standardWith([DEFINITION, "definition: 'The assistant is unavailable to \\u202E customers,'"]).replace('and no workaround exists.', "and no workaround exists.'"));
    const doubled = standardWith([DEFINITION, 'definition: "The assistant is unavailable to \\\\u202E customers,']).replace('and no workaround exists.', 'and no workaround exists."');
    expectClean(rule, doubled);
  });

  it('runs on a file with schema errors, as a text rule', () => {
    const text = standard.replace('status: active', 'status: \u202Eactive');
    const result = lintText(text, { rules, file: 'x.sla.yaml' });
    expect(result.findings.some((f) => f.ruleId === 'schema')).toBe(true);
    expect(result.findings.filter((f) => f.ruleId === 'bidi-control')).toHaveLength(1);
  });

  it('knows the same characters the renderer marks', () => {
    const listed = Object.keys(BIDI_CONTROL_NAMES).map((code) => String.fromCodePoint(Number(code))).join('');
    expect(listed.replace(BIDI_CONTROL, '')).toBe('');
    const others = Array.from({ length: 0x2100 }, (_, i) => String.fromCharCode(i)).filter((c) => !listed.includes(c)).join('');
    expect(others.match(BIDI_CONTROL)).toBeNull();
  });
});

/**
 * A value from an agreement can hold a line break followed by `::error::…`: printed raw, it forges a workflow
 * command (or any line) in a CI log. Every format shows control characters as visible escapes instead
 * (docs/lint.md, "Control characters in output").
 */
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATTERS, type FormatterContext } from '../../src/formatters/index.js';
import { jsonText } from '../../src/formatters/json-text.js';
import { showText } from '../../src/formatters/visible-text.js';
import { lintText } from '../../src/lint/engine.js';
import { rules } from '../../src/lint/rules/index.js';
import { editExample, ROOT } from '../helpers/example.js';

const FORGED = '\r\n::error::forged';
// `status` is an enum, so the schema finding quotes the value, line break and all.
const hostile = editExample([
  ['status: active', 'status: "act\\u202E\\e[2J\\x9b\\r\\n::error::forged"'],
]);

const context: FormatterContext = {
  cwd: ROOT,
  color: new Chalk({ level: 0 }),
  toolVersion: '0.1.0',
  rules: rules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, docsUrl: `https://example.test/${rule.meta.id}` })),
};

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function forgedLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^\s*::(error|warning|notice)::/.test(line));
}

describe('output injection: a value with a line break never forges a line', () => {
  const result = lintText(hostile, { rules, file: path.join(ROOT, 'agreements/acme.sla.yaml') });
  const quoting = result.findings.filter((f) => f.message.includes(FORGED));

  it('the lint result quotes the hostile value (the test has something to escape)', () => {
    expect(quoting.length).toBeGreaterThan(0);
  });

  it.each(FORMAT_NAMES)('%s', (name) => {
    const output = FORMATTERS[name]([result], context);
    expect(forgedLines(output)).toEqual([]);
    expect(output).toContain('forged');
    expect(output).not.toMatch(RAW);
    // Every format writes exactly the lines it writes without the hostile text.
    const plain = FORMATTERS[name]([{ ...result, findings: result.findings.map((f) => ({ ...f, message: 'x' })) }], context);
    if (name !== 'json' && name !== 'sarif') expect(output.split('\n').length).toBe(plain.split('\n').length);
  });

  it('json, sarif and gitlab parse back to the very same message', () => {
    for (const name of ['json', 'sarif', 'gitlab'] as const) {
      const text = FORMATTERS[name]([result], context);
      expect(text).toContain('\\u202e');
      expect(text).toContain('\\u009b');
      const messages = JSON.stringify(JSON.parse(text));
      expect(messages).toContain(JSON.stringify(quoting[0]!.message).slice(1, -1));
    }
  });

  it('junit, checkstyle, github and stylish show the escapes', () => {
    expect(FORMATTERS.junit([result], context)).toContain('act\\u202e\\x1b[2J\\x9b\\r\\n::error::forged');
    expect(FORMATTERS.checkstyle([result], context)).toContain('act\\u202e\\x1b[2J\\x9b\\r\\n::error::forged');
    expect(FORMATTERS.github([result], context)).toContain('act\\u202e\\x1b[2J\\x9b%0D%0A::error::forged');
    expect(FORMATTERS.stylish([result], context)).toContain('act\\u202e\\x1b[2J\\x9b ::error::forged');
  });
});

describe('showText', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['\u001b[31m', '\\x1b[31m'],
    ['\u0085 \u009b', '\\x85 \\x9b'],
    ['\u202Eabc\u202C', '\\u202eabc\\u202c'],
    ['\u2066\u2069\u200e\u200f\u061c', '\\u2066\\u2069\\u200e\\u200f\\u061c'],
    ['line\u2028separator', 'line\\u2028separator'],
    ['tab\tkept', 'tab\tkept'],
    ['Zoë – “quoted” العربية', 'Zoë – “quoted” العربية'],
  ])('%j → %j', (input, expected) => {
    expect(showText(input)).toBe(expected);
  });
});

describe('jsonText', () => {
  it('escapes what JSON writes raw, and parses back to the same value', () => {
    const value = { m: 'a\u202Eb\u009bc\u007fd\u2028e\nf\u001bg', n: 1 };
    const text = jsonText(value, 2);
    expect(text).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
    expect(jsonText({ a: 'plain' })).toBe(JSON.stringify({ a: 'plain' }));
  });
});

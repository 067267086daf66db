import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/load/parse-yaml.js';
import { alignScalar, nameFields, textFieldPatterns, textFields } from '../../src/lint/text-fields.js';

/** The source text a range covers. */
function slice(text: string, range: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(offset(range.line, range.column), offset(range.endLine, range.endColumn));
}

function fieldsOf(yaml: string) {
  return textFields(parseYamlSource(yaml, 'x.sla.yaml'));
}

describe('text field patterns', () => {
  const patterns = textFieldPatterns();

  it('are read from the schema: every value validated by #/$defs/text', () => {
    expect(patterns).toContain('/severityLevels/*/definition');
    expect(patterns).toContain('/definitions/*/meaning');
    expect(patterns).toContain('/monitoring/reports/*/contents/*');
    expect(patterns.length).toBeGreaterThan(20);
  });

  it('leave out identifiers, enums, durations and contact details', () => {
    for (const pointer of patterns) expect(pointer).not.toMatch(/\/(id|email|phone|timezone|within|calendar|kind|status)$/);
  });
});

describe('nameFields', () => {
  it('finds the short names the contract prints (#/$defs/name), with positions, and not the free text', () => {
    const yaml = 'maintenance:\n  approval:\n    approver: The client\'s point of contact\n    description: Approved in the portal.\n';
    const fields = nameFields(parseYamlSource(yaml, 'x.sla.yaml'));
    expect(fields.map((f) => [f.pointer, f.text])).toEqual([['/maintenance/approval/approver', "The client's point of contact"]]);
    expect(slice(yaml, fields[0]!.rangeOf(4, 10))).toBe('client');
  });
});

describe('textFields', () => {
  it('finds the free-text fields of a document, in order, and skips values that are not strings', () => {
    const fields = fieldsOf('title: Support\nseverityLevels:\n  - id: p1\n    definition: Outage\n  - id: p2\n    definition: 42\n    examples: [Checkout down]\n');
    expect(fields.map((f) => [f.pointer, f.text])).toEqual([['/severityLevels/0/definition', 'Outage'], ['/severityLevels/1/examples/0', 'Checkout down']]);
  });

  it('is safe on data of any shape', () => {
    fc.assert(fc.property(fc.jsonValue(), (data) => {
      const source = parseYamlSource('title: x\n', 'x');
      source.data = data;
      expect(() => textFields(source).map((f) => f.rangeOf(0, 1))).not.toThrow();
    }));
  });

  // Each value is written as `changeOrders.threshold`, a free-text field; continuation lines are indented 4.
  const cases: [kind: string, value: string, words: string, expected: string][] = [
    ['plain', 'Support answered promptly by the team', 'promptly', 'promptly'],
    ['double-quoted', '"Support answered promptly"', 'promptly', 'promptly'],
    ['single-quoted', "'It''s done promptly'", 'promptly', 'promptly'],
    ['single-quoted quote', "'It''s done'", "It's", "It''s"],
    ['escaped', '"Tab\\there \\"quoted\\" \\u00e9t\\u00e9 promptly"', 'promptly', 'promptly'],
    ['escape itself', '"say \\"hi\\" now"', '"hi"', '\\"hi\\"'],
    ['literal block', '|\n    First line.\n    Answered promptly.', 'promptly', 'promptly'],
    ['folded block', '>-\n    Support is\n    answered promptly\n    by us.', 'answered promptly', 'answered promptly'],
    ['folded across lines', '>-\n    answered\n    promptly', 'answered promptly', 'answered\n    promptly'],
    ['plain multi-line', 'answered\n    promptly by us', 'answered promptly', 'answered\n    promptly'],
    ['double-quoted multi-line', '"answered\n    promptly"', 'promptly', 'promptly'],
  ];
  const document = (value: string) => `changeOrders:\n  threshold: ${value}\n`;
  it.each(cases)('maps offsets in a %s scalar to the exact source', (_kind, value, words, expected) => {
    const yaml = document(value);
    const [field] = fieldsOf(yaml);
    const start = field!.text.indexOf(words);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(slice(yaml, field!.rangeOf(start, start + words.length))).toBe(expected);
  });

  it('points at the right line in a literal block', () => {
    const [field] = fieldsOf(document('|\n    First line.\n    Answered promptly.'));
    const start = field!.text.indexOf('promptly');
    expect(field!.rangeOf(start, start + 8)).toEqual({ line: 4, column: 14, endLine: 4, endColumn: 22 });
  });

  it('falls back to the whole value when the text cannot be aligned (an alias)', () => {
    const yaml = 'definitions:\n  - term: a\n    meaning: &m Some words\n  - term: b\n    meaning: *m\n';
    const fields = fieldsOf(yaml);
    const alias = fields.find((f) => f.pointer === '/definitions/1/meaning')!;
    expect(slice(yaml, alias.rangeOf(0, 4))).toBe('*m');
  });

  it('maps every substring of a double-quoted scalar back to source that decodes to it', () => {
    const char = fc.constantFrom('a', 'b', ' ', '"', '\\', '\t', 'é', '\n', '😀', "'", '#', ':');
    fc.assert(fc.property(fc.array(char, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (chars, a, b) => {
      const value = chars.join('');
      const yaml = document(JSON.stringify(value));
      const [field] = fieldsOf(yaml);
      expect(field!.text).toBe(value);
      const start = a % value.length;
      const end = start + 1 + (b % (value.length - start));
      expect(JSON.parse(`"${slice(yaml, field!.rangeOf(start, end))}"`)).toBe(value.slice(start, end));
    }));
  });
});

describe('alignScalar', () => {
  it('refuses source that does not write the text', () => {
    expect(alignScalar('abc', 'xyz')).toBeUndefined();
  });
});

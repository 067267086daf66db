import { describe, expect, it } from 'vitest';
import { parseDirectiveComment, parseDirectives } from '../../src/lint/directives.js';

describe('directive comments', () => {
  const cases: [comment: string, expected: ReturnType<typeof parseDirectiveComment>][] = [
    ['# sla-disable-next-line vague-wording', { kind: 'disable-next-line', ruleIds: ['vague-wording'] }],
    ['#sla-disable-next-line a, b,c -- why not', { kind: 'disable-next-line', ruleIds: ['a', 'b', 'c'], reason: 'why not' }],
    ['# sla-disable-line a -- ', { kind: 'disable-line', ruleIds: ['a'] }],
    ['# sla-disable', { kind: 'disable', ruleIds: [] }],
    ['# sla-disable -- all of it, on purpose', { kind: 'disable', ruleIds: [], reason: 'all of it, on purpose' }],
    ['# sla-disable a--b', { kind: 'disable', ruleIds: ['a--b'] }],
    ['# sla-disabled a', undefined],
    ['# see sla-disable a', undefined],
    ['# an ordinary comment', undefined],
  ];
  it.each(cases)('%j', (comment, expected) => {
    expect(parseDirectiveComment(comment)).toEqual(expected);
  });
});

describe('parseDirectives', () => {
  it('finds directives with their position and the line they apply to', () => {
    const text = 'a: 1\n  # sla-disable-next-line x\nb: 2 # sla-disable-line y\n# sla-disable z\n';
    expect(parseDirectives(text)).toEqual([
      { kind: 'disable-next-line', ruleIds: ['x'], range: { line: 2, column: 3, endLine: 2, endColumn: 28 }, targetLine: 3 },
      { kind: 'disable-line', ruleIds: ['y'], range: { line: 3, column: 6, endLine: 3, endColumn: 26 }, targetLine: 3 },
      { kind: 'disable', ruleIds: ['z'], range: { line: 4, column: 1, endLine: 4, endColumn: 16 } },
    ]);
  });

  it('ignores the words inside quoted strings and block scalars', () => {
    const text = 'a: "# sla-disable x"\nb: |\n  # sla-disable y\nc: \'# sla-disable z\'\n';
    expect(parseDirectives(text)).toEqual([]);
  });

  it('reads directives even in a document with syntax errors', () => {
    expect(parseDirectives('# sla-disable x\na: [1\n').map((d) => d.ruleIds)).toEqual([['x']]);
  });
});

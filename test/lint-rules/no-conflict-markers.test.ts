import { describe, expect, it } from 'vitest';
import { noConflictMarkers as rule } from '../../src/lint/rules/no-conflict-markers.js';
import { parseYamlSource } from '../../src/load/parse-yaml.js';
import type { FindingReport } from '../../src/lint/types.js';
import { expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

// A conflict inside a block scalar survives parsing (git writes markers at column 0, an editor re-indented them).
const conflicted = standardWith([
  '    description: Creates a ticket in the portal automatically.',
  [
    '    description: |',
    '      <<<<<<< HEAD',
    '      Creates a ticket in the portal automatically.',
    '      =======',
    '      Creates a ticket in the portal within five minutes.',
    '      >>>>>>> tighten-email-terms',
  ].join('\n'),
]);

describe('no-conflict-markers', () => {
  it('accepts the standard example', () => {
    expectClean(rule, standard);
  });

  it('flags each marker line of a conflict inside a text, from the marker to the end of the line', () => {
    const start = positionOf(conflicted, '<<<<<<< HEAD');
    expect(lint(rule, conflicted)).toMatchObject([
      { messageId: 'conflictMarker', data: { marker: '<<<<<<< HEAD' }, line: start.line, column: 7, endColumn: 7 + '<<<<<<< HEAD'.length },
      { messageId: 'conflictMarker', data: { marker: '=======' }, line: start.line + 2, column: 7 },
      { messageId: 'conflictMarker', data: { marker: '>>>>>>> tighten-email-terms' }, line: start.line + 4, column: 7 },
    ]);
  });

  it('reads only the raw text, so it can report conflicts that break the YAML', () => {
    // The engine runs rules only on parsed documents; the rule itself does not depend on that.
    const text = standard.replace('version: "1.1"\n', '<<<<<<< HEAD\nversion: "1.1"\n=======\nversion: "1.2"\n>>>>>>> renewal\n');
    const source = parseYamlSource(text, 'conflict.sla.yaml');
    expect(source.data).toBeUndefined();
    const reports: FindingReport[] = [];
    rule.check({
      get agreement(): never {
        throw new Error('not available');
      },
      source,
      options: {},
      textFields: () => [],
      report: (finding) => void reports.push(finding),
    });
    expect(reports.map((r) => r.range?.line)).toEqual([9, 11, 13]);
  });

  describe('near misses that must not trigger', () => {
    it('a Markdown heading underline of seven "=" outside a conflict', () => {
      expectClean(rule, standardWith(['    description: Creates a ticket in the portal automatically.', '    description: |\n      Email\n      =======\n      Creates a ticket in the portal automatically.']));
    });
    it('arrows and comparison signs in prose', () => {
      expectClean(rule, standardWith(['Creates a ticket in the portal automatically.', 'Escalation: portal >> email >> phone; response << resolution.']));
    });
  });
});

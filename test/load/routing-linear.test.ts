// The route to the full YAML parser is decided in one linear pass (issues 16 and 22): inputs that made the old
// routing expressions backtrack are read as quickly as any other of their size. No wall clock here: the classes
// are checked for the route they take; bench/ times them against a peer.
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/load/parse-yaml.js';

describe('routing a text to the full YAML parser', () => {
  it('sends a flow collection left open at a line end, or an explicit key, to the full parser, and nothing else', () => {
    // Each of these is read by `yaml` (which explains them); the data is the same either way.
    expect(parseYamlSource('a: [1,\n  2]\n', 'x.yaml').data).toEqual({ a: [1, 2] });
    expect(parseYamlSource('? a\n: 1\n', 'x.yaml').data).toEqual({ a: 1 });
    expect(parseYamlSource('a: [1, 2]\nb: {c: 1}\n', 'x.yaml').data).toEqual({ a: [1, 2], b: { c: 1 } });
    expect(parseYamlSource('a: "is this? yes"\nb: x?y\n', 'x.yaml').data).toEqual({ a: 'is this? yes', b: 'x?y' });
  });

  it('reads 80 KB of open brackets on one line, and a ? after 80 KB of blank lines, without backtracking', () => {
    // Both took seconds with the old expressions (/[[{][^\]}\n]*$/m, /^\s*\?(?:\s|$)/m); each is refused or read
    // here like any other text of its size.
    const brackets = parseYamlSource(`a: ${'['.repeat(80_000)}\n`, 'x.yaml');
    expect(brackets.diagnostics.length).toBeGreaterThan(0);
    const blank = parseYamlSource(`a: 1${'\n'.repeat(80_000)}? b\n: 2\n`, 'x.yaml');
    expect(blank.data).toEqual({ a: 1, b: 2 });
  });
});

import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { lintAgreement } from '../../src/lint/engine.js';
import { rules } from '../../src/lint/rules/index.js';
import { exampleText } from '../helpers/example.js';

const example = exampleText();
const exampleData = parse(example) as Record<string, unknown>;

/** Every path into the example's data, so mutations can reach any field. */
function paths(value: unknown, prefix: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (prefix.length > 0) found.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], found);
  return found;
}
const allPaths = paths(exampleData);

// Words the rules look for, so generated text reaches their interesting branches.
const PHRASES = ['promptly', 'as soon as possible', '24/7', 'anytime', 'guarantee', 'will be resolved within', 'EST', 'TODO', 'TBD', '<<<<<<< HEAD', '=======', 'within 4 hours', 'reclassify', 'at our discretion', 'best efforts', '\n', '"', '#', ': '];
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...PHRASES), { maxLength: 6 }).map((words) => words.join(' ')));

const mutation = fc.record({
  path: fc.constantFrom(...allPaths),
  change: fc.oneof(
    fc.constant({ kind: 'delete' as const }),
    text.map((value) => ({ kind: 'set' as const, value: value as unknown })),
    fc.constantFrom<unknown>(0, -1, 1.5, true, null, [], {}, '24x7', 'critical', 'PT0S', '0h').map((value) => ({ kind: 'set' as const, value })),
  ),
});

function applyMutation(data: unknown, path: (string | number)[], change: { kind: 'delete' } | { kind: 'set'; value: unknown }): void {
  let parent = data as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) {
    parent = parent?.[segment] as Record<string | number, unknown>;
    if (parent === null || typeof parent !== 'object') return;
  }
  const last = path.at(-1)!;
  if (change.kind === 'set') parent[last] = change.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
}

function lintNeverThrows(source: string): { ok: boolean } {
  const loaded = loadAgreementText(source, 'fuzz.sla.yaml');
  const result = lintAgreement(loaded, { rules });
  expect(result.ruleFailures).toEqual([]);
  const lineCount = source.split('\n').length;
  for (const finding of result.findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lineCount);
    expect(finding.endLine * 100_000 + finding.endColumn).toBeGreaterThanOrEqual(finding.line * 100_000 + finding.column);
    // An unfilled message template (`{{name}}`), not braces the generated text itself put in a quoted value.
    expect(finding.message).not.toMatch(/\{\{\s*\w+\s*\}\}|undefined|\[object Object\]|NaN/);
  }
  return { ok: loaded.ok };
}

describe('linting never throws', () => {
  it('on any agreement the loader accepts (the example with fields changed or removed), nor on those it rejects', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = structuredClone(exampleData);
        for (const { path, change } of mutations) applyMutation(data, path, change);
        if (lintNeverThrows(stringify(data)).ok) accepted++;
      }),
      { numRuns: 150 },
    );
    // The run must really exercise valid agreements, where every rule runs.
    expect(accepted).toBeGreaterThan(10);
  });

  it('on text fields full of the words the rules look for', () => {
    const textPaths = allPaths.filter((p) => typeof p.reduce<unknown>((v, s) => (v as Record<string | number, unknown>)[s], exampleData) === 'string');
    fc.assert(
      fc.property(fc.array(fc.record({ path: fc.constantFrom(...textPaths), value: text.filter((t) => t.trim() !== '') }), { minLength: 1, maxLength: 5 }), (changes) => {
        const data = structuredClone(exampleData);
        for (const { path, value } of changes) applyMutation(data, path, { kind: 'set', value });
        lintNeverThrows(stringify(data));
      }),
      { numRuns: 100 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (source) => void lintNeverThrows(source)), { numRuns: 200 });
  });
});

import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { exampleText } from '../helpers/example.js';

const example = exampleText();
const lines = example.split('\n');

function checkNeverThrows(text: string): void {
  const result = loadAgreementText(text, 'fuzz.sla.yaml');
  expect(result.ok).toBe(result.diagnostics.every((d) => d.severity !== 'error'));
  for (const d of result.diagnostics) {
    expect(d.range.line).toBeGreaterThanOrEqual(1);
    expect(d.range.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/undefined|\[object Object\]/);
  }
}

describe('the loader and validator never throw', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkNeverThrows), { numRuns: 300 });
  });

  it('on arbitrary YAML data', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => checkNeverThrows(stringify(value))), { numRuns: 300 });
  });

  it('on the example with lines deleted, duplicated or cut', () => {
    const mutation = fc.record({
      line: fc.nat({ max: lines.length - 1 }),
      kind: fc.constantFrom('delete', 'duplicate', 'cut', 'indent', 'replace-value'),
      at: fc.nat({ max: 80 }),
      value: fc.oneof(fc.constant('0'), fc.constant('-1'), fc.constant('[]'), fc.constant('{}'), fc.constant('~'), fc.string({ maxLength: 12 })),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const mutated = [...lines];
        for (const { line, kind, at, value } of mutations) {
          const original = mutated[line] ?? '';
          if (kind === 'delete') mutated.splice(line, 1);
          else if (kind === 'duplicate') mutated.splice(line, 0, original);
          else if (kind === 'cut') mutated[line] = original.slice(0, at);
          else if (kind === 'indent') mutated[line] = ` ${original}`;
          else mutated[line] = original.includes(': ') ? `${original.slice(0, original.indexOf(': '))}: ${value}` : original;
        }
        checkNeverThrows(mutated.join('\n'));
      }),
      { numRuns: 200 },
    );
  });
});

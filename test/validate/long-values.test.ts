// A value of the input as long as the size limit allows is quoted shortened in every message that names it, so one
// megabyte id cannot turn 26 "there is no calendar" messages into 26 MB of output (found by the fuzz run, seed 16
// mutant 19271: 2.5 s, most of it formatting).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { listOf, LISTED_VALUES } from '../../src/util/did-you-mean.js';
import { ROOT } from '../helpers/example.js';

describe('long values in messages', () => {
  it('lists known ids shortened and at most LISTED_VALUES of them', () => {
    const ids = Array.from({ length: 30 }, (_, i) => (i === 0 ? 'x'.repeat(100_000) : `id-${i}`));
    const text = listOf(ids, 'and');
    expect(text.length).toBeLessThan(600);
    expect(text).toContain('(100,000 characters)');
    expect(text).toMatch(/and 10 more$/);
    expect(LISTED_VALUES).toBe(20);
  });

  it('keeps every reference message short when a calendar id is a megabyte long', () => {
    const example = readFileSync(path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml'), 'utf8');
    const huge = 'a'.repeat(900_000);
    const text = example.replace(/^(\s*- id: )berlin-business$/m, `$1${huge}`);
    expect(text).not.toBe(example);
    const result = loadAgreementText(text, 'huge.sla.yaml', { limits: { maxBytes: 2_000_000 } });
    const references = result.diagnostics.filter((d) => d.code === 'unknown-reference');
    expect(references.length).toBeGreaterThan(3);
    for (const d of result.diagnostics) expect(d.message.length, d.code).toBeLessThan(1_000);
  });
});

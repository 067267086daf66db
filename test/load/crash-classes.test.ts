// Reproducers of the hardening issue (16) that crashed or ran for minutes: each is now a clear answer.
import { describe, expect, it } from 'vitest';
import { loadAgreementText, MAX_DIAGNOSTICS_PER_FILE } from '../../src/agreement.js';
import { didYouMean } from '../../src/util/did-you-mean.js';
import { exampleText } from '../helpers/example.js';

describe('inputs that used to crash the loader', () => {
  it('reports a flow list of 150,000 items without overflowing the stack, and lists at most 500 problems', () => {
    const text = exampleText().replace(/^title: .*$/m, `title: [${Array.from({ length: 150_000 }, () => '1').join(',')}]`);
    const result = loadAgreementText(text, 'big.sla.yaml', { limits: { maxBytes: 2_000_000 } });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS_PER_FILE + 1);
  });

  it('says how many problems it left out', () => {
    const text = exampleText().replace(/^severityLevels:/m, `${Array.from({ length: 700 }, (_, i) => `x${i}: 1`).join('\n')}\nseverityLevels:`);
    const result = loadAgreementText(text, 'many.sla.yaml');
    expect(result.diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(result.diagnostics.at(-1)!.message).toMatch(/^and \d+ more problems in this file, not listed/);
  });

  it('suggests no time zone for a 100 KB string, at once', () => {
    expect(didYouMean('Europe/Berln', ['Europe/Berlin', 'Europe/Bern'])).toBe('Europe/Berlin');
    expect(didYouMean('x'.repeat(100_000), ['Europe/Berlin'])).toBeUndefined();
    const text = exampleText().replace(/timezone: Europe\/Berlin/, `timezone: Europe/${'B'.repeat(100_000)}`);
    const result = loadAgreementText(text, 'zone.sla.yaml');
    expect(result.ok).toBe(false);
  });
});

describe('input over the size limit from a stream', () => {
  it('says the input is more than the limit, and how much at least arrived, not a size it cannot know', async () => {
    const { loadAgreementBytes } = await import('../../src/agreement.js');
    const result = loadAgreementBytes(new Uint8Array(2_000).fill(0x61), '<stdin>', { limits: { maxBytes: 1_000 } });
    expect(result.diagnostics[0]!.message).toMatch(/^the input is more than the 1,000-byte limit for an agreement \(at least 2,000 bytes arrived\)/);
  });
});

describe('inputs the fuzzer found (test/fuzz)', () => {
  it('refuses 20,000 compact sequences on one line (`- - - … x`) as nesting too deeply, at that line', () => {
    const result = loadAgreementText(`slaVersion: 1\ndeep:\n  ${'- '.repeat(20_000)}x\n`, 'deep.sla.yaml');
    expect(result.diagnostics[0]).toMatchObject({ message: expect.stringMatching(/^the document nests too deeply to read/), range: { line: 3 } });
  });

  it('refuses an alias inside the collection its anchor names, which would contain itself without end', () => {
    const result = loadAgreementText('slaVersion: 1\nresponse: &self [*self]\n', 'self.sla.yaml');
    expect(result.diagnostics[0]).toMatchObject({ code: 'circular-alias', range: { line: 2 } });
    // An alias used twice, not inside itself, is fine.
    expect(loadAgreementText('slaVersion: 1\na: &x [1]\nb: [*x, *x]\n', 'twice.sla.yaml').diagnostics.some((d) => d.code === 'circular-alias')).toBe(false);
  });
});

describe('aliases that stand for much more than is written', () => {
  it('refuses aliases of a large anchor that would add more than 100,000 values, at the first alias', () => {
    // 99 aliases (under the alias count limit of 100) of a list of 2,000 items: 198,000 values never written.
    const text = `slaVersion: 1\na: &a\n${'  - x\n'.repeat(2_000)}b:\n${'  - *a\n'.repeat(99)}`;
    const result = loadAgreementText(text, 'expand.sla.yaml');
    expect(result.diagnostics[0]).toMatchObject({ code: 'alias-limit', range: { line: 2004 } });
    expect(result.diagnostics[0]!.message).toMatch(/expand to more than 100,000 values beyond those written/);
  });

  it('reads aliases that add fewer values', () => {
    const text = `slaVersion: 1\na: &a\n${'  - x\n'.repeat(500)}b:\n${'  - *a\n'.repeat(99)}`;
    expect(loadAgreementText(text, 'expand.sla.yaml').diagnostics.some((d) => d.code === 'alias-limit')).toBe(false);
  });
});

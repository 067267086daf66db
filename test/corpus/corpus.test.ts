/**
 * The real published support policies of ../shared/corpus/, transcribed faithfully in test/corpus/ (issue 13): each
 * must load with the library and validate with no errors, as a SupportPolicy that says where it comes from.
 * See test/corpus/README.md for what each source leaves unstated and what the format still cannot hold.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/agreement.js';

const CORPUS = path.dirname(fileURLToPath(import.meta.url));

/** The six policy ids of ../shared/corpus/real-support-terms.json; one transcription each. */
const POLICY_IDS = [
  'atlassian-support-offerings',
  'gitlab-support',
  'grafana-labs-enterprise-support-sla',
  'mongodb-support-policy',
  'redhat-production-support',
  'twilio-support-plans',
];

const files = readdirSync(CORPUS).filter((file) => file.endsWith('.sla.yaml')).sort();

describe('corpus of real support policies', () => {
  it('has one transcription per policy of the shared corpus', () => {
    expect(files).toEqual(POLICY_IDS.map((id) => `${id}.sla.yaml`));
  });

  it.each(files)('%s validates with no errors', async (file) => {
    const result = await loadAgreement(path.join(CORPUS, file));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.range.line}:${d.range.column} ${d.code} ${d.message}`)).toEqual([]);
    expect(result.ok).toBe(true);
    const agreement = result.agreement!;
    expect(agreement.kind).toBe('SupportPolicy');
    expect(agreement.isPolicy).toBe(true);
    expect(agreement.id).toBe(file.replace(/\.sla\.yaml$/, ''));
    // Where the facts come from travels with the file, in an extension field.
    const source = agreement.extensions['x-source'] as { urls?: unknown[]; completeness?: unknown } | undefined;
    expect(source?.urls?.length).toBeGreaterThan(0);
    expect(typeof source?.completeness).toBe('string');
  });
});

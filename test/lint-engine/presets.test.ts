/**
 * The built-in presets, computed from the real rules' metadata. `sla:policy` is for a vendor's published support
 * policy: the rules that ask for what only an agency's agreement with one client has are reported as info.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLoader } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/engine.js';
import { findPreset } from '../../src/lint/presets.js';
import { rules } from '../../src/lint/rules/index.js';
import { ROOT } from '../helpers/example.js';

const AGENCY_ONLY = ['maintenance-without-controls', 'missing-review-cadence', 'monitoring-undefined', 'support-enhancement-boundary'];

/** A published vendor policy, paraphrased: severities, targets, hours and duties, but no change orders, review or maintenance controls. */
const vendorPolicy = readFileSync(path.join(ROOT, 'test/fixtures/lint/presets/vendor-policy.sla.yaml'), 'utf8');

describe('sla:policy', () => {
  it('marks exactly the agency-only rules', () => {
    expect(rules.filter((rule) => rule.meta.agencyOnly).map((rule) => rule.meta.id).sort()).toEqual(AGENCY_ONLY);
  });

  it('is sla:recommended with the agency-only rules at info', () => {
    const policy = findPreset('sla:policy')!.settings(rules);
    const recommended = findPreset('sla:recommended')!.settings(rules);
    for (const rule of rules) {
      expect(policy[rule.meta.id], rule.meta.id).toBe(AGENCY_ONLY.includes(rule.meta.id) ? 'info' : recommended[rule.meta.id]);
    }
  });

  it('is accepted in a config file, with or without the prefix, and rules can still be raised again', async () => {
    const loader = new ConfigLoader(rules);
    const config = await loader.parse('extends: policy\nrules:\n  missing-review-cadence: warning\n', '.slarc.yaml');
    expect(config.rules.get('support-enhancement-boundary')!.severity).toBe('info');
    expect(config.rules.get('maintenance-without-controls')!.severity).toBe('info');
    expect(config.rules.get('missing-review-cadence')!.severity).toBe('warning');
    expect(config.rules.get('vague-wording')!.severity).toBe('warning');
    expect(config.rules.get('resolution-guarantee')!.severity).toBe('error');
  });

  it('reports a vendor policy\'s missing agency clauses as info, so they neither fail the build nor count as warnings', async () => {
    const config = await new ConfigLoader(rules).parse('extends: sla:policy\n', '.slarc.yaml');
    const severities = Object.fromEntries([...config.rules].map(([id, rule]) => [id, rule.severity]));
    const result = lintText(vendorPolicy, { rules, severities, file: 'vendor-policy.sla.yaml' });
    expect(result.findings.filter((f) => f.ruleId === 'schema')).toEqual([]);
    expect([result.errorCount, result.warningCount]).toEqual([0, 0]);
    expect([...new Set(result.findings.map((f) => f.ruleId))].sort()).toEqual(AGENCY_ONLY);
    expect(result.findings.every((f) => f.severity === 'info')).toBe(true);

    const recommended = lintText(vendorPolicy, { rules, file: 'vendor-policy.sla.yaml' });
    expect(recommended.errorCount).toBeGreaterThan(0);
  });
});

describe('docs/lint.md', () => {
  const docs = readFileSync(path.join(ROOT, 'docs/lint.md'), 'utf8');
  it('names every agency-only rule where it describes sla:policy', () => {
    const section = docs.slice(docs.indexOf('### `sla:policy`'));
    expect(section.startsWith('### `sla:policy`')).toBe(true);
    for (const id of AGENCY_ONLY) expect(section, id).toContain(`\`${id}\``);
  });
});

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

const AGENCY_ONLY = ['missing-review-cadence', 'monitoring-undefined'];
/** Rules only some of whose checks are agency-only: those messages are info under sla:policy, the others count. */
const PARTLY_AGENCY_ONLY: Record<string, string[]> = {
  'defined-term-case': ['lowerCaseParty'],
  'maintenance-without-controls': ['noMaintenance', 'noNotice', 'noApproval', 'noTesting', 'testingNotRequired'],
  'support-enhancement-boundary': ['noThreshold', 'noQuoting'],
};
/** The agency-only clauses the vendor-policy fixture leaves out (its prose names no defined party in lower case). */
const MISSING_IN_VENDOR_POLICY = [...AGENCY_ONLY, 'maintenance-without-controls', 'support-enhancement-boundary'];

/** A published vendor policy, paraphrased: severities, targets, hours and duties, but no change orders, review or maintenance controls. */
const vendorPolicy = readFileSync(path.join(ROOT, 'test/fixtures/lint/presets/vendor-policy.sla.yaml'), 'utf8');

describe('sla:policy', () => {
  it('marks exactly the agency-only rules, and the agency-only checks of the others', () => {
    expect(rules.filter((rule) => rule.meta.agencyOnly).map((rule) => rule.meta.id).sort()).toEqual(AGENCY_ONLY);
    const partly = Object.fromEntries(rules.filter((rule) => rule.meta.agencyOnlyMessages).map((rule) => [rule.meta.id, [...rule.meta.agencyOnlyMessages!]]));
    expect(partly).toEqual(PARTLY_AGENCY_ONLY);
    for (const [id, messages] of Object.entries(partly)) {
      const rule = rules.find((r) => r.meta.id === id)!;
      for (const messageId of messages) expect(Object.keys(rule.meta.messages), `${id}/${messageId}`).toContain(messageId);
    }
  });

  it('reports the agency-only checks of a partly agency-only rule as info, and its other checks at full severity', async () => {
    const config = await new ConfigLoader(rules).parse('extends: sla:policy\n', '.slarc.yaml');
    expect(config.rules.get('support-enhancement-boundary')).toMatchObject({ severity: 'error', messageSeverities: { noThreshold: 'info', noQuoting: 'info' } });
    expect(config.rules.get('maintenance-without-controls')!.messageSeverities).toEqual(Object.fromEntries(PARTLY_AGENCY_ONLY['maintenance-without-controls']!.map((id) => [id, 'info'])));
    // A rule the config sets itself is at that severity for every check.
    const raised = await new ConfigLoader(rules).parse('extends: sla:policy\nrules:\n  support-enhancement-boundary: warning\n', '.slarc.yaml');
    expect(raised.rules.get('support-enhancement-boundary')).toEqual({ severity: 'warning', options: {} });
    // A later preset replaces what sla:policy said about single messages.
    const strict = await new ConfigLoader(rules).parse('extends: [sla:policy, sla:strict]\n', '.slarc.yaml');
    expect(strict.rules.get('support-enhancement-boundary')!.messageSeverities).toBeUndefined();
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
    expect(config.rules.get('monitoring-undefined')!.severity).toBe('info');
    expect(config.rules.get('support-enhancement-boundary')!.messageSeverities).toMatchObject({ noThreshold: 'info' });
    expect(config.rules.get('missing-review-cadence')!.severity).toBe('warning');
    expect(config.rules.get('vague-wording')!.severity).toBe('warning');
    expect(config.rules.get('resolution-guarantee')!.severity).toBe('error');
  });

  it('reports a vendor policy\'s missing agency clauses as info, so they neither fail the build nor count as warnings', async () => {
    const config = await new ConfigLoader(rules).parse('extends: sla:policy\n', '.slarc.yaml');
    const severities = Object.fromEntries([...config.rules].map(([id, rule]) => [id, rule.severity]));
    const messageSeverities = Object.fromEntries([...config.rules].filter(([, rule]) => rule.messageSeverities).map(([id, rule]) => [id, { ...rule.messageSeverities }]));
    const result = lintText(vendorPolicy, { rules, severities, messageSeverities, file: 'vendor-policy.sla.yaml' });
    expect(result.findings.filter((f) => f.ruleId === 'schema')).toEqual([]);
    expect([result.errorCount, result.warningCount]).toEqual([0, 0]);
    expect([...new Set(result.findings.map((f) => f.ruleId))].sort()).toEqual(MISSING_IN_VENDOR_POLICY.sort());
    expect(result.findings.every((f) => f.severity === 'info')).toBe(true);
    for (const finding of result.findings.filter((f) => f.ruleId in PARTLY_AGENCY_ONLY)) expect(PARTLY_AGENCY_ONLY[finding.ruleId]).toContain(finding.messageId);

    const recommended = lintText(vendorPolicy, { rules, file: 'vendor-policy.sla.yaml' });
    expect(recommended.errorCount).toBeGreaterThan(0);
  });
});

describe('docs/lint.md', () => {
  const docs = readFileSync(path.join(ROOT, 'docs/lint.md'), 'utf8');
  it('names every agency-only rule and check where it describes sla:policy', () => {
    const section = docs.slice(docs.indexOf('### `sla:policy`'));
    expect(section.startsWith('### `sla:policy`')).toBe(true);
    for (const id of [...AGENCY_ONLY, ...Object.keys(PARTLY_AGENCY_ONLY)]) expect(section, id).toContain(`\`${id}\``);
    for (const messageId of Object.values(PARTLY_AGENCY_ONLY).flat()) expect(section, messageId).toContain(`\`${messageId}\``);
  });
});

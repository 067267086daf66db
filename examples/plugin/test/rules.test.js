// Run with `npm test` (node --test) in the plugin's repository, after `npm install` (which installs
// @sla-as-code/sla as a dev dependency). `lintText` runs the rules as `sla lint` does, on agreement text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lintText } from '@sla-as-code/sla';
import plugin from '../index.js';

const fixture = readFileSync(new URL('./fixtures/agreement.yaml', import.meta.url), 'utf8');
const { 'banned-terms': bannedTerms, 'max-severity-levels': maxSeverityLevels } = plugin.rules;

describe('banned-terms', () => {
  it('reports a banned term where it is written', () => {
    const { findings } = lintText(fixture, { rules: [bannedTerms] });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.messageId, f.line]), [['banned-terms', 'banned', 14]]);
  });

  it('takes the terms as options', () => {
    const { findings } = lintText(fixture, { rules: [bannedTerms], ruleOptions: { 'banned-terms': { terms: ['nothing-like-this'] } } });
    assert.deepEqual(findings, []);
  });
});

describe('max-severity-levels', () => {
  it('is quiet within the limit and reports above it', () => {
    assert.deepEqual(lintText(fixture, { rules: [maxSeverityLevels] }).findings, []);
    const { findings } = lintText(fixture, { rules: [maxSeverityLevels], ruleOptions: { 'max-severity-levels': { max: 1 } } });
    assert.deepEqual(findings.map((f) => f.messageId), ['tooMany']);
  });
});

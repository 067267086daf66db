// The diff as the package's public API (src/index.ts): the pieces `sla diff` is made of, usable without the CLI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as sla from '../../src/index.js';
import { ROOT } from '../helpers/example.js';
import { applyEdits } from './apply-edits.js';

describe('the public diff API', () => {
  it('exports the diff, the report, the git reader and the formatters', () => {
    for (const name of ['diffAgreements', 'headlineOf', 'diffReport', 'diffTwoFiles', 'diffFilePairs', 'readGitAgreementVersions', 'resolveGitRange', 'listChangedAgreements', 'readGitVersion', 'formatDiffStylish', 'formatDiffMarkdown', 'formatDiffJson', 'formatDiffPdf'] as const) {
      expect(typeof sla[name], name).toBe('function');
    }
    expect(sla.CHANGE_EFFECTS).toEqual(['weaker', 'mixed', 'stronger', 'neutral']);
    expect(Object.keys(sla.DIFF_FORMATTERS)).toEqual(['stylish', 'md', 'json']);
    expect(new sla.GitDiffError('x', 'bad-revision')).toBeInstanceOf(Error);
  });

  it('compares two texts into a report every formatter takes', () => {
    const file = 'examples/premium-pricing-agent.sla.yaml';
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const { report, problems, invalid } = sla.diffTwoFiles({ path: 'old.sla.yaml', text }, { path: 'new.sla.yaml', text: applyEdits(text, [{ set: '/tiers/2/targets/critical/response/within', value: '30m' }]) });
    expect(problems).toEqual([]);
    expect(invalid).toEqual([]);
    expect(report.verdict).toEqual({ weaker: 1, mixed: 0, stronger: 0, neutral: 0 });
    expect(report.files[0]?.status).toBe('modified');
    for (const format of Object.values(sla.DIFF_FORMATTERS)) expect(format(report)).toContain(report.headline);
  });

  it('reports a version that is not YAML as problems with positions, not as a diff', () => {
    const { report, problems } = sla.diffTwoFiles({ path: 'a.sla.yaml', text: 'slaVersion: 1\n' }, { path: 'b.sla.yaml', text: 'a: [\n' });
    expect(report.files[0]?.diff).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: 'b.sla.yaml', severity: 'error', range: expect.objectContaining({ line: expect.any(Number), column: expect.any(Number) }) })]);
  });
});

// What a reviewer reads for every pair of test/diff/pairs.yaml: the summary sentence, section and effect of each change,
// in one golden file to read as a reviewer would. Refresh with `UPDATE_GOLDEN=1 npx vitest run test/diff/summaries`
// and read the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { diffAgreements } from '../../src/diff/index.js';
import { buildPair, loadPairs } from './pairs.js';
import { ROOT } from './schema-paths.js';

const GOLDEN = path.join(ROOT, 'test/diff/summaries.golden.md');

function summaries(): string {
  const lines = ['# What `sla diff` says about each pair of test/diff/pairs.yaml', ''];
  for (const pair of loadPairs()) {
    const built = buildPair(pair);
    const diff = diffAgreements(loadAgreementText(built.oldText, 'old.sla.yaml'), loadAgreementText(built.newText, 'new.sla.yaml'));
    lines.push(`## ${pair.name}`, '', `${diff.headline}`, '');
    for (const change of diff.changes) {
      lines.push(`- **${change.effect}** · ${change.section} · \`${change.pointer}\` (lines ${change.oldLine ?? '–'} → ${change.newLine ?? '–'}): ${change.summary}`);
      for (const measure of change.measures ?? []) lines.push(`  - ${measure.label}: ${measure.before} → ${measure.after} (${measure.effect})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

describe('sla diff summaries', () => {
  it('match the reviewed golden file', () => {
    const text = summaries();
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run UPDATE_GOLDEN=1 npx vitest run test/diff/summaries`).toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  }, 120_000);

  it('never show a JSON fragment or an unresolved placeholder to the reader', () => {
    const text = summaries();
    expect(text).not.toMatch(/[{[]"|undefined|\[object Object\]|NaN/);
  }, 120_000);
});

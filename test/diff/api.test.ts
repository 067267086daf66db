// diffAgreements as a library function: its inputs, versions with schema errors, and the verdict and order it returns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { diffAgreements, SECTION_ORDER, DIFF_RULES } from '../../src/diff/index.js';
import { applyEdits } from './apply-edits.js';
import { ROOT } from './schema-paths.js';

const file = 'examples/premium-pricing-agent.sla.yaml';
const text = readFileSync(path.join(ROOT, file), 'utf8');
const base = loadAgreementText(text, file);

describe('diffAgreements', () => {
  it('refuses what is not an AgreementResult with a TypeError that says what to pass', () => {
    for (const bad of [undefined, null, 'old.sla.yaml', {}, { source: {} }]) {
      expect(() => diffAgreements(bad as never, base)).toThrow(TypeError);
      expect(() => diffAgreements(base, bad as never)).toThrow(/AgreementResult/);
    }
  });

  it('finds nothing between a version and itself', () => {
    const diff = diffAgreements(base, loadAgreementText(text, file));
    expect(diff.changes).toEqual([]);
    expect(diff.headline).toBe('No change to the agreement');
    expect(diff.old).toEqual(diff.new);
  });

  it('still compares a version with schema errors, by its data', () => {
    const broken = loadAgreementText(applyEdits(text, [{ set: '/tiers/2/targets/critical/response/within', value: '30m' }, { set: '/calendars/0/timezone', value: 'Mars/Olympus' }]), file);
    expect(broken.ok).toBe(false);
    const diff = diffAgreements(base, broken);
    const response = diff.changes.find((c) => c.pointer === '/tiers/2/targets/critical/response');
    expect(response?.effect).toBe('weaker');
  });

  it('orders changes by the contract’s sections, worst first in the headline', () => {
    const edited = loadAgreementText(applyEdits(text, [
      { set: '/availability/target', value: 99.5 },
      { set: '/tiers/2/targets/high/response/within', value: '20m' },
      { set: '/title', value: 'Support Agreement — Pricing' },
      { add: '/scope/excluded/-', value: { category: 'other', description: 'Prices for marketplaces.' } },
    ]), file);
    const diff = diffAgreements(base, edited);
    const ranks = diff.changes.map((c) => SECTION_ORDER.indexOf(c.section));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(diff.verdict).toEqual({ stronger: 1, weaker: 2, neutral: 1, mixed: 0 });
    expect(diff.headline).toBe('2 changes weaker for the client, 1 stronger, 1 neutral');
  });

  it('gives both versions’ lines and pointers', () => {
    const edited = loadAgreementText(applyEdits(text, [{ set: '/tiers/2/targets/critical/response/within', value: '30m' }]), file);
    const [change] = diffAgreements(base, edited).changes;
    const line = text.split('\n').findIndex((l, i) => i > 300 && l.includes('critical:')) + 2;
    expect(change).toMatchObject({ oldPointer: '/tiers/2/targets/critical/response', newPointer: '/tiers/2/targets/critical/response', oldLine: line, newLine: line });
    expect(change?.summary).toBe('Critical response target (Premium tier) is slower for the client: 15 minutes → 30 minutes (24×7); worst-case wait: 15 minutes → 30 minutes.');
  });

  it('judges "2 hours, 24×7" against "1 hour in business hours" by the wall clock, not the number', () => {
    const before = loadAgreementText(applyEdits(text, [{ set: '/tiers/2/targets/high/response', value: { within: '2h', calendar: 'always-on', firmness: 'commitment' } }]), file);
    const after = loadAgreementText(applyEdits(text, [{ set: '/tiers/2/targets/high/response', value: { within: '1h', calendar: 'london-business', firmness: 'commitment' } }]), file);
    const [change] = diffAgreements(before, after).changes;
    // The time is shorter, but raised on a Friday evening the answer comes on Monday.
    expect(change?.effect).toBe('mixed');
    expect(change?.reason).toMatch(/^the time is shorter, but the worst-case wait grows from 2 hours to \d+ hours/);
    expect(change?.measures?.[0]).toMatchObject({ label: 'worst-case wait', before: '2 hours', effect: 'weaker' });
  });

  it('measures two changes to one calendar each by what it does alone', () => {
    const edited = loadAgreementText(applyEdits(text, [
      { add: '/calendars/0/holidays/-', value: { date: '2027-11-05', name: 'Company day' } },
      { set: '/calendars/0/hours/0/open/0', value: '08:00-20:00' },
    ]), file);
    const changes = diffAgreements(base, edited).changes;
    const hours = changes.find((c) => c.pointer === '/calendars/0/hours');
    const holiday = changes.find((c) => c.pointer.startsWith('/calendars/0/holidays/'));
    expect(hours).toMatchObject({ effect: 'stronger' });
    expect(hours?.measures?.find((m) => m.label === 'support hours a week')).toMatchObject({ before: '50 hours', after: '60 hours' });
    expect(holiday).toMatchObject({ change: 'added', effect: 'weaker' });
    // A Friday closed: 10 hours of the old calendar, not 12 of the new one, and no change to the week.
    expect(holiday?.measures?.find((m) => m.label === 'support hours a week')).toBeUndefined();
    expect(holiday?.measures?.find((m) => m.label === 'working hours a year')).toMatchObject({ effect: 'weaker' });
  });

  it('puts every rule in a section the contract has', () => {
    for (const rule of DIFF_RULES) expect(SECTION_ORDER, rule.path).toContain(rule.section);
  });
});

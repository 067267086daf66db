import { describe, expect, it } from 'vitest';
import { clientResponsibilities as rule } from '../../src/lint/rules/client-responsibilities.js';
import { brief, expectClean, lint, positionOf, standard, withoutBlock } from './helpers.js';

describe('client-responsibilities', () => {
  it('accepts the standard example, which covers all five essentials', () => {
    expectClean(rule, standard);
  });

  it('flags an agreement with no client responsibilities at all', () => {
    const text = withoutBlock(standard, 'clientResponsibilities:');
    expect(lint(rule, text)).toMatchObject([{ messageId: 'missing', line: 5, column: 1 }]);
  });

  it('names the missing categories, at the clientResponsibilities key', () => {
    const text = withoutBlock(withoutBlock(standard, '  - category: access-and-context'), '  - category: operating-procedures');
    const findings = lint(rule, text);
    expect(brief(findings)).toEqual([{ messageId: 'missingCategories', ...positionOf(text, 'clientResponsibilities:') }]);
    expect(findings[0]!.data.missing).toBe('`access-and-context` and `operating-procedures`');
  });

  it('asks for the categories the options require', () => {
    expect(lint(rule, standard, { required: ['designated-contact', 'testing'] })).toMatchObject([{ messageId: 'missingCategories', data: { missing: '`testing`' } }]);
  });

  describe('near misses that must not trigger', () => {
    it('extra categories beyond the five', () => {
      expectClean(rule, standard.replace('clientResponsibilities:\n', 'clientResponsibilities:\n  - category: data\n    description: Keep the help-centre articles current.\n'));
    });
    it('a shorter list when the options require less', () => {
      expectClean(rule, withoutBlock(standard, '  - category: operating-procedures'), { required: ['designated-contact', 'escalation-channel'] });
    });
  });
});

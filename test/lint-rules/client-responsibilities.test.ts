import { describe, expect, it } from 'vitest';
import { clientResponsibilities as rule } from '../../src/lint/rules/client-responsibilities.js';
import { brief, editDocument, expectClean, lint, positionOf, standard, withoutBlock } from './helpers.js';

/** The standard example as a published policy (no client, no client's tier), with these duties. */
function policyWith(duties: { category: string; description: string }[]): string {
  return editDocument(standard, (doc) => {
    doc.set('kind', 'SupportPolicy');
    doc.deleteIn(['parties', 'client']);
    doc.delete('serviceTier');
    doc.set('clientResponsibilities', doc.createNode(duties));
  });
}

const contacts = { category: 'designated-contact', description: 'Only the named support contacts of a subscription may open tickets.' };
const detail = { category: 'access-and-context', description: 'Give reasonable detail of the error and reasonable access to the customer environment.' };

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

  it('does not count a duty worded as a preference', () => {
    const text = editDocument(standard, (doc) => {
      doc.setIn(['clientResponsibilities', 2, 'description'], 'For emergencies, it is preferable to include screenshots and logs in the first ticket.');
    });
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'missingCategories', data: { missing: '`access-and-context`', preferences: ' (`access-and-context` is worded only as a preference, which binds no one)' } },
    ]);
  });

  describe('in a published support policy', () => {
    it('asks for the duties every customer has: named contacts and the detail and access an incident needs', () => {
      expect(lint(rule, policyWith([contacts, { category: 'other', description: 'Set an accurate priority when submitting.' }]))).toMatchObject([
        { messageId: 'missingCategories', data: { missing: '`access-and-context`' } },
      ]);
      expect(lint(rule, policyWith([]).replace(/clientResponsibilities: \[\]\n/, ''))).toMatchObject([{ messageId: 'missing', data: { required: '`designated-contact` and `access-and-context`' } }]);
    });

    it('does not ask for the agency\'s categories (the customer\'s own systems, operating procedures, the escalation path)', () => {
      expectClean(rule, policyWith([contacts, detail]));
    });

    it('takes the categories a policy must cover from `requiredInPolicies`', () => {
      expect(lint(rule, policyWith([contacts, detail]), { requiredInPolicies: ['designated-contact', 'access-and-context', 'client-systems'] })).toMatchObject([
        { messageId: 'missingCategories', data: { missing: '`client-systems`' } },
      ]);
    });
  });

  describe('near misses that must not trigger', () => {
    it('"should" and "recommended" as ordinary duty words ("keep a recommended configuration")', () => {
      const text = editDocument(standard, (doc) => {
        doc.setIn(['clientResponsibilities', 2, 'description'], 'Support contacts should have read access to the logs the provider needs.');
        doc.setIn(['clientResponsibilities', 3, 'description'], 'Keep the order system on a recommended configuration.');
      });
      expectClean(rule, text);
    });
    it('extra categories beyond the five', () => {
      expectClean(rule, standard.replace('clientResponsibilities:\n', 'clientResponsibilities:\n  - category: data\n    description: Keep the help-centre articles current.\n'));
    });
    it('a shorter list when the options require less', () => {
      expectClean(rule, withoutBlock(standard, '  - category: operating-procedures'), { required: ['designated-contact', 'escalation-channel'] });
    });
  });
});

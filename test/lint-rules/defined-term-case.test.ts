import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inSpans, literalSpans } from '../../src/lint/rule-helpers.js';
import { definedTermCase as rule, isQuoted } from '../../src/lint/rules/defined-term-case.js';
import { editDocument, expectClean, lint, positionOf, rangeOfText, ROOT, standard, standardWith } from './helpers.js';

/** The standard example with the Standard tier's description replaced by `sentence`. */
const inTier = (sentence: string) => editDocument(standard, (doc) => doc.setIn(['tiers', 1, 'description'], sentence));

/** The standard example with every defined party and the document's name written in lower case, as prose often does. */
const lowerCased = standard.replace(/\b(the|this|The|This) (Provider|Client|Agreement)\b/g, (_whole, determiner: string, noun: string) => `${determiner} ${noun.toLowerCase()}`);

/** The published-policy example (a `SupportPolicy`), with `sentence` as its first tier's description. */
const policy = readFileSync(path.join(ROOT, 'examples/published-support-policy.sla.yaml'), 'utf8');
const inPolicyTier = (sentence: string) => editDocument(policy, (doc) => doc.setIn(['tiers', 0, 'description'], sentence));

/** The standard example with definitions replaced by `definitions` and the Standard tier described by `sentence`. */
function withDefinitions(definitions: { term: string; meaning: string }[], sentence: string): string {
  return editDocument(standard, (doc) => {
    doc.setIn(['definitions'], doc.createNode(definitions));
    doc.setIn(['tiers', 1, 'description'], sentence);
  });
}

describe('defined-term-case', () => {
  it('accepts the four examples', () => {
    expectClean(rule, standard);
    for (const name of ['essential-document-extraction', 'premium-pricing-agent', 'published-support-policy']) {
      expectClean(rule, readFileSync(path.join(ROOT, `examples/${name}.sla.yaml`), 'utf8'));
    }
  });

  describe('the parties and the document as the contract defines them', () => {
    it('reports "the provider" where the document writes "the Provider" elsewhere, at the exact words, saying what to write', () => {
      const text = inTier('Business-hours support; the provider answers critical incidents around the clock.');
      expect(lint(rule, text)).toMatchObject([
        { messageId: 'mixedParty', pointer: '/tiers/1/description', data: { words: 'the provider', fix: 'the Provider', term: 'Provider' }, ...rangeOfText(text, 'the provider') },
      ]);
      expect(lint(rule, text)[0]!.message).toContain('write "the Provider"');
    });

    it('reports every lower-case use in a document that never capitalises them (the template does), once each', () => {
      const findings = lint(rule, lowerCased);
      expect(new Set(findings.map((f) => f.messageId))).toEqual(new Set(['lowerCaseParty']));
      expect(new Set(findings.map((f) => f.data.term))).toEqual(new Set(['Provider', 'Client', 'Agreement']));
      expect(findings.length).toBeGreaterThan(30);
    });

    it.each([
      ['a possessive at the start of a sentence', "The client's point of contact approves every planned change.", "The client", 'The Client'],
      ['"this agreement"', 'Every channel listed in this agreement is staffed during business hours.', 'this agreement', 'this Agreement'],
      ['a line break between the words', 'Critical incidents reach the\nclient within the hour.', 'the\nclient', 'the\nClient'],
      ['a real sentence (change-order clause)', 'A request is a change order when the provider estimates it at more than six hours of work.', 'the provider', 'the Provider'],
      ['a real sentence (excused delay)', 'A delay caused by the client not meeting one of its responsibilities is not a breach.', 'the client', 'the Client'],
    ])('reports %s', (_name, sentence, words, fix) => {
      expect(lint(rule, inTier(sentence)).map((f) => [f.data.words, f.data.fix])).toEqual([[words, fix]]);
    });

    it('still reports a role word followed by "of" when it is possessive, and a use after a stray quotation mark', () => {
      expect(lint(rule, inTier("Faults of the provider's model of the service are excluded.")).map((f) => f.data.words)).toEqual(["the provider"]);
      expect(lint(rule, inTier('Answers within 2 hours (a "fast lane); the client pays extra.')).map((f) => f.data.words)).toEqual(['the client']);
    });

    it('reads the names the contract prints beside its prose, e.g. the approver of changes', () => {
      const text = standardWith(["approver: The Client's point of contact", "approver: The client's point of contact"]);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'mixedParty', pointer: '/maintenance/approval/approver', ...rangeOfText(text, 'The client') }]);
    });

    describe('in a SupportPolicy, the party is the Customer and the document the Policy', () => {
      it('reports "the customer" and "this policy"', () => {
        expect(lint(rule, inPolicyTier('For teams where the customer runs one workflow, as this policy describes.')).map((f) => f.data.fix)).toEqual(['the Customer', 'this Policy']);
      });
      it('leaves "the client" and "this agreement" alone: a policy defines neither', () => {
        expectClean(rule, inPolicyTier('Where the client signed an order form, this agreement governs.'));
      });
      it('in an agreement, "the customer" is the client\'s own customer, not a defined party', () => {
        expectClean(rule, inTier('Answers the question the customer asked, in the language the customer wrote in.'));
      });
    });

    describe('near misses that must not trigger', () => {
      it.each([
        ['other determiners', 'A client, each client, your client and any provider may raise a request; a client\'s team too.'],
        ['plurals', 'Providers and clients of the platform; the clients\' own teams.'],
        ['a hyphenated compound', 'The client-side widget and the provider-hosted index.'],
        ['the role word as a modifier', 'The client team and the provider portal are separate from the client environment.'],
        ['the words in quotes', 'The parties clause names “the client” and ‘the provider’; "the client" is defined there.'],
        ['capitals throughout (a heading in prose)', 'THE PROVIDER MAKES NO OTHER WARRANTY.'],
        ['the defined form', 'The Provider answers; the Client approves this Agreement.'],
        ['"the agreement", which may be another one', 'Changes follow the agreement with the model vendor.'],
        ['a provider named by what follows', 'Faults of the provider of the hosting service, or of the client of a reseller, are excluded.'],
        ['another word between article and role', 'A third-party model provider and the service provider of the hosting are not parties.'],
        ['code spans', 'Set `the client` and ``the provider`` in the connector\'s configuration.'],
      ])('%s', (_name, sentence) => {
        expectClean(rule, inTier(sentence));
      });

      it.each([
        ['a compound noun after the role (corpus: MongoDB)', 'Give reasonable access to the customer environment.'],
        ['a field name in the policy (corpus: GitLab)', 'Select both a severity and a customer priority. The customer priority is whatever you and your organization define it as.'],
      ])('in a policy: %s', (_name, sentence) => {
        expectClean(rule, inPolicyTier(sentence));
      });
    });
  });

  describe('terms of the agreement\'s own definitions', () => {
    it('leaves "business day" alone beside the definition "Business day": ordinary English, written one way', () => {
      expectClean(rule, standard);
      expectClean(rule, withDefinitions([{ term: 'Resolution time', meaning: 'The time to a fix.' }], 'The terms of service do not indicate resolution time, which will vary from case to case.'));
    });

    it('reports the one use written differently from the others, with the form to use', () => {
      const text = inTier('Critical incidents are answered within one Business Day.');
      expect(lint(rule, text)).toMatchObject([
        { messageId: 'mixedTerm', pointer: '/tiers/1/description', data: { words: 'Business Day', term: 'Business day', fix: 'business day' }, ...rangeOfText(text, 'Business Day') },
      ]);
    });

    it('follows a definition capitalised as a whole ("Response Time"): lower case in prose is the document mixing (corpus: Grafana)', () => {
      const text = withDefinitions(
        [{ term: 'Response Time', meaning: 'The target time to respond.' }],
        'Support availability and response times may vary depending on the type of account you have.',
      );
      expect(lint(rule, text)).toMatchObject([{ messageId: 'mixedTerm', data: { words: 'response times', fix: 'Response Times' }, ...rangeOfText(text, 'response times') }]);
      expect(lint(rule, text)[0]!.message).toContain('in its definition');
    });

    it('reports a one-word term only for a stray capital: in lower case it is also the ordinary word', () => {
      const definitions = [{ term: 'Incident', meaning: 'An event that stops the assistant answering correctly.' }];
      // The standard example writes "incident" in lower case throughout.
      const text = withDefinitions(definitions, 'An Incident raised by the Client is answered within the hour.');
      const at = positionOf(text, 'Incident raised');
      expect(lint(rule, text)).toMatchObject([{ messageId: 'mixedTerm', data: { words: 'Incident', fix: 'incident' }, ...at, endColumn: at.column + 'Incident'.length }]);
      // "Error" written capitalised beside the example's ordinary "error rate" and "errors": the drafter's choice.
      expectClean(rule, withDefinitions([{ term: 'Error', meaning: 'A failure of the assistant.' }], 'Report an Error with its logs; the Error is triaged within a day.'));
    });

    it.each([
      ['the first word of a sentence says nothing', 'Business days end at 17:30. A request counts in business days.'],
      ['a hyphenated compound is another word', 'The Berlin business-hours calendar and Business-Day counting.'],
      ['in quotes', 'The source calls it a \'Business Day\' and counts in business days.'],
      ['after a colon', 'Counting: Business days exclude public holidays.'],
    ])('does not report: %s', (_name, sentence) => {
      expectClean(rule, inTier(sentence));
    });

    it('reads a definition restating its own term as the headword, not a use; later uses in it count', () => {
      expectClean(rule, withDefinitions([{ term: 'Quiet Period', meaning: 'A quiet period is a week in which no change is released.' }], 'No release in a Quiet Period.'));
      const text = withDefinitions([{ term: 'Quiet Period', meaning: 'A quiet period is a week without releases. Each quiet period is announced.' }], 'No release in a Quiet Period.');
      expect(lint(rule, text)).toMatchObject([{ messageId: 'mixedTerm', pointer: '/definitions/0/meaning', data: { words: 'quiet period', fix: 'Quiet Period' }, ...rangeOfText(text, 'quiet period', 2) }]);
    });

    it('says the form the document uses, not the use\'s own ending, and counts the other uses', () => {
      const text = inTier('Critical incidents are answered within one Business Day.');
      expect(lint(rule, text)[0]!.message).toBe('"Business Day" is the defined term "Business day", which this document writes "business day" 5 other times; write "business day"');
    });

    it('skips acronyms, which have no lower-case form to confuse', () => {
      expectClean(rule, withDefinitions([{ term: 'SLA', meaning: 'This Agreement.' }], 'The sla file and the SLA.'));
    });
  });

  describe('literalSpans', () => {
    it.each([
      ['a code span', 'set `the client` here', [[4, 16]]],
      ['a double-backtick code span around a backtick', 'x ``a ` b`` y', [[2, 11]]],
      ['an unmatched backtick is a character', 'a ` b', []],
      ['a quote inside a code span is code', "`don't` and 'the client'", [[0, 7], [12, 24]]],
      ['a stray opening mark quotes nothing, a later pair still does', 'a "stray mark and “quoted” words', [[18, 26]]],
    ])('%s', (_name, text, spans) => {
      expect(literalSpans(text)).toEqual(spans);
    });

    it('finds an index by binary search', () => {
      const spans: [number, number][] = [[2, 4], [10, 12]];
      expect([1, 2, 3, 4, 9, 10, 11, 12].map((index) => inSpans(spans, index))).toEqual([false, true, true, false, false, true, true, false]);
    });
  });

  describe('isQuoted', () => {
    it.each([
      ['inside curly quotes', 'the “client” is', 6, true],
      ['after the closing quote', 'the “client” is', 14, false],
      ['an apostrophe in a word opens nothing', "the client's team and the provider", 30, false],
      ['inside straight single quotes', "names 'the provider' here", 10, true],
    ])('%s', (_name, text, index, expected) => {
      expect(isQuoted(text, index)).toBe(expected);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { unilateralReclassification as rule } from '../../src/lint/rules/unilateral-reclassification.js';
import { edit, expectClean, lint, positionOf, standard } from './helpers.js';

// The standard example gives the client recourse in its first escalation step; these fixtures take it away.
const recourse = 'A response or update target is missed, or the Client disagrees with the severity assigned.';
const withoutRecourse = edit(standard, [recourse, 'A response or update target is missed.']);
const emailChannel = 'Creates a ticket in the portal automatically.';
const withSentence = (sentence: string, base = withoutRecourse) => edit(base, [emailChannel, sentence]);

describe('unilateral-reclassification', () => {
  it('accepts the standard example', () => {
    expectClean(rule, standard);
  });

  describe('the provider reclassifies and the client has no recourse, at the exact words', () => {
    it.each([
      ['reclassify', 'The provider may reclassify the severity of any ticket at any time.'],
      ['downgraded', 'Tickets may be downgraded to a lower severity if the provider believes they were misclassified.'],
      ['change the priority', 'We may change the priority of a request at our discretion.'],
      ['lower the severity level', 'The on-call engineer can lower the severity level once a workaround exists.'],
    ])('"%s"', (words, sentence) => {
      const text = withSentence(sentence);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'unilateral', data: { words }, line: at.line, column: at.column, endColumn: at.column + words.length }]);
    });
  });

  describe('provider-only decisions worded without "reclassify", at the exact words', () => {
    it.each([
      ['reserves the right to change', 'unilateral', 'The provider reserves the right to change the priority of any ticket.'],
      ['reserves the right to reclassify', 'unilateral', 'Kestrel reserves the right to reclassify the priority level at any time if it reasonably believes the classification is incorrect.'],
      ['reserves the right to re-evaluate', 'unilateral', 'The provider reserves the right to re-evaluate the severity once diagnosis begins.'],
      ['determined by the provider', 'providerDecides', 'The priority of each ticket is determined by the provider.'],
      ['determined by Kestrel Workflow Studio', 'providerDecides', 'Severity is determined by Kestrel Workflow Studio after triage.'],
      ['assigned solely by Kestrel', 'providerDecides', 'Priority levels are assigned solely by Kestrel.'],
      ['final and binding', 'providerDecides', 'The provider\'s classification of the severity is final and binding.'],
      ['at the provider\'s sole discretion', 'providerDecides', 'Any change to the severity of a ticket is made at the provider\'s sole discretion.'],
      ['The provider sets the priority', 'providerDecides', 'The provider sets the priority of each request in its sole discretion.'],
      ['is final', 'providerDecides', 'The severity assigned at triage is final.'],
      ['We determine the priority', 'providerDecides', 'We determine the priority of every request.'],
    ])('"%s"', (words, messageId, sentence) => {
      const text = withSentence(sentence);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId, data: { words }, line: at.line, column: at.column, endColumn: at.column + words.length }]);
    });

    it('reports one finding per sentence, at the words that come first', () => {
      const text = withSentence('The provider reserves the right to reclassify the priority at any time, and its decision is final and binding.');
      expect(lint(rule, text)).toMatchObject([{ messageId: 'unilateral', data: { words: 'reserves the right to reclassify' } }]);
    });

    it.each([
      ['the client\'s own selection is final', 'The priority selected by the client when opening the ticket is final.'],
      ['the client reserves the right', 'The client reserves the right to change the priority of its own tickets.'],
      ['a decision about scope, not severity', 'The provider decides whether a request is support or a change order, and its decision is final and binding.'],
      ['"determined by" about something else', 'The maintenance window is determined by the provider.'],
      ['"final" as a point in time', 'A critical severity incident is final once the client confirms the fix.'],
    ])('stays quiet: %s', (_name, sentence) => {
      expectClean(rule, withSentence(sentence));
    });
  });

  describe('a clause that lets the client reverse or dispute a reclassification is the recourse, not a finding', () => {
    it.each([
      ['the client may dispute a reclassification', 'The client may dispute any reclassification through the escalation path.'],
      ['if the client disagrees with a downgrade', 'If the client disagrees with a downgrade, the original severity applies until the delivery lead decides.'],
      ['the client may ask for the reclassification to be reversed', 'The client may ask for a reclassification to be reversed within one business day.'],
      ['upon the client\'s objection', 'Upon the client\'s objection, a reclassified ticket returns to its original severity.'],
      ['the client may appeal', 'The client may appeal a reclassification of severity to the head of support.'],
    ])('%s', (_name, sentence) => {
      expectClean(rule, withSentence(sentence));
      // ... and it answers a provider's reclassification elsewhere in the agreement.
      expectClean(rule, withSentence(`The provider may reclassify the severity of any ticket. ${sentence}`));
    });

    it.each([
      ['a negated dispute', 'The provider may reclassify the severity of any ticket, and the client may not dispute the reclassification.'],
      ['no right to appeal', 'The provider may downgrade the severity; the client has no right to appeal a downgrade.'],
    ])('still reported: %s', (_name, sentence) => {
      expect(lint(rule, withSentence(sentence)).map((f) => f.messageId)).toEqual(['unilateral']);
    });
  });

  describe('near misses that must not trigger', () => {
    it('a recourse elsewhere in the agreement (the example\'s escalation step)', () => {
      expectClean(rule, withSentence('The provider may reclassify the severity of any ticket.', standard));
    });
    it.each([
      ['with the client\'s agreement', 'The provider may reclassify the severity only with the client\'s agreement.'],
      ['"by agreement"', 'Stay reachable during a critical incident until it is resolved or downgraded by agreement.'],
      ['by mutual agreement', 'The provider may change the severity of a ticket by mutual agreement with the point of contact.'],
      ['a dispute path in the same sentence', 'The provider may downgrade the severity, and the client may dispute it through the escalation path.'],
      ['the client reclassifies', 'The client may reclassify the severity of its own tickets.'],
      ['reclassified by the client', 'A ticket\'s severity may be reclassified by the client at any time.'],
      ['reassigning a ticket, not a severity', 'Tickets may be reassigned to another engineer.'],
      ['reassigning a ticket in a sentence about severity', 'Tickets are reassigned to the on-call engineer for critical severity.'],
      ['"lower" as an adjective', 'Tickets at a lower severity are answered by email.'],
      ['"downgrade" about something else', 'The provider may downgrade the model version after testing.'],
    ])('%s', (_name, sentence) => {
      expectClean(rule, withSentence(sentence));
    });
    it.each([
      ['escalating by severity', 'The client escalates critical severity incidents by phone.'],
      ['an "objective" about severity', 'The severity objective is agreed with the client.'],
    ])('%s is no recourse', (_name, elsewhere) => {
      const text = withSentence('The provider may reclassify severities.', edit(withoutRecourse, ['Tuning hours used against the allowance, and whether the allowance is right.', elsewhere]));
      expect(lint(rule, text)).toMatchObject([{ messageId: 'unilateral', ...positionOf(text, 'reclassify') }]);
    });
    it('escalating a wrong classification is recourse', () => {
      const text = withSentence('The provider may reclassify severities.', edit(withoutRecourse, ['Tuning hours used against the allowance, and whether the allowance is right.', 'The client may escalate a severity it thinks was wrongly assigned.']));
      expectClean(rule, text);
    });
    it('a negated dispute is no recourse', () => {
      const text = withSentence('The provider may reclassify severities. The client cannot dispute the severity assigned.');
      expect(lint(rule, text)).toMatchObject([{ messageId: 'unilateral', ...positionOf(text, 'reclassify') }]);
    });
  });
});

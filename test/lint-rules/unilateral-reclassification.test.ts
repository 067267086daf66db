import { describe, expect, it } from 'vitest';
import { unilateralReclassification as rule } from '../../src/lint/rules/unilateral-reclassification.js';
import { edit, expectClean, lint, positionOf, standard } from './helpers.js';

// The standard example gives the client recourse in its first escalation step; these fixtures take it away.
const recourse = 'A response or update target is missed, or the client disagrees with the severity assigned.';
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

  describe('near misses that must not trigger', () => {
    it('a recourse elsewhere in the agreement (the example\'s escalation step)', () => {
      expectClean(rule, withSentence('The provider may reclassify the severity of any ticket.', standard));
    });
    it.each([
      ['with the client\'s agreement', 'The provider may reclassify the severity only with the client\'s agreement.'],
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

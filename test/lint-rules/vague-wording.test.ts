import { describe, expect, it } from 'vitest';
import { vagueWording as rule } from '../../src/lint/rules/vague-wording.js';
import { editDocument, expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const accessDuty = 'Give the Provider access to conversation logs, the help-desk hand-over queue and the model vendor\'s status page, and answer questions about an incident within one business day.';

describe('vague-wording', () => {
  it('accepts the standard example', () => {
    expectClean(rule, standard);
  });

  describe('vague words without a number, at the exact words', () => {
    it.each([
      ['promptly', 'Answer questions about an incident promptly.'],
      ['as soon as possible', 'Give access to conversation logs as soon as possible.'],
      ['reasonable efforts', 'Use reasonable efforts to keep the help-desk platform running.'],
      ['commercially reasonable efforts', 'The provider uses commercially reasonable efforts to debug client systems.'],
      ['commercially-reasonable efforts', 'Components working alongside the assistant get commercially-reasonable efforts to debug only.'],
      ['best efforts', 'The provider makes best efforts to answer questions.'],
      ['best-effort', 'Questions are answered on a best-effort basis.'],
      ['in a timely manner', 'Answer questions in a timely manner.'],
      ['timely', 'Give timely access to logs.'],
      ['ASAP', 'Send logs ASAP.'],
      ['without undue delay', 'Questions are answered without undue delay.'],
      ['may vary', 'Support availability and response times may vary depending on the type of account.'],
    ])('"%s"', (words, duty) => {
      const text = standardWith([accessDuty, duty]);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'vague', data: { words }, line: at.line, column: at.column, endColumn: at.column + words.length }]);
    });
  });

  it('reports every vague phrase in a field', () => {
    const text = standardWith([accessDuty, 'Answer promptly. Give timely access.']);
    expect(lint(rule, text).map((f) => f.data.words)).toEqual(['promptly', 'timely']);
  });

  it('reports phrases from the options', () => {
    const text = standardWith([accessDuty, 'Answer questions quickly.']);
    expect(lint(rule, text, { extraPhrases: ['quickly'] })).toMatchObject([{ messageId: 'vague', ...positionOf(text, 'quickly') }]);
  });

  describe('"(commercially) reasonable efforts" qualifying a stated number is the standard formula, not vague', () => {
    it.each([
      ['a number in the sentence', 'The provider will use commercially reasonable efforts to respond to Severity 1 incidents within 4 hours.'],
      ['the number in words and in brackets', 'The provider shall use commercially reasonable efforts to respond within four (4) Business Hours.'],
      ['a reference to the stated response times', 'The provider will use commercially reasonable efforts to meet the initial response times set out in this agreement.'],
      ['a reference to the support levels', 'The provider warrants that it will use commercially reasonable efforts to deliver support substantially in accordance with the support levels.'],
      ['reasonable endeavours and the targets', 'The provider will use reasonable endeavours to meet the resolution targets.'],
      ['the hyphenated form and a number', 'The provider will use commercially-reasonable efforts to respond within 2 business hours.'],
    ])('%s', (_name, duty) => {
      expectClean(rule, standardWith([accessDuty, duty]));
    });

    it.each([
      ['"best efforts", even beside the targets', 'The provider will use best efforts to meet the response times.', 'best efforts'],
      ['"reasonable efforts" with neither a number nor the targets', 'The provider will use commercially reasonable efforts to debug components that work alongside the platform.', 'commercially reasonable efforts'],
      ['"promptly" beside the targets: only the efforts formula borrows their numbers', 'The provider answers promptly, whatever the targets.', 'promptly'],
    ])('still reported: %s', (_name, duty, words) => {
      expect(lint(rule, standardWith([accessDuty, duty])).map((f) => f.data.words)).toEqual([words]);
    });
  });

  describe('speed words about responding, beside a table of response times', () => {
    const priority = 'While the provider attempts to respond to all issues in a timely manner, incidents that stop customers being served take priority.';
    /** The standard example with `sentence` as the Standard tier's description. */
    const inTier = (sentence: string, change: (doc: import('yaml').Document) => void = () => {}) =>
      editDocument(standard, (doc) => {
        doc.setIn(['tiers', 1, 'description'], sentence);
        change(doc);
      });

    it('are not reported when the document states response times: the table is the measure', () => {
      expectClean(rule, inTier(priority));
      expectClean(rule, inTier('We respond promptly to every ticket.'));
    });

    it('are reported when no response has a time', () => {
      const text = inTier(priority, (doc) => {
        for (const tier of [0, 1]) for (const level of ['critical', 'high', 'normal', 'low']) doc.setIn(['tiers', tier, 'targets', level], doc.createNode({ response: 'unstated' }));
      });
      expect(lint(rule, text).map((f) => f.data.words)).toEqual(['in a timely manner']);
    });

    it('are reported in the client\'s duties, which the table does not time', () => {
      expect(lint(rule, standardWith([accessDuty, 'Respond to the provider\'s questions about an incident promptly.'])).map((f) => f.data.words)).toEqual(['promptly']);
    });

    it('are reported about anything but responding, and the efforts formulas follow their own rule', () => {
      expect(lint(rule, inTier('Fixes are released in a timely manner.')).map((f) => f.data.words)).toEqual(['in a timely manner']);
      expect(lint(rule, inTier('The provider uses best efforts to respond.')).map((f) => f.data.words)).toEqual(['best efforts']);
    });
  });

  describe('near misses that must not trigger', () => {
    it.each([
      ['a number in the same sentence', 'Answer questions promptly, and within 2 business hours.'],
      ['a number in words', 'Give timely access to logs: within one business day of a request.'],
      ['"untimely"', 'An untimely answer pauses the resolution target.'],
      ['"may vary" about something other than the service', 'The number of questions may vary from month to month.'],
      ['"may vary" with the range it varies in', 'Response times may vary between 2 and 4 business hours by plan.'],
      ['"prompt" as the model prompt', 'Approve prompt changes before release.'],
      ['"reasonable" on its own', 'Keep usage within reasonable limits set in the handbook.'],
      ['"best" on its own', 'Share the best example conversations each month.'],
      ['"timely" as part of a hyphenated name', 'Follow the timely-access checklist in the handbook.'],
    ])('%s', (_name, duty) => {
      expectClean(rule, standardWith([accessDuty, duty]));
    });
  });
});

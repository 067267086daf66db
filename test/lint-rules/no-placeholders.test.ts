import { describe, expect, it } from 'vitest';
import { noPlaceholders as rule } from '../../src/lint/rules/no-placeholders.js';
import { expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const emailNote = 'Creates a ticket in the portal automatically.';

describe('no-placeholders', () => {
  it('accepts the standard example', () => {
    expectClean(rule, standard);
  });

  describe('placeholders in free text, at the exact words', () => {
    it.each([
      ['TODO', 'TODO agree the ticket rules with the client.'],
      ['TBD', 'Creates a ticket in the portal (details TBD).'],
      ['FIXME', 'Creates a ticket FIXME in the portal.'],
      ['[insert ticket system]', 'Creates a ticket in [insert ticket system].'],
      ['Lorem ipsum', 'Lorem ipsum dolor sit amet.'],
    ])('%s', (words, note) => {
      const text = standardWith([emailNote, note]);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'placeholder', data: { words }, line: at.line, column: at.column, endColumn: at.column + words.length }]);
    });
  });

  it('finds a placeholder that line folding or an escape hides in the file text', () => {
    const folded = standardWith([emailNote, 'Creates a ticket. Lorem\n      ipsum dolor.']);
    expect(lint(rule, folded)).toMatchObject([{ messageId: 'placeholder', data: { words: 'Lorem ipsum' } }]);
    const escaped = standardWith([emailNote, '"Creates a ticket (details \\x54BD)."']);
    expect(lint(rule, escaped)).toMatchObject([{ messageId: 'placeholder', data: { words: 'TBD' } }]);
  });

  it('finds placeholders in names and titles too, at the whole value', () => {
    const text = standardWith(['  - party: client\n    name: Matthias Krüger\n    title: Director of Customer Experience', '  - party: client\n    name: Matthias Krüger\n    title: TBD']);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'placeholder', pointer: '/signatures/1/title', ...positionOf(text, 'TBD') }]);
  });

  it('runs on a document that fails the schema', () => {
    const text = standardWith([emailNote, 'TODO'], ['slaVersion: 1', 'slaVersion: 2']);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'placeholder', ...positionOf(text, 'TODO') }]);
  });

  describe('near misses that must not trigger', () => {
    it.each([
      ['lower-case "todo"', 'The client keeps a todo list of content changes.'],
      ['a word that contains TBD', 'The TBDX connector is out of scope.'],
      ['a hyphenated name', 'The TODO-app integration is out of scope.'],
      ['brackets that are not a placeholder', 'Creates a ticket in the portal [see the channel list].'],
    ])('%s', (_name, note) => {
      expectClean(rule, standardWith([emailNote, note]));
    });
  });
});

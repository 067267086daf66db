/**
 * "Response within TBD" or "Contact: TODO" in a signed agreement is a term nobody agreed. Placeholders are found
 * in every string of the document (names and addresses too, where "TBD" is most common), at the exact words in
 * free-text fields and at the whole value elsewhere.
 */
import { joinPointer } from '../../load/source-map.js';
import type { Rule } from '../types.js';

// Upper case only: "todo" and "tbd" in running text are rare, and "xxx" can be a redaction in an example.
const MARKERS = /(?<![\w-])(?:TODO|TBD|TBC|TBA|FIXME|XXX)(?![\w-])/;
const FILLERS = /\blorem ipsum\b|\[(?:insert|add|enter|fill in|name of|client name|provider name|date|amount|todo|tbd)\b[^\]]*\]|<(?:insert|client name|provider name)\b[^>]*>/i;

/**
 * Words at least one of which every placeholder contains, as written in the file: folding may put a line break
 * inside "lorem ipsum" or "[fill in", so only the first word counts. A file without any of them (and without
 * backslash escapes, which could spell one) has no placeholder; most files are skipped at the cost of one scan.
 */
const ANY_PLACEHOLDER_WORD = /TODO|TBD|TBC|TBA|FIXME|XXX|lorem|[[<](?:insert|add|enter|fill|name|client|provider|date|amount|todo|tbd)/i;

/** Every placeholder in a string, in order. */
function placeholdersIn(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const pattern of [new RegExp(MARKERS.source, 'g'), new RegExp(FILLERS.source, 'gi')]) for (const match of text.matchAll(pattern)) found.push(match);
  return found.sort((a, b) => a.index - b.index);
}

/** Placeholders listed per text field; the last listed one counts the rest. */
const PER_FIELD = 10;

export const noPlaceholders: Rule = {
  meta: {
    id: 'no-placeholders',
    description: 'Text still holds a placeholder: TODO, TBD, FIXME, "lorem ipsum", "[insert ...]".',
    category: 'hygiene',
    defaultSeverity: 'warning',
    recommended: true,
    kind: 'text',
    messages: {
      placeholder: '"{{words}}" is a placeholder; write the actual term before the agreement is proposed or signed',
      placeholderAndMore: '"{{words}}" is a placeholder, and {{count}} more follow in this text (not listed); write the actual terms before the agreement is proposed or signed',
    },
  },
  check(context) {
    const written = context.source.text;
    if (!written.includes('\\') && !ANY_PLACEHOLDER_WORD.test(written)) return;
    const fields = context.textFields();
    const covered = new Set(fields.map((field) => field.pointer));
    for (const field of fields) {
      // A text of thousands of TODOs is one problem to its author: the first few are listed, then the count.
      const matches = placeholdersIn(field.text);
      for (const [index, match] of matches.slice(0, PER_FIELD).entries()) {
        const more = index === PER_FIELD - 1 ? matches.length - PER_FIELD : 0;
        context.report({
          messageId: more > 0 ? 'placeholderAndMore' : 'placeholder', data: { words: match[0], count: more.toLocaleString('en') },
          pointer: field.pointer, range: field.rangeOf(match.index, match.index + match[0].length),
        });
      }
    }
    // Names, titles, addresses and other strings that are not free text: report the whole value.
    const visit = (value: unknown, pointer: string): void => {
      if (typeof value === 'string') {
        if (covered.has(pointer)) return;
        const match = placeholdersIn(value)[0];
        if (match) context.report({ messageId: 'placeholder', data: { words: match[0] }, pointer });
      } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, joinPointer(pointer, index)));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, joinPointer(pointer, key));
    };
    visit(context.source.data, '');
  },
};

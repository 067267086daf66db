/**
 * Bidirectional controls are invisible: U+202E RIGHT-TO-LEFT OVERRIDE makes the text after it display backwards,
 * an isolate or a mark reorders the words around it ("Trojan Source"). In an agreement, the text one party reads
 * (in an editor, a review, the rendered contract) can then differ from the text the file holds. The rule reads the
 * raw text, so it finds them anywhere (comments and keys too) and needs neither a valid agreement nor parsed data;
 * in a double-quoted scalar it also finds them written as escapes (`"\u202E"`), which the raw text does not show.
 * Renders show every one as a marker such as `⟨U+202E⟩` (src/render/escape.ts).
 */
import { parseDocument, visit } from 'yaml';
import type { Rule } from '../types.js';
import { LineIndex } from '../../load/line-index.js';
import { BIDI_CONTROL_CLASS } from '../../util/control-characters.js';

/** Each bidi control, by code point, with its Unicode name. */
export const BIDI_CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const LITERAL = new RegExp(`[${BIDI_CONTROL_CLASS}]`, 'g');
// YAML's escapes in a double-quoted scalar: `\u202E` and `\U0000202E` (hex digits in either case).
const HEX = '(?:061[cC]|200[eEfF]|202[a-eA-E]|206[6-9])';
const ESCAPE = new RegExp(`\\\\(?:u${HEX}|U0000${HEX})`, 'g');

function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${BIDI_CONTROL_NAMES[codePoint]}`;
}

export const bidiControl: Rule = {
  meta: {
    id: 'bidi-control',
    description: 'The file contains an invisible bidirectional control character (U+202E and others) that can make text read differently from the source.',
    category: 'hygiene',
    defaultSeverity: 'error',
    recommended: true,
    kind: 'text',
    messages: {
      bidiControl: 'invisible bidirectional control {{codePoint}}: the text around it displays in a different order than it is written, so readers and the rendered contract can see something other than the file says; delete the character (the contract shows it as `{{marker}}`)',
    },
  },
  check(context) {
    const { text } = context.source;
    const found: { offset: number; length: number; codePoint: number }[] = [];
    for (const match of text.matchAll(LITERAL)) found.push({ offset: match.index, length: 1, codePoint: match[0].codePointAt(0)! });
    if (text.search(ESCAPE) !== -1) {
      // Only a double-quoted scalar turns `\u202E` into the character; elsewhere it is literal, visible text.
      const document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
      visit(document, {
        Scalar(_key, node) {
          if (node.type !== 'QUOTE_DOUBLE' || !node.range) return;
          const [start, end] = node.range;
          const written = text.slice(start, end);
          for (const match of written.matchAll(ESCAPE)) {
            // A backslash escaped by another one is not an escape.
            const backslashes = /\\*$/.exec(written.slice(0, match.index))![0].length;
            if (backslashes % 2 === 1) continue;
            found.push({ offset: start + match.index, length: match[0].length, codePoint: Number.parseInt(match[0].slice(-4), 16) });
          }
        },
      });
    }
    if (found.length === 0) return;
    found.sort((a, b) => a.offset - b.offset);
    const lines = new LineIndex(text);
    for (const { offset, length, codePoint } of found) {
      context.report({
        messageId: 'bidiControl',
        data: { codePoint: codePointName(codePoint), marker: `⟨U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}⟩` },
        pointer: '',
        range: lines.range(offset, offset + length),
      });
    }
  },
};

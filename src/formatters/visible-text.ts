/**
 * Text from an agreement, as a terminal or a CI log may print it. Messages quote values, keys and file names, and
 * a value can hold anything: a line break followed by `::error::…` would forge a line of a CI log (a workflow
 * command, a fake finding), an escape sequence would recolour or clear the terminal, and a bidi override would make
 * the line read differently from the file. So every such character is written as a visible escape, in the style of
 * a JavaScript string literal: `\n`, `\r`, `\x1b` (other C0 controls, DEL and the C1 controls), `\u202e` (bidi
 * controls, U+2028 and U+2029). A tab is kept. docs/lint.md ("Control characters in output") describes it.
 */
import { BIDI_CONTROL_CLASS, showControlCharacters } from '../util/control-characters.js';

// Bidi controls and the Unicode line and paragraph separators.
const UNICODE_CONTROL = new RegExp(`[${BIDI_CONTROL_CLASS}\u2028\u2029]`, 'g');

/** The text on one line, with every control character shown as an escape (`\n`, `\x1b`, `\u202e`). */
export function showText(text: string): string {
  return showControlCharacters(text.replace(/\n/g, '\\n').replace(/\r/g, '\\r'))
    .replace(UNICODE_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Markdown escaping for text that comes from an agreement. The rendered contract is Markdown, so a value is safe
 * only when it cannot start a block (heading, list, quote, code, table), cannot open inline markup (emphasis,
 * code, links, HTML, entities) and cannot end a table cell. Every value is therefore written as one line of
 * literal text: runs of whitespace (newlines included) become one space, and punctuation that Markdown could read
 * as syntax is backslash-escaped. Backslash escapes are plain CommonMark, so the source stays readable.
 *
 * Characters that would make the contract read differently from its source are shown, not passed on: a bidi control
 * (U+202E RIGHT-TO-LEFT OVERRIDE and the others in `BIDI_CONTROL`) or a control character becomes a visible marker
 * such as `⟨U+202E⟩`, in the Markdown and so in the PDF made from it.
 */
import { BIDI_CONTROL_CLASS } from '../util/control-characters.js';

// Inline syntax anywhere in the text: code, emphasis with `*`, links and images, HTML and autolinks, strikethrough,
// table cell separators, and the backslash itself.
const ALWAYS = /[\\`*[\]<>|~]/g;
// `_` opens emphasis only at a word boundary; `snake_case` is literal text in CommonMark.
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// `&amp;`, `&#38;`: an entity would be decoded, so a value could smuggle characters in.
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
// Block syntax, which matters only at the start of a line: the template may put any value there.
// A dotted number (`1.2 Scope`) is escaped too, so a value in a heading cannot pass for the template's numbering.
const BLOCK_START = /^(?:(#{1,6})(?=\s|$)|([-+=])(?=\s|$|\2+\s*$)|(\d{1,9})([.)])(?=\s|$|\d+(?:\.\d+)*\.?\s+\S))/;

/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the marks
 * (U+200E, U+200F) and the Arabic letter mark (U+061C). Invisible, they make text display in another order than it
 * is stored, so a contract could read differently from its source (the `bidi-control` lint rule reports them).
 */
export const BIDI_CONTROL = new RegExp(`[${BIDI_CONTROL_CLASS}]`, 'g');
// Control characters that are not whitespace (whitespace is folded into one space): C0, DEL and C1.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** `⟨U+202E⟩`: how a render shows a bidi or control character from an agreement, so it reads as the source. */
export function codePointMarker(character: string): string {
  return `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** The text with each bidi control and (non-whitespace) control character replaced by its visible marker. */
export function showInvisibleControls(text: string): string {
  return text.replace(BIDI_CONTROL, codePointMarker).replace(CONTROL, codePointMarker);
}

/** Whitespace a line may break at (JavaScript's `\s` without the no-break spaces), in runs. */
const BREAKING_WHITESPACE = /(?:(?![\u00a0\u202f\ufeff])\s)+/g;

/** Escapes one value for use anywhere in a line of Markdown, including a table cell. */
export function escapeMarkdown(value: string): string {
  // Line breaks and runs of spaces become one space; a no-break space (U+00A0, U+202F) is kept: French typography
  // puts one inside « » and before : ; ? !, and it must not become a place to break the line.
  const text = showInvisibleControls(value.replace(BREAKING_WHITESPACE, ' ').replace(/^ +| +$/g, ''));
  const inline = text.replace(ALWAYS, '\\$&').replace(UNDERSCORE, '\\_').replace(ENTITY, '\\&');
  return inline.replace(BLOCK_START, (match, hashes?: string, marker?: string, digits?: string, delimiter?: string) => {
    if (hashes) return `\\${hashes}`;
    if (marker) return `\\${marker}`;
    if (digits && delimiter) return `${digits}\\${delimiter}`;
    return match;
  });
}

/**
 * Escapes every string in a value (objects, arrays) and returns null-prototype copies of its objects. `prepare`
 * runs on each string before it is escaped (the contract's typography: curly quotes).
 */
export function escapeDeep<T>(value: T, prepare: (text: string) => string = (text) => text): T {
  if (typeof value === 'string') return escapeMarkdown(prepare(value)) as T;
  if (Array.isArray(value)) {
    // An array's only fields are its items and `length`; `constructor`, `push` and the rest are missing fields to
    // strict mode (which asks with `in`), rather than prototype members Handlebars would quietly render blank.
    return new Proxy(value.map((item) => escapeDeep(item, prepare)), {
      has: (target, key) => (typeof key === 'symbol' ? key in target : key === 'length' || /^\d+$/.test(key)),
    }) as T;
  }
  if (value instanceof Map || value instanceof Set || value instanceof Date) throw new Error('internal: the view must be plain data');
  if (value !== null && typeof value === 'object') {
    // Without a prototype, `constructor`, `__proto__` and friends are simply missing fields, which strict mode reports.
    const copy = Object.create(null) as Record<string | symbol, unknown>;
    // Handlebars puts the object in its strict-mode message; a symbol key is out of every template's reach.
    Object.defineProperty(copy, Symbol.toPrimitive, { value: () => '[object]', enumerable: false });
    for (const [key, item] of Object.entries(value)) copy[key] = escapeDeep(item, prepare);
    return copy as T;
  }
  return value;
}

import { showText } from './visible-text.js';

// Characters XML 1.0 cannot carry at all, even escaped (showText already turns the C0 controls into escapes).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;' };

/**
 * Text for an XML attribute value: control characters shown as visible escapes (`\n`, `\x1b`, `\u202e`), as every
 * format shows them (docs/lint.md, "Control characters in output"), what XML cannot carry dropped, and the markup
 * characters escaped. A tab is written `&#9;`, since a parser turns a raw one in an attribute into a space.
 *
 * The same escaping as junit.ts's own (private) helper, for formatters written since; junit.ts keeps its copy.
 */
export function xmlAttribute(text: string): string {
  return showText(text).replace(INVALID_XML, '').replace(/[&<>"'\t]/g, (c) => ENTITY[c]!);
}

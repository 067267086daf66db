/**
 * Text for an XML attribute value: control characters shown as visible escapes (`\n`, `\x1b`, `\u202e`), as every
 * format shows them (docs/lint.md, "Control characters in output"), what XML cannot carry dropped, and the markup
 * characters escaped. A tab is written `&#9;`, since a parser turns a raw one in an attribute into a space.
 *
 * The same escaping as junit.ts's own (private) helper, for formatters written since; junit.ts keeps its copy.
 */
export declare function xmlAttribute(text: string): string;

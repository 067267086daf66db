import type { Token, Tokens } from 'marked';
import type { PdfDocument } from './pdfkit-types.js';
/**
 * The named destinations of the headings, named as GitHub names their anchors, so that a link inside the contract
 * (`[section 9](#9-channels-and-escalation)`) goes to the same heading on GitHub, in a Markdown preview and in the
 * PDF. Computed once from the Markdown tokens, before layout: both layout passes use the same names, and a link
 * can be known to lead somewhere before the heading it leads to is set (a forward reference).
 */
export interface HeadingAnchors {
    /** The destination name of each heading that has one (a heading whose slug is empty has none). */
    readonly of: ReadonlyMap<Tokens.Heading, string>;
    /** Every heading's destination name: what a `#fragment` link may lead to. */
    readonly names: ReadonlySet<string>;
}
export declare const NO_ANCHORS: HeadingAnchors;
/**
 * Slugs every heading of the Markdown, the title included, in document order (headings inside block quotes and
 * list items too, as GitHub does), with one slugger, so the second "Notes" is `notes-1`. The slug is of the
 * heading as written in the Markdown, never of the label the PDF draws: a number the typesetter puts before an
 * unnumbered heading ("3." before "## Fees") is not part of it, so "## Fees" is `#fees` here as on GitHub.
 */
export declare function headingAnchors(tokens: readonly Token[]): HeadingAnchors;
/**
 * A heading's text as GitHub reads it to make its anchor: the text content of the HTML the heading becomes. Markup
 * adds nothing (`**Fees**` is "Fees"), entities and escapes are the characters they stand for, code spans are
 * literal, an image contributes nothing (its alt text is an attribute, not text) and neither does an HTML tag
 * (`<b>x</b>` is "x"). Whitespace is kept as written: GitHub turns each space into a hyphen.
 */
export declare function headingText(tokens: readonly Token[] | undefined): string;
/**
 * The destination an in-document link (`#fragment`) leads to, or undefined when its fragment names no heading.
 * The fragment is matched as written, then percent-decoded (`#%C5%82%C3%B3d%C5%BA` is `#łódź`), as a browser does.
 */
export declare function internalDestination(href: string, names: ReadonlySet<string>): string | undefined;
/**
 * Makes pdfkit write the document's named destinations in the order the PDF standard asks of a name tree: by the
 * bytes of the names as written (pdfkit sorts with `localeCompare`, which depends on the locale and puts "a_b"
 * before "a1" and "łódź" among the l's, where a viewer that searches the tree by bytes would not find them).
 * pdfkit writes a name with a character beyond ASCII as UTF-16BE after a byte-order mark, and any other as its bytes.
 */
export declare function sortDestinationsByBytes(doc: PdfDocument): void;

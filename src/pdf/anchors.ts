import type { Token, Tokens } from 'marked';
import { createHeadingSlugger } from '../markdown/slug.js';
import { decodeEntities } from './inline.js';
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

export const NO_ANCHORS: HeadingAnchors = { of: new Map(), names: new Set() };

/**
 * Slugs every heading of the Markdown, the title included, in document order (headings inside block quotes and
 * list items too, as GitHub does), with one slugger, so the second "Notes" is `notes-1`. The slug is of the
 * heading as written in the Markdown, never of the label the PDF draws: a number the typesetter puts before an
 * unnumbered heading ("3." before "## Fees") is not part of it, so "## Fees" is `#fees` here as on GitHub.
 */
export function headingAnchors(tokens: readonly Token[]): HeadingAnchors {
  const slugger = createHeadingSlugger();
  const of = new Map<Tokens.Heading, string>();
  const visit = (blocks: readonly Token[]): void => {
    for (const token of blocks) {
      if (token.type === 'heading') {
        const heading = token as Tokens.Heading;
        const slug = slugger.slug(headingText(heading.tokens));
        if (slug) of.set(heading, slug);
      } else if (token.type === 'blockquote') visit((token as Tokens.Blockquote).tokens);
      else if (token.type === 'list') for (const item of (token as Tokens.List).items) visit(item.tokens);
    }
  };
  visit(tokens);
  return { of, names: new Set(of.values()) };
}

/**
 * A heading's text as GitHub reads it to make its anchor: the text content of the HTML the heading becomes. Markup
 * adds nothing (`**Fees**` is "Fees"), entities and escapes are the characters they stand for, code spans are
 * literal, an image contributes nothing (its alt text is an attribute, not text) and neither does an HTML tag
 * (`<b>x</b>` is "x"). Whitespace is kept as written: GitHub turns each space into a hyphen.
 */
export function headingText(tokens: readonly Token[] | undefined): string {
  let text = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        text += headingText((token as Tokens.Strong).tokens);
        break;
      case 'codespan':
        text += (token as Tokens.Codespan).text;
        break;
      case 'escape':
        text += (token as Tokens.Escape).text;
        break;
      case 'br':
        text += ' ';
        break;
      case 'image':
      case 'html':
        break;
      case 'text': {
        const piece = token as Tokens.Text;
        text += piece.tokens && piece.tokens.length > 0 ? headingText(piece.tokens) : decodeEntities(piece.text);
        break;
      }
      default: {
        const raw = (token as { raw?: unknown }).raw;
        if (typeof raw === 'string') text += raw;
      }
    }
  }
  return text;
}

/**
 * The destination an in-document link (`#fragment`) leads to, or undefined when its fragment names no heading.
 * The fragment is matched as written, then percent-decoded (`#%C5%82%C3%B3d%C5%BA` is `#łódź`), as a browser does.
 */
export function internalDestination(href: string, names: ReadonlySet<string>): string | undefined {
  if (!href.startsWith('#')) return undefined;
  const fragment = href.slice(1);
  if (names.has(fragment)) return fragment;
  try {
    const decoded = decodeURIComponent(fragment);
    return names.has(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes pdfkit write the document's named destinations in the order the PDF standard asks of a name tree: by the
 * bytes of the names as written (pdfkit sorts with `localeCompare`, which depends on the locale and puts "a_b"
 * before "a1" and "łódź" among the l's, where a viewer that searches the tree by bytes would not find them).
 * pdfkit writes a name with a character beyond ASCII as UTF-16BE after a byte-order mark, and any other as its bytes.
 */
export function sortDestinationsByBytes(doc: PdfDocument): void {
  const tree = (doc as unknown as { _root?: { data?: { Names?: { data?: { Dests?: { _compareKeys?: unknown } } } } } })._root?.data?.Names?.data?.Dests;
  if (!tree || typeof tree._compareKeys !== 'function') throw new Error('PDF layout bug: pdfkit no longer keeps named destinations where expected');
  tree._compareKeys = (a: string, b: string) => compareBytes(pdfStringBytes(a), pdfStringBytes(b));
}

function pdfStringBytes(text: string): number[] {
  const codes = Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
  if (codes.every((code) => code <= 0x7f)) return codes;
  return [0xfe, 0xff, ...codes.flatMap((code) => [code >> 8, code & 0xff])];
}

function compareBytes(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

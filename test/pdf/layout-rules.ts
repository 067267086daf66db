// Typesetting rules checked on the PDF itself, the way a reader meets the pages (issue 15, "How to check it").
//
// Every check is a pure function over what pdf.js reads back (`ReadPdf`: text items with position, size and
// font) and, where a rule needs to know what the text *should* be, the Markdown the PDF was typeset from. The
// checks know the page geometry and type sizes from `src/pdf/theme.ts`, so they follow the theme when it
// changes, and nothing else of the typesetter: they judge the result, not the code that made it.
//
// Precision matters more than recall here: a rule that cries wolf gets switched off. Each rule therefore
// reports only what it can establish from positions and text together, and says in its comment what it
// deliberately leaves alone.
import { Marked, type Token, type Tokens } from 'marked';
import { decodeEntities, inlineRuns, isHtmlComment, plainText } from '../../src/pdf/inline.js';
import { createTheme, PAPER_SIZES } from '../../src/pdf/theme.js';
import type { PdfPage, ReadPdf } from './read-pdf.js';

export type LayoutRule =
  | 'headingAtFoot'
  | 'orphanAtTop'
  | 'widowAtFoot'
  | 'splitToken'
  | 'tableSplitAfterOneRow'
  | 'tableLastRowAlone'
  | 'titleLoneWord';

export const LAYOUT_RULES: readonly LayoutRule[] = [
  'headingAtFoot',
  'orphanAtTop',
  'widowAtFoot',
  'splitToken',
  'tableSplitAfterOneRow',
  'tableLastRowAlone',
  'titleLoneWord',
];

export interface Violation {
  readonly rule: LayoutRule;
  /** 1-based page number, as printed in the footer. */
  readonly page: number;
  /** The text the violation is about: a heading, a line, a token, a table's header. */
  readonly text: string;
  readonly detail: string;
}

/** What the rules need to know of the page design; from the theme for the page's paper size. */
export interface LayoutMetrics {
  readonly margin: { readonly top: number; readonly bottom: number };
  readonly body: { readonly size: number; readonly leading: number };
  /**
   * `rowGap`: what separates the last line of a table row from the first of the next (the cells' padding).
   * `minimumSize`: a table too wide for its words is set smaller, down to this, its leading in proportion.
   */
  readonly table: { readonly size: number; readonly leading: number; readonly rowGap: number; readonly minimumSize: number };
  readonly titleSize: number;
}

export function themeMetrics(page: Pick<PdfPage, 'width'>): LayoutMetrics {
  const paper = Math.abs(page.width - PAPER_SIZES.letter.width) < 1 ? 'letter' : 'a4';
  const theme = createTheme(paper, undefined);
  return {
    margin: { top: theme.margin.top, bottom: theme.margin.bottom },
    body: { size: theme.body.size, leading: theme.body.leading },
    table: { size: theme.table.size, leading: theme.table.leading, rowGap: theme.cellPadding.y * 2, minimumSize: theme.tableMinimumSize },
    titleSize: theme.title.size,
  };
}

export interface CheckOptions {
  /** The Markdown the PDF was typeset from. Needed by `splitToken`, `orphanAtTop` and `widowAtFoot`. */
  readonly markdown?: string;
  /** Defaults to the theme's metrics for the first page's paper size. */
  readonly metrics?: LayoutMetrics;
  /** Only these rules; default all. */
  readonly rules?: readonly LayoutRule[];
}

/** Every rule over one PDF, violations in page order. */
export function checkLayout(pdf: ReadPdf, options: CheckOptions = {}): Violation[] {
  const layout = analyse(pdf, options.metrics);
  const blocks = options.markdown === undefined ? undefined : sourceBlocks(options.markdown);
  const wanted = new Set(options.rules ?? LAYOUT_RULES);
  const found: Violation[] = [];
  if (wanted.has('headingAtFoot')) found.push(...headingAtFoot(layout));
  if (blocks && (wanted.has('orphanAtTop') || wanted.has('widowAtFoot'))) {
    found.push(...orphansAndWidows(layout, blocks).filter((violation) => wanted.has(violation.rule)));
  }
  if (blocks && wanted.has('splitToken')) found.push(...splitTokens(layout, blocks));
  if (wanted.has('tableSplitAfterOneRow') || wanted.has('tableLastRowAlone')) {
    found.push(...tableSplits(layout).filter((violation) => wanted.has(violation.rule)));
  }
  if (wanted.has('titleLoneWord')) found.push(...titleLoneWord(layout));
  return found.sort((a, b) => a.page - b.page || LAYOUT_RULES.indexOf(a.rule) - LAYOUT_RULES.indexOf(b.rule));
}

/** One line per violation, for test failure messages: `p. 4  headingAtFoot  "7. Severity levels" — …`. */
export function formatViolation(violation: Violation): string {
  return `p. ${violation.page}  ${violation.rule}  ${JSON.stringify(violation.text)} — ${violation.detail}`;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the pages: fragments, kinds, lines.

/**
 * A run of text on one baseline that reads as one piece: pdf.js items drawn next to each other (a line of a
 * paragraph in several styles is several items, touching). A gap of more than half an em starts a new
 * fragment: that separates a list marker from its text (6 pt) and table cells from each other (≥ 10 pt of
 * padding), while word spaces (a third of an em) stay inside.
 */
export interface Fragment {
  /** 0-based page index. */
  readonly page: number;
  /** Position in the document's content stream, which is reading order (cell by cell in a table). */
  readonly order: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  /** Baseline, in points from the top of the page. */
  readonly y: number;
  /** Size of its text (inline code, set smaller, does not count). */
  readonly size: number;
  /** Every item of it in a bold face. */
  readonly bold: boolean;
  /** Only code (mono) text. */
  readonly mono: boolean;
  readonly kind: FragmentKind;
}

/**
 * - `heading`: bold and larger than body text (section headings 13/11/10 pt, and the title);
 * - `body`: body size (9.8 pt) in any face: paragraphs, list items, signature party names;
 * - `tableHeader` / `table`: table size (8.4 pt, or smaller down to the theme's minimum for a wide table),
 *   bold (a header cell) or not;
 * - `other`: anything else (code).
 */
export type FragmentKind = 'heading' | 'body' | 'tableHeader' | 'table' | 'other';

export interface Layout {
  readonly pdf: ReadPdf;
  readonly metrics: LayoutMetrics;
  /** Per page, the fragments inside the page body (running header and footer left out), in stream order. */
  readonly pages: readonly (readonly Fragment[])[];
  /** All of them, in stream order across pages. */
  readonly flow: readonly Fragment[];
}

const near = (a: number, b: number, tolerance = 0.15) => Math.abs(a - b) <= tolerance;

export function analyse(pdf: ReadPdf, metrics: LayoutMetrics = themeMetrics(pdf.pages[0] ?? { width: PAPER_SIZES.a4.width })): Layout {
  let order = 0;
  const pages = pdf.pages.map((page, index) => {
    const fragments = fragmentsOf(page, index, metrics).map((fragment) => ({ ...fragment, order: order++ }));
    // The page body lies between the margins. The running header sits in the top margin and the footer in
    // the bottom one, so both are left out by position; they are furniture, not contract text.
    const bodyBottom = page.height - metrics.margin.bottom;
    return fragments.filter((fragment) => fragment.y > metrics.margin.top && fragment.y < bodyBottom + 2);
  });
  return { pdf, metrics, pages, flow: pages.flat() };
}

function fragmentsOf(page: PdfPage, pageIndex: number, metrics: LayoutMetrics): Fragment[] {
  interface Building {
    text: string;
    left: number;
    right: number;
    y: number;
    sizes: number[];
    bolds: boolean[];
    monos: boolean[];
  }
  const built: Building[] = [];
  for (const box of page.boxes) {
    if (box.rotated || !box.text.trim()) continue;
    const y = page.height - box.baseline;
    const mono = /mono|courier/i.test(box.font);
    const last = built.at(-1);
    const gap = last ? box.left - last.right : 0;
    if (last && Math.abs(last.y - y) <= 0.5 && gap >= -1 && gap <= 0.5 * Math.max(box.size, ...last.sizes)) {
      const space = gap > 0.15 * box.size && !/\s$/.test(last.text) && !/^\s/.test(box.text) ? ' ' : '';
      last.text += space + box.text;
      last.right = Math.max(last.right, box.right);
      last.sizes.push(box.size);
      last.bolds.push(box.bold);
      last.monos.push(mono);
    } else {
      built.push({ text: box.text, left: box.left, right: box.right, y, sizes: [box.size], bolds: [box.bold], monos: [mono] });
    }
  }
  return built.map((fragment) => {
    const textual = fragment.sizes.flatMap((size, index) => (fragment.monos[index] ? [] : [size]));
    const mono = textual.length === 0;
    const size = mono ? Math.max(...fragment.sizes) : Math.max(...textual);
    const bold = fragment.bolds.every((isBold, index) => isBold || fragment.monos[index]) && !mono;
    const kind: FragmentKind = mono
      ? 'other'
      : near(size, metrics.body.size)
        ? 'body'
        : size >= metrics.table.minimumSize - 0.15 && size <= metrics.table.size + 0.15
          ? bold
            ? 'tableHeader'
            : 'table'
          : bold && size > metrics.body.size + 0.15
            ? 'heading'
            : 'other';
    return { page: pageIndex, order: 0, text: tidy(fragment.text), left: fragment.left, right: fragment.right, y: fragment.y, size, bold, mono, kind };
  });
}

/** Whitespace of any kind (no-break spaces too) as one space; soft hyphens dropped. */
export function tidy(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}

/** Fragments that share a baseline (a visual line across the page: all cells of a table row's line), top down. */
interface VisualLine {
  readonly y: number;
  readonly fragments: readonly Fragment[];
}

function visualLines(fragments: readonly Fragment[]): VisualLine[] {
  const sorted = [...fragments].sort((a, b) => a.y - b.y || a.left - b.left);
  const lines: { y: number; fragments: Fragment[] }[] = [];
  for (const fragment of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(fragment.y - last.y) <= 0.6) last.fragments.push(fragment);
    else lines.push({ y: fragment.y, fragments: [fragment] });
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------
// headingAtFoot

/**
 * A heading (bold, larger than body text) whose last line has its baseline in the last 15 % of the page body
 * — between the bottom margin and 15 % of the body height above it — with no text after it on that page.
 * Such a heading announces a section whose content is all overleaf. What follows may be another heading or
 * a table's header row; neither counts as following text, since a reader still finds nothing of the
 * section's content under it. A heading that is followed by at least one line of text is left alone here:
 * how much text must follow is the typesetter's keep-with-next policy, not this check.
 */
export function headingAtFoot(layout: Layout): Violation[] {
  const { metrics } = layout;
  const found: Violation[] = [];
  layout.pages.forEach((fragments, pageIndex) => {
    const page = layout.pdf.pages[pageIndex]!;
    const bottom = page.height - metrics.margin.bottom;
    const zoneTop = bottom - 0.15 * (bottom - metrics.margin.top);
    for (const heading of headingGroups(fragments)) {
      const last = heading.at(-1)!;
      if (last.y < zoneTop) continue;
      // The title on page 1 is not a section heading (and never sits at the foot).
      if (pageIndex === 0 && heading[0] === titleLines(layout)[0]) continue;
      const after = fragments.filter((fragment) => fragment.y > last.y + 0.5 && fragment.kind !== 'heading' && fragment.kind !== 'tableHeader');
      if (after.length > 0) continue;
      const text = heading.map((fragment) => fragment.text).join(' ');
      found.push({
        rule: 'headingAtFoot',
        page: pageIndex + 1,
        text,
        detail: `heading ends ${(bottom - last.y).toFixed(0)} pt above the bottom margin (the last 15 % is ${(bottom - zoneTop).toFixed(0)} pt) and no text follows it on this page`,
      });
    }
  });
  return found;
}

/** Lines of one heading: heading fragments one after the other in the stream, same size, a line apart. */
function headingGroups(fragments: readonly Fragment[]): Fragment[][] {
  const groups: Fragment[][] = [];
  let previous: Fragment | undefined;
  for (const fragment of fragments) {
    if (fragment.kind !== 'heading') {
      previous = undefined;
      continue;
    }
    const group = groups.at(-1);
    if (previous && group && near(previous.size, fragment.size) && fragment.y > previous.y && fragment.y - previous.y <= fragment.size * 1.7) {
      group.push(fragment);
    } else {
      groups.push([fragment]);
    }
    previous = fragment;
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------------------
// orphanAtTop, widowAtFoot

/**
 * A paragraph's lines on one page: body-size fragments at the same left edge whose baselines are exactly one
 * body leading (14 pt) apart. Paragraphs are separated by a gap (7 pt, list items 2.5 pt), so consecutive
 * baselines of two paragraphs are further apart than the leading. A list marker ("•", "1.") is a fragment of
 * its own (6 pt gap) and is skipped: the item's text lines share the left edge after the marker.
 */
export function paragraphGroups(fragments: readonly Fragment[], metrics: LayoutMetrics): Fragment[][] {
  const body = fragments.filter((fragment) => fragment.kind === 'body' && !isListMarker(fragment, fragments));
  const groups: Fragment[][] = [];
  for (const fragment of body) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && near(last.left, fragment.left, 0.6) && near(fragment.y - last.y, metrics.body.leading, 0.6)) group.push(fragment);
    else groups.push([fragment]);
  }
  return groups;
}

const MARKER = /^(?:[•–◦▪‣☐☒✓-]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxlc]{1,5}[.)])$/;

function isListMarker(fragment: Fragment, fragments: readonly Fragment[]): boolean {
  if (!MARKER.test(fragment.text)) return false;
  return fragments.some(
    (other) => other !== fragment && Math.abs(other.y - fragment.y) <= 0.6 && other.left > fragment.right && other.left - fragment.right <= 2 * fragment.size,
  );
}

/**
 * Whether a paragraph runs on from the foot of one page to the top of the next. Positions alone cannot
 * tell a paragraph that continues from one that happens to end at the foot with the next starting at the
 * top, so the text decides: the two lines, joined, must occur in one block of the Markdown. Both lines must
 * also be the last text of their page and the first of the next, at the same left edge.
 *
 * - `orphanAtTop`: the continuation on the next page is a single line, and it is the paragraph's last: a
 *   lone leftover line heading the page.
 * - `widowAtFoot`: the part at the foot is a single line, and it is the paragraph's first: a paragraph
 *   begins with one line at the foot and goes on overleaf.
 *
 * Body-size text only (paragraphs and list items); a table row is split only when it is taller than a page.
 */
export function orphansAndWidows(layout: Layout, blocks: readonly string[]): Violation[] {
  const found: Violation[] = [];
  const groupsPerPage = layout.pages.map((fragments) => paragraphGroups(fragments, layout.metrics));
  for (let index = 0; index + 1 < layout.pages.length; index += 1) {
    const here = layout.pages[index]!;
    const next = layout.pages[index + 1]!;
    const foot = groupsPerPage[index]!.at(-1);
    const head = groupsPerPage[index + 1]![0];
    if (!foot || !head) continue;
    const last = foot.at(-1)!;
    const first = head[0]!;
    const lowest = Math.max(...here.map((fragment) => fragment.y));
    const highest = Math.min(...next.map((fragment) => fragment.y));
    if (last.y < lowest - 0.5 || first.y > highest + 0.5 || !near(last.left, first.left, 0.6)) continue;
    const joined = [`${last.text} ${first.text}`, `${last.text}${first.text}`];
    const block = blocks.filter((text) => joined.some((join) => text.includes(join)));
    if (block.length === 0) continue;
    if (head.length === 1 && block.some((text) => text.endsWith(first.text))) {
      found.push({
        rule: 'orphanAtTop',
        page: index + 2,
        text: first.text,
        detail: `the last line of a paragraph from page ${index + 1} (…${JSON.stringify(tail(last.text))}) stands alone at the top of the page`,
      });
    }
    if (foot.length === 1 && block.some((text) => text.startsWith(last.text))) {
      found.push({
        rule: 'widowAtFoot',
        page: index + 1,
        text: last.text,
        detail: `a paragraph begins with this single line at the foot of the page and continues on page ${index + 2} (${JSON.stringify(head_(first.text))}…)`,
      });
    }
  }
  return found;
}

const tail = (text: string) => (text.length > 40 ? `…${text.slice(-40)}` : text);
const head_ = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

// ---------------------------------------------------------------------------------------------------------
// Source text: the blocks of the Markdown as the PDF shows them.

/**
 * The text of every block of the Markdown (paragraph, heading, list item text, table cell, code line) as
 * the typesetter shows it: inline Markdown resolved, entities decoded, whitespace collapsed.
 */
export function sourceBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const inline = (tokens: readonly Token[] | undefined) => blocks.push(tidy(plainText(inlineRuns(tokens))));
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading':
        case 'paragraph':
          inline((token as Tokens.Paragraph).tokens);
          break;
        case 'text': {
          const text = token as Tokens.Text;
          if (text.tokens?.length) inline(text.tokens);
          else blocks.push(tidy(decodeEntities(text.text)));
          break;
        }
        case 'list':
          for (const item of (token as Tokens.List).items) walk(item.tokens);
          break;
        case 'table': {
          const table = token as Tokens.Table;
          for (const cell of [...table.header, ...table.rows.flat()]) inline(cell.tokens);
          break;
        }
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens);
          break;
        case 'code':
          blocks.push(...(token as Tokens.Code).text.split('\n').map(tidy));
          break;
        case 'html':
          if (!isHtmlComment((token as Tokens.HTML).raw)) blocks.push(tidy((token as Tokens.HTML).raw));
          break;
        default:
          break;
      }
    }
  };
  walk(new Marked({ gfm: true, breaks: false }).lexer(markdown));
  return blocks.filter((block) => block.length > 0);
}

// ---------------------------------------------------------------------------------------------------------
// splitToken

export type TokenKind = 'url' | 'email' | 'phone' | 'timezone' | 'money' | 'duration';

const CURRENCY_CODES = 'EUR|USD|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|CNY|SGD|HKD|ZAR|BRL|MXN';
const AMOUNT = "(?:\\d{1,3}(?:[,.'’]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?(?!\\d)";
const UNIT = '(?:minutes?|hours?|days?|weeks?|months?|years?)';

/**
 * What must never be broken over two lines. Found in the Markdown, not the PDF: only the source knows where
 * a token really ends (a broken line has lost the space or kept the hyphen at the break).
 */
const TOKEN_PATTERNS: readonly { kind: TokenKind; pattern: RegExp }[] = [
  { kind: 'url', pattern: /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’]+/giu },
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  // International form (+49 30 5550 1401, +1 212-555-0100) and the North American (212) 555-0100.
  { kind: 'phone', pattern: /\+\d{1,3}(?:[ .\-/]\(?\d{1,6}\)?)+|\(\d{3}\) ?\d{3}-\d{4}/gu },
  { kind: 'timezone', pattern: /\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)*|\b[A-Z]{2,5}\/[A-Z]{2,5}\b/gu },
  {
    kind: 'money',
    pattern: new RegExp(
      `[€$£¥₹₽₺₴₩₪](?: )?(?:${AMOUNT})|\\b(?:${CURRENCY_CODES}) (?:${AMOUNT})|(?<![\\p{L}\\p{N}.,])(?:${AMOUNT}) ?(?:€|(?:${CURRENCY_CODES})\\b)`,
      'gu',
    ),
  },
  // "2 business hours", "30 minutes", "1–2 business days", "12 months", and compounds ("30-minute").
  {
    kind: 'duration',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)?(?: ?[–-] ?\\d+(?:[.,]\\d+)?)? (?:(?:business|working|calendar) )?${UNIT}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}.,])\\d+-(?:business-)?(?:minute|hour|day|week|month|year)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
  },
];

export interface SourceToken {
  readonly kind: TokenKind;
  readonly text: string;
}

/** Every distinct token of the kinds above in the source blocks, in the order they first occur. */
export function sourceTokens(blocks: readonly string[]): SourceToken[] {
  const tokens = new Map<string, TokenKind>();
  for (const block of blocks) {
    const found: { index: number; kind: TokenKind; text: string }[] = [];
    for (const { kind, pattern } of TOKEN_PATTERNS) {
      for (const match of block.matchAll(pattern)) {
        // Sentence punctuation after a URL or address is not part of it.
        const text = kind === 'url' ? match[0].replace(/[.,;:!?)\]}'’]+$/u, '') : match[0];
        if (text.length >= 3) found.push({ index: match.index, kind, text });
      }
    }
    found.sort((a, b) => a.index - b.index);
    for (const { kind, text } of found) if (!tokens.has(text)) tokens.set(text, kind);
  }
  return [...tokens].map(([text, kind]) => ({ kind, text }));
}

/**
 * No token of `sourceTokens` is broken over two lines. The fragments are joined in reading order with a
 * line break between them; a token is split when it occurs in that text only across a break — where a
 * space of the token became the break, or the break falls inside a word (with or without a hyphen added).
 * A break counts only between two lines of one block: the next line down, overlapping horizontally (so
 * neighbouring table cells are never joined), or the last line of a page and the first of the next.
 *
 * The one exception the issue allows: a URL too long for its line may break after a '/', with nothing
 * added. "Too long" is judged conservatively: the URL is wider than any line the same block reaches, so
 * it could not have been moved whole to a line of its own.
 */
export function splitTokens(layout: Layout, blocks: readonly string[]): Violation[] {
  const { flow } = layout;
  const starts: number[] = [];
  let flat = '';
  flow.forEach((fragment, index) => {
    if (index > 0) flat += '\n';
    starts.push(flat.length);
    flat += fragment.text;
  });
  const fragmentAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const lastOnPage = new Map<number, number>();
  const firstOnPage = new Map<number, number>();
  layout.pages.forEach((fragments, page) => {
    if (fragments.length === 0) return;
    lastOnPage.set(page, Math.max(...fragments.map((fragment) => fragment.y)));
    firstOnPage.set(page, Math.min(...fragments.map((fragment) => fragment.y)));
  });
  const continues = (a: Fragment, b: Fragment): boolean => {
    const overlap = b.left < a.right && b.right > a.left;
    if (!overlap) return false;
    if (a.page === b.page) return b.y - a.y > 0.3 * a.size && b.y - a.y <= 1.7 * Math.max(a.size, b.size);
    return b.page === a.page + 1 && a.y >= (lastOnPage.get(a.page) ?? Infinity) - 0.5 && b.y <= (firstOnPage.get(b.page) ?? -Infinity) + 0.5;
  };

  interface Split {
    violation: Violation;
    start: number;
    end: number;
  }
  const splits: Split[] = [];
  for (const token of sourceTokens(blocks)) {
    for (const match of flat.matchAll(splitPattern(token.text))) {
      if (!match[0].includes('\n')) continue;
      const start = match.index;
      const end = start + match[0].length;
      const first = fragmentAt(start);
      const last = fragmentAt(end - 1);
      const involved = flow.slice(first, last + 1);
      if (!involved.every((fragment, index) => index === 0 || continues(involved[index - 1]!, fragment))) continue;
      const pieces = match[0].split('\n').map((piece) => piece.trim());
      if (token.kind === 'url' && urlBreakAllowed(token.text, match[0], pieces, involved, flow, first, continues)) continue;
      const pages = [...new Set(involved.map((fragment) => fragment.page + 1))];
      splits.push({
        start,
        end,
        violation: {
          rule: 'splitToken',
          page: pages[0]!,
          text: token.text,
          detail: `${token.kind} broken over ${pieces.length} lines${pages.length > 1 ? ` (pages ${pages.join('–')})` : ''}: ${pieces.map((piece) => JSON.stringify(piece)).join(' / ')}`,
        },
      });
    }
  }
  // A token inside a longer one ("4 hours" in "24 hours", a URL that is the start of another) is the same break.
  splits.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Split[] = [];
  for (const split of splits) {
    if (!kept.some((other) => other.start <= split.start && split.end <= other.end)) kept.push(split);
  }
  return kept.sort((a, b) => a.start - b.start).map((split) => split.violation);
}

/** The token, allowing a line break in place of each space and between any two characters (with a hyphen added or not). */
function splitPattern(token: string): RegExp {
  const characters = [...token];
  let source = '(?<![\\p{L}\\p{N}])';
  characters.forEach((character, index) => {
    if (character === ' ') {
      source += '(?: \\n?|\\n ?)';
      return;
    }
    source += character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    const next = characters[index + 1];
    if (next !== undefined && next !== ' ') source += '(?:-?\\n)?';
  });
  source += '(?![\\p{L}\\p{N}])';
  return new RegExp(source, 'gu');
}

function urlBreakAllowed(
  url: string,
  matched: string,
  pieces: readonly string[],
  involved: readonly Fragment[],
  flow: readonly Fragment[],
  firstIndex: number,
  continues: (a: Fragment, b: Fragment) => boolean,
): boolean {
  // Only after a '/', and nothing added: the pieces put together are the URL itself.
  if (matched.replace(/\n/g, '') !== url) return false;
  if (!pieces.slice(0, -1).every((piece) => piece.endsWith('/'))) return false;
  if (involved.some((fragment) => fragment.page !== involved[0]!.page)) return false;
  // Width of the URL: each piece's share of its fragment's width.
  const width = pieces.reduce((total, piece, index) => {
    const fragment = involved[index]!;
    return total + ((fragment.right - fragment.left) * [...piece].length) / Math.max(1, [...fragment.text].length);
  }, 0);
  // The narrowest the block's lines can be: as wide as the widest of them (the URL's lines and their neighbours).
  const block = [...involved];
  for (let index = firstIndex - 1; index >= 0 && continues(flow[index]!, block[0]!); index -= 1) block.unshift(flow[index]!);
  for (let index = firstIndex + involved.length; index < flow.length && continues(block.at(-1)!, flow[index]!); index += 1) block.push(flow[index]!);
  const extent = Math.max(...block.map((fragment) => fragment.right)) - Math.min(...block.map((fragment) => fragment.left));
  return width > extent - 0.5;
}

// ---------------------------------------------------------------------------------------------------------
// tableSplitAfterOneRow, tableLastRowAlone

/** A table as seen on one page: its header (or none, when it continues without one), rows and where it sits. */
export interface PageTable {
  readonly page: number;
  /** The header row's text, or undefined when the page continues a table without repeating its header. */
  readonly header: string | undefined;
  readonly rows: number;
  /** Its first line is the first text of the page body. */
  readonly atTop: boolean;
  /** Nothing follows it on the page. */
  readonly atFoot: boolean;
}

/**
 * Tables from their lines. A header row is a line of bold table-size text (8.4 pt, or smaller down to the
 * theme's minimum for a wide table) that starts a table: not directly under a row of a table (a fully bold row
 * inside a table is a row, not a header). Rows follow at the table's rhythm: lines of one row are a table
 * leading apart (11.2 pt at 8.4 pt, in proportion when smaller); the next row starts a leading plus the cell
 * padding (8 pt) further down. Anything else ends the table. Table-size lines that belong to
 * no header (signature block labels) are not tables — except at the very top of a page, where they can only
 * be a table continuing without its header.
 */
export function pageTables(fragments: readonly Fragment[], page: number, metrics: LayoutMetrics): PageTable[] {
  const lines = visualLines(fragments);
  const { rowGap } = metrics.table;
  const tables: { header: string | undefined; rows: number; atTop: boolean; lastY: number; inHeader: boolean; atFoot: boolean }[] = [];
  let current: (typeof tables)[number] | undefined;
  lines.forEach((line, index) => {
    const kinds = new Set(line.fragments.map((fragment) => fragment.kind));
    const isTable = [...kinds].every((kind) => kind === 'table' || kind === 'tableHeader');
    const isHeader = isTable && kinds.size === 1 && kinds.has('tableHeader');
    const text = line.fragments.map((fragment) => fragment.text).join(' ');
    if (!isTable) {
      current = undefined;
      return;
    }
    const step = current ? line.y - current.lastY : Infinity;
    const leading = (Math.max(...line.fragments.map((fragment) => fragment.size)) * metrics.table.leading) / metrics.table.size;
    if (current && near(step, leading, 0.6)) {
      // Another line of the header or of the current row.
      if (current.inHeader && isHeader) current.header = `${current.header ?? ''} ${text}`.trim();
      current.lastY = line.y;
      return;
    }
    if (current && near(step, leading + rowGap, 0.8)) {
      current.rows += 1;
      current.inHeader = false;
      current.lastY = line.y;
      return;
    }
    if (isHeader) {
      current = { header: text, rows: 0, atTop: index === 0, lastY: line.y, inHeader: true, atFoot: false };
      tables.push(current);
      return;
    }
    if (index === 0) {
      current = { header: undefined, rows: 1, atTop: true, lastY: line.y, inHeader: false, atFoot: false };
      tables.push(current);
      return;
    }
    current = undefined;
  });
  const lowest = Math.max(...fragments.map((fragment) => fragment.y));
  return tables.map((table) => ({ page, header: table.header, rows: table.rows, atTop: table.atTop, atFoot: table.lastY >= lowest - 0.5 }));
}

/**
 * - `tableSplitAfterOneRow`: a table's header and at most one row end a page, and the table goes on at the
 *   top of the next page (under its repeated header, or without one). A table that started at the top of
 *   the page is left alone: then that one row filled the page, and there was nowhere better for it.
 * - `tableLastRowAlone`: a page starts with a table's repeated header and one row, and the table ends there
 *   (it does not go on at the top of the following page): its last row went overleaf alone.
 */
export function tableSplits(layout: Layout): Violation[] {
  const found: Violation[] = [];
  const tables = layout.pages.map((fragments, page) => pageTables(fragments, page, layout.metrics));
  tables.forEach((onPage, page) => {
    const last = onPage.at(-1);
    const next = tables[page + 1]?.[0];
    if (!last?.atFoot || !next?.atTop || last.header === undefined) return;
    if (next.header !== undefined && next.header !== last.header) return;
    if (last.rows <= 1 && !last.atTop) {
      found.push({
        rule: 'tableSplitAfterOneRow',
        page: page + 1,
        text: last.header,
        detail: `the table's header and ${last.rows === 0 ? 'no row' : 'one row'} end the page; the table continues on page ${page + 2}`,
      });
    }
    const after = tables[page + 2]?.[0];
    const goesOn = next.atFoot && after?.atTop && (after.header === undefined || after.header === last.header);
    if (next.header !== undefined && next.rows === 1 && !goesOn) {
      found.push({
        rule: 'tableLastRowAlone',
        page: page + 2,
        text: next.header,
        detail: `only the table's last row stands under its repeated header; the rest of the table is on page ${page + 1}`,
      });
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// titleLoneWord

/**
 * The title: the first text of page 1 and the largest there, with the lines that follow it in that size. Only
 * text clearly larger than a section heading is a title (the theme's title size, within 3 pt), so a page 1
 * without a title block is not taken to start with one: its first heading is a section heading.
 */
export function titleLines(layout: Layout): Fragment[] {
  const first = layout.pages[0] ?? [];
  if (first.length === 0) return [];
  const largest = Math.max(...first.map((fragment) => fragment.size));
  if (largest < layout.metrics.titleSize - 3) return [];
  const start = first.findIndex((fragment) => near(fragment.size, largest, 0.3));
  if (start !== 0 && first.slice(0, start).some((fragment) => fragment.y < (first[start]?.y ?? 0))) return [];
  const lines: Fragment[] = [];
  for (const fragment of first.slice(start)) {
    if (!near(fragment.size, largest, 0.3)) break;
    lines.push(fragment);
  }
  return lines;
}

/**
 * A title that wraps must not end with a single word on its last line. Only a real title block counts (see
 * `titleLines`), so a document without one is not judged by its first heading.
 */
export function titleLoneWord(layout: Layout): Violation[] {
  const lines = titleLines(layout);
  if (lines.length < 2) return [];
  const lastLine = lines.at(-1)!.text;
  const words = lastLine.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length !== 1) return [];
  return [
    {
      rule: 'titleLoneWord',
      page: 1,
      text: lines.map((line) => line.text).join(' / '),
      detail: `the title wraps onto ${lines.length} lines and its last line is the single word ${JSON.stringify(lastLine)}`,
    },
  ];
}

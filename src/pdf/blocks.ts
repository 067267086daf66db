import type { Token, Tokens } from 'marked';
import { decodeEntities, inlineRuns, isHtmlComment, plainText, type Run } from './inline.js';
import { drawSignatures, isSignatureTable, signatureLeadHeight } from './signatures.js';
import { drawTable, layoutTable, tableLeadHeight, tableModel, type TableLayout, type TableModel } from './table.js';
import type { Outline } from './pdfkit-types.js';
import type { Line } from './line-breaking.js';
import { dryRunDocument } from './dry-run.js';
import { compactTheme, type TextStyle } from './theme.js';
import { Typesetter, type Tag } from './typesetter.js';
import { drawFigure, figureHeight, figureOf, NO_FIGURES, type Figures } from './figures.js';

/**
 * Layout worth keeping between the places that need it: table layouts (a table is laid out to decide whether a
 * heading above it fits, and again to draw it) and the lines of paragraphs and headings. A dry run and the real
 * pass over the same Markdown tokens share one.
 */
export interface LayoutCache {
  readonly tables: Map<Tokens.Table, { width: number; layout: TableLayout; model: TableModel }>;
  readonly lines: Map<Token, Map<string, Line[]>>;
}

export function layoutCache(): LayoutCache {
  return { tables: new Map(), lines: new Map() };
}

/** A top-level section as set: its heading, number (empty when the heading numbers itself) and first page. */
export interface SectionStart {
  readonly token: Tokens.Heading;
  readonly number: string;
  readonly title: readonly Run[];
  /** 1-based page number. */
  readonly page: number;
  /**
   * The named destination at the heading, for the table of contents: `section-N`, or the heading's own slug when a
   * heading elsewhere has the slug `section-N` (that name is the other heading's); none when neither is free.
   */
  readonly destination?: string;
}

/** Where a run of blocks is set: a column of the page (lists and quotes narrow it) and its structure parent. */
export interface Frame {
  readonly x: number;
  readonly width: number;
  readonly parent: Tag;
  /** Inside a tight list item: no paragraph gaps between the item's blocks. */
  readonly tight?: boolean;
}

const BULLETS = ['•', '–', '◦'] as const;
const SECTION_NUMBER = /^(\d+(\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s/;

/**
 * Sets the body of the contract, block by block, in document order. Keeps the numbering of sections and the
 * bookmark tree as it goes, because both depend on the headings seen so far.
 */
export class ContractWriter {
  private readonly counters: number[] = [];
  private readonly outlineStack: { depth: number; item: Outline }[] = [];
  /** Where each top-level section starts, in order: what the table of contents lists. */
  readonly sections: SectionStart[] = [];

  /** `numberHeadings: false` for Markdown whose headings are numbered already (a rendered contract): none is added. */
  constructor(
    private readonly typesetter: Typesetter,
    private readonly cache: LayoutCache = layoutCache(),
    private readonly numberHeadings = true,
    /** Charts drawn as vectors where the Markdown shows an image of that path alone in a paragraph (figures.ts). */
    private readonly figures: Figures = NO_FIGURES,
  ) {}

  blocks(tokens: readonly Token[], frame: Frame): void {
    // `<!-- compact -->` … `<!-- /compact -->` at the top level: a block set smaller and kept on one page.
    const open = tokens.findIndex((token) => isMarker(token, COMPACT_OPEN));
    const close = open === -1 ? -1 : tokens.findIndex((token, index) => index > open && isMarker(token, COMPACT_CLOSE));
    if (open !== -1 && close !== -1) {
      this.blocks(tokens.slice(0, open), frame);
      this.compact(tokens.slice(open + 1, close), frame);
      const rest = tokens.slice(close + 1);
      if (rest.some((token) => !isInvisible(token))) this.typesetter.addGap(this.typesetter.theme.paragraphGap);
      this.blocks(rest, frame);
      return;
    }
    const content = tokens.filter((token) => !isInvisible(token));
    content.forEach((token, index) => {
      this.block(token, frame, content.slice(index + 1));
      if (index < content.length - 1) this.typesetter.addGap(this.gapAfter(token, frame));
    });
  }

  /**
   * A compact block (the contract's one-page summary): set in `compactTheme`, and started on a new page when it
   * does not fit on this one but fits on a page of its own. Its height comes from setting it once on a document
   * that draws nothing (dry-run.ts).
   */
  private compact(tokens: readonly Token[], frame: Frame): void {
    const { typesetter } = this;
    const normal = typesetter.theme;
    const compact = compactTheme(normal);
    const dry = new Typesetter(dryRunDocument(), compact, typesetter.measure, typesetter.anchors);
    dry.newPage();
    const root: Tag = { element: dry.doc.struct('Document'), type: 'Document' };
    new ContractWriter(dry, this.cache, this.numberHeadings, this.figures).blocks(tokens, { ...frame, parent: root });
    const height = dry.pageIndex === 0 ? dry.y - dry.top : Number.POSITIVE_INFINITY;
    // A page holding little more than the title block is not left empty for it: the block starts there and runs on.
    const used = typesetter.y - typesetter.top;
    if (height <= typesetter.pageBodyHeight && used > typesetter.pageBodyHeight * 0.3) typesetter.ensureSpace(height);
    typesetter.theme = compact;
    try {
      this.blocks(tokens, frame);
    } finally {
      typesetter.theme = normal;
    }
  }

  private gapAfter(token: Token, frame: Frame): number {
    if (token.type === 'heading') return 0;
    return frame.tight ? 2 : this.typesetter.theme.paragraphGap;
  }

  /**
   * What a heading keeps on its page: the start of what follows it. A short lead-in between a heading and a
   * sub-section, list or table ("3. Services covered" — "This Agreement covers the following service." — "3.1 …";
   * "4.2 Not included" — "Support does not cover the following work." — the list) introduces what follows, so
   * heading, lead-in and the start of what it introduces stay together.
   */
  private afterHeading(following: readonly Token[], frame: Frame): number {
    const [lead, next] = following;
    if (lead && (lead.type === 'paragraph' || lead.type === 'text') && (next?.type === 'heading' || next?.type === 'list' || next?.type === 'table')) {
      const leadLines = this.paragraphLines(lead as Tokens.Paragraph | Tokens.Text, frame.width);
      if (leadLines.length <= 2) return leadLines.length * this.typesetter.theme.body.leading + this.gapAfter(lead, frame) + this.leadHeight(following.slice(1), frame);
    }
    return this.leadHeight(following, frame);
  }

  /** `following` are the blocks after this one, for keeping a block together with what it introduces. */
  private block(token: Token, frame: Frame, following: readonly Token[]): void {
    switch (token.type) {
      case 'heading':
        this.heading(token as Tokens.Heading, frame, following);
        return;
      case 'paragraph':
      case 'text': {
        const figure = figureOf(token, this.figures);
        if (figure) {
          drawFigure(figure, frame, this.typesetter);
          return;
        }
        if (introduces(token, following[0])) this.typesetter.ensureSpace(this.leadHeight([token, ...following], frame));
        this.setParagraph(this.paragraphLines(token as Tokens.Paragraph | Tokens.Text, frame.width), frame, this.typesetter.theme.body);
        return;
      }
      case 'list':
        this.list(token as Tokens.List, frame, 0);
        return;
      case 'table': {
        const { model, layout } = this.table(token as Tokens.Table, frame.width);
        if (isSignatureTable(model)) drawSignatures(model, frame.x, frame.width, this.typesetter, frame.parent);
        else drawTable(layout(), frame.x, this.typesetter, frame.parent);
        return;
      }
      case 'code':
        this.code((token as Tokens.Code).text, frame);
        return;
      case 'blockquote':
        this.blockquote(token as Tokens.Blockquote, frame);
        return;
      case 'hr':
        this.rule(frame);
        return;
      case 'html':
        // Raw HTML is never interpreted: it is shown as the text it is.
        this.paragraph([plainRun((token as Tokens.HTML).raw.trim())], frame, this.typesetter.theme.body);
        return;
      default: {
        const raw = (token as { raw?: unknown }).raw;
        if (typeof raw === 'string' && raw.trim()) this.paragraph([plainRun(raw.trim())], frame, this.typesetter.theme.body);
      }
    }
  }

  private heading(token: Tokens.Heading, frame: Frame, following: readonly Token[]): void {
    const { typesetter } = this;
    const depth = headingDepth(token);
    const runs = inlineRuns(token.tokens);
    const text = plainText(runs);
    const number = SECTION_NUMBER.test(text) || !this.numberHeadings ? '' : this.nextNumber(depth);
    const label: Run[] = number ? [{ text: `${number}\u2002`, bold: true, italic: false, code: false }, ...runs] : runs;
    const style = typesetter.theme.headings[depth - 1] ?? typesetter.theme.body;
    const lines = this.cachedLines(token, `${frame.width} heading`, () => typesetter.balancedLines(label, frame.width, style));
    const { before: spaceBefore, after: spaceAfter } = headingSpace(depth);
    const height = lines.length * style.leading + spaceAfter;
    // A heading never ends a page: it moves down together with the start of what it introduces.
    typesetter.ensureSpace(spaceBefore + height + this.afterHeading(following, frame));
    typesetter.addGap(spaceBefore);
    // Named by its GitHub slug (see anchors.ts), the target of `#fragment` links; the slug is of the Markdown
    // heading, so a number this typesetter adds to the label above is not part of it.
    const anchor = typesetter.anchors.of.get(token);
    if (anchor !== undefined) typesetter.doc.addNamedDestination(anchor, 'XYZ', 0, typesetter.y, null);
    if (depth === 1 && frame.parent.type === 'Document') {
      const reserved = `section-${this.sections.length + 1}`;
      // A heading that reads "Section 2" has the slug `section-2`: a Markdown link to it must go there, so the
      // table of contents then links to this heading by its own slug.
      const free = !typesetter.anchors.names.has(reserved);
      if (free) typesetter.doc.addNamedDestination(reserved, 'XYZ', 0, typesetter.y, null);
      const destination = free ? reserved : anchor;
      this.sections.push({ token, number, title: runs, page: typesetter.pageIndex + 1, ...(destination !== undefined && { destination }) });
    }
    this.bookmark(depth, number ? `${number} ${text}` : text);
    const tag = typesetter.open(frame.parent, `H${Math.min(depth + 1, 6)}`);
    typesetter.content(tag, () => typesetter.flowLines(lines, frame.x, style));
    typesetter.close(tag);
    typesetter.y += spaceAfter;
  }

  /**
   * "1.", "1.1", "1.1.1". Deeper headings, and headings that skip a level ("####" straight under "##"),
   * are not numbered: a number such as "1.0.1" would point at a section that does not exist.
   */
  private nextNumber(depth: number): string {
    const parents = this.counters.slice(0, depth - 1);
    const numbered = depth <= 3 && parents.length === depth - 1 && parents.every((count) => count > 0);
    if (!numbered) {
      this.counters.length = Math.min(this.counters.length, depth - 1);
      return '';
    }
    this.counters.length = depth;
    this.counters[depth - 1] = (this.counters[depth - 1] ?? 0) + 1;
    return depth === 1 ? `${this.counters[0]}.` : this.counters.join('.');
  }

  private bookmark(depth: number, title: string): void {
    while ((this.outlineStack.at(-1)?.depth ?? 0) >= depth) this.outlineStack.pop();
    const parent = this.outlineStack.at(-1)?.item ?? this.typesetter.doc.outline;
    // pdfkit places the destination at `page height − top`; `left` as the page width makes it jump to x = 0.
    const options = { expanded: depth === 1, top: this.typesetter.y, left: this.typesetter.theme.page.width } as { expanded: boolean };
    this.outlineStack.push({ depth, item: parent.addItem(title, options) });
  }

  /**
   * The height that must fit on the page before `blocks[0]` may start there: its first lines (or all of it
   * when short), and for a heading or an introducing paragraph ("The Client shall:") also the start of what
   * follows, so that neither is stranded at the foot of a page.
   */
  private leadHeight(blocks: readonly Token[], frame: Frame): number {
    const { typesetter } = this;
    const body = typesetter.theme.body;
    const [token, ...following] = blocks;
    if (!token) return 0;
    switch (token.type) {
      case 'paragraph':
      case 'text': {
        // A chart is never split: all of it starts on a page.
        const figure = figureOf(token, this.figures);
        if (figure) return figureHeight(figure, frame);
        const lines = this.paragraphLines(token as Tokens.Paragraph | Tokens.Text, frame.width);
        if (introduces(token, following[0])) return lines.length * body.leading + this.gapAfter(token, frame) + this.leadHeight(following, frame);
        // A paragraph breaks across pages only with two lines on each side (see flowLines): one of up to three
        // lines starts on a page only if it fits whole.
        return (lines.length < 4 ? lines.length : 2) * body.leading;
      }
      case 'table': {
        const { model, layout } = this.table(token as Tokens.Table, frame.width);
        return isSignatureTable(model) ? signatureLeadHeight(model, typesetter) : tableLeadHeight(layout(), typesetter.pageBodyHeight);
      }
      case 'heading': {
        const depth = headingDepth(token as Tokens.Heading);
        const style = typesetter.theme.headings[depth - 1] ?? body;
        const lines = this.cachedLines(token, `${frame.width} heading-lead`, () => typesetter.lines(inlineRuns((token as Tokens.Heading).tokens), frame.width, style));
        return headingSpace(depth).before + lines.length * style.leading + headingSpace(depth).after + this.afterHeading(following, frame);
      }
      case 'code':
        return 3 * typesetter.theme.code.leading;
      case 'list': {
        // A list starts on a page only with the start of its first item: a heading above a numbered item that
        // introduces a table ("2. … In figures:") stays with the item, not at the foot of the page without it.
        const list = token as Tokens.List;
        const first = list.items[0]?.tokens.filter((item) => item.type !== 'checkbox' && !isInvisible(item)) ?? [];
        const indent = this.listIndent(list, 0);
        const inner: Frame = { ...frame, x: frame.x + indent, width: frame.width - indent, tight: !list.loose };
        return Math.max(2 * body.leading, this.leadHeight(first, inner));
      }
      default:
        return 2 * body.leading;
    }
  }

  /** How far a list's items are indented: the theme's indent, or more for wide markers such as "10.". */
  private listIndent(list: Tokens.List, level: number): number {
    const { typesetter } = this;
    const { body, listIndent } = typesetter.theme;
    const start = typeof list.start === 'number' ? list.start : 1;
    const markers = list.items.map((item, index) => listMarker(list, item, start + index, level));
    return Math.max(listIndent, Math.max(...markers.map((marker) => typesetter.measure(marker, 'regular', body.size))) + 7);
  }

  private table(token: Tokens.Table, width: number): { model: TableModel; layout: () => TableLayout } {
    const cached = this.cache.tables.get(token);
    const model = cached?.model ?? tableModel(token);
    const layout = (): TableLayout => {
      const entry = this.cache.tables.get(token);
      if (entry?.width === width && entry.layout) return entry.layout;
      const fresh = layoutTable(model, width, this.typesetter);
      this.cache.tables.set(token, { width, model, layout: fresh });
      return fresh;
    };
    return { model, layout };
  }

  /** A block's lines at a width, broken once however often layout asks (keep-with-next checks, a dry run). */
  private cachedLines(token: Token, key: string, make: () => Line[]): Line[] {
    let byKey = this.cache.lines.get(token);
    if (!byKey) this.cache.lines.set(token, (byKey = new Map()));
    let lines = byKey.get(key);
    if (!lines) byKey.set(key, (lines = make()));
    return lines;
  }

  private paragraphLines(token: Tokens.Paragraph | Tokens.Text, width: number): Line[] {
    const runs = () => (token.tokens ? inlineRuns(token.tokens) : [plainRun(decodeEntities(token.text))]);
    return this.cachedLines(token, `${width} body`, () => this.typesetter.lines(runs(), width, this.typesetter.theme.body));
  }

  private paragraph(runs: readonly Run[], frame: Frame, style: TextStyle): void {
    this.setParagraph(this.typesetter.lines(runs, frame.width, style), frame, style);
  }

  private setParagraph(lines: readonly Line[], frame: Frame, style: TextStyle): void {
    const { typesetter } = this;
    const tag = typesetter.open(frame.parent, 'P');
    typesetter.content(tag, () => typesetter.flowLines(lines, frame.x, style));
    typesetter.close(tag);
  }

  private list(list: Tokens.List, frame: Frame, level: number): void {
    const { typesetter } = this;
    const { body } = typesetter.theme;
    const start = typeof list.start === 'number' ? list.start : 1;
    const markers = list.items.map((item, index) => listMarker(list, item, start + index, level));
    // Ordered markers such as "10." need more room than a bullet; the marker column fits the widest one.
    const indent = this.listIndent(list, level);
    const listTag = typesetter.open(frame.parent, 'L');
    list.items.forEach((item, index) => {
      const itemTag = typesetter.open(listTag, 'LI');
      const itemTokens = item.tokens.filter((token) => token.type !== 'checkbox' && !isInvisible(token));
      const inner: Frame = { x: frame.x + indent, width: frame.width - indent, parent: itemTag, tight: !list.loose };
      typesetter.ensureSpace(this.leadHeight(itemTokens, inner) || body.leading);
      const marker = markers[index] ?? '';
      const label = typesetter.open(itemTag, 'Lbl');
      const markerLines = typesetter.lines([plainRun(marker)], indent - 6, body);
      typesetter.content(label, () => markerLines.forEach((line) => typesetter.drawLine(line, frame.x, typesetter.y, body, 'right', indent - 6)));
      typesetter.close(label);
      const bodyTag = typesetter.open(itemTag, 'LBody');
      itemTokens.forEach((token, tokenIndex) => {
        if (token.type === 'list') this.list(token as Tokens.List, { ...inner, parent: bodyTag }, level + 1);
        else this.block(token, { ...inner, parent: bodyTag }, itemTokens.slice(tokenIndex + 1));
        if (tokenIndex < itemTokens.length - 1) typesetter.addGap(list.loose ? body.leading * 0.4 : 2);
      });
      typesetter.close(bodyTag);
      typesetter.close(itemTag);
      if (index < list.items.length - 1) typesetter.addGap(list.loose ? typesetter.theme.paragraphGap : 2.5);
    });
    typesetter.close(listTag);
  }

  private code(source: string, frame: Frame): void {
    const { typesetter } = this;
    const style = typesetter.theme.code;
    const runs: Run[] = source.split('\n').flatMap((line, index) => [
      ...(index > 0 ? [{ text: '', bold: false, italic: false, code: false, lineBreak: true as const }] : []),
      // Leading spaces carry meaning in code; no-break spaces keep the line breaker from eating them.
      { text: line.replace(/ /g, '\u00a0'), bold: false, italic: false, code: false },
    ]);
    const lines = typesetter.lines(runs, frame.width - 12, style);
    const tag = typesetter.open(frame.parent, 'Code');
    for (const line of lines) {
      typesetter.ensureSpace(style.leading);
      const top = typesetter.y;
      typesetter.artifact(() => typesetter.doc.rect(frame.x, top, frame.width, style.leading).fill(typesetter.theme.zebra));
      typesetter.content(tag, () => typesetter.drawLine(line, frame.x + 6, top, style));
      typesetter.y += style.leading;
    }
    typesetter.close(tag);
  }

  private blockquote(quote: Tokens.Blockquote, frame: Frame): void {
    const { typesetter } = this;
    const tag = typesetter.open(frame.parent, 'BlockQuote');
    const start = { page: typesetter.pageIndex, y: typesetter.y };
    this.blocks(quote.tokens, { x: frame.x + 12, width: frame.width - 12, parent: tag });
    typesetter.close(tag);
    typesetter.drawBar(frame.x + 2, start, { page: typesetter.pageIndex, y: typesetter.y });
  }

  private rule(frame: Frame): void {
    const { typesetter } = this;
    typesetter.ensureSpace(8);
    const y = typesetter.y + 4;
    typesetter.artifact(() => typesetter.doc.moveTo(frame.x, y).lineTo(frame.x + frame.width, y).lineWidth(0.5).stroke(typesetter.theme.rule));
    typesetter.y += 8;
  }
}

/** Section depth: `##` is a top-level section (1), since `#` is the contract's title; depths stop at 4. */
function headingDepth(heading: Tokens.Heading): number {
  return Math.min(Math.max(heading.depth - 1, 1), 4);
}

function headingSpace(depth: number): { before: number; after: number } {
  return depth === 1 ? { before: 14, after: 6 } : { before: 8, after: 3 };
}

/** A paragraph such as "The Client shall:" that introduces the list or table after it. */
function introduces(token: Token, next: Token | undefined): boolean {
  return token.type === 'paragraph' && /:\s*$/.test((token as Tokens.Paragraph).text) && (next?.type === 'list' || next?.type === 'table');
}

function listMarker(list: Tokens.List, item: Tokens.ListItem, number: number, level: number): string {
  if (item.task) return item.checked ? '☒' : '☐';
  if (list.ordered) return `${number}.`;
  return BULLETS[level % BULLETS.length] ?? '•';
}

function plainRun(text: string): Run {
  return { text, bold: false, italic: false, code: false };
}

const COMPACT_OPEN = '<!-- compact -->';
const COMPACT_CLOSE = '<!-- /compact -->';

function isMarker(token: Token, marker: string): boolean {
  return token.type === 'html' && (token as Tokens.HTML).raw.trim() === marker;
}

function isInvisible(token: Token): boolean {
  return token.type === 'space' || token.type === 'def' || (token.type === 'html' && isHtmlComment((token as Tokens.HTML).raw));
}

import { internalDestination, NO_ANCHORS, type HeadingAnchors } from './anchors.js';
import type { FontRole } from './fonts.js';
import type { Hyphenator } from './hyphenation.js';
import type { AnnotationOption, PdfDocument, StructureElement, StructureElementOptions } from './pdfkit-types.js';
import type { Run } from './inline.js';
import { breakLines, CODE_SCALE, widestWord, type Line, type Measure } from './line-breaking.js';
import type { TextStyle, Theme } from './theme.js';

/** A node of the PDF structure tree (tagged PDF) and the standard type it was created with. */
export interface Tag {
  readonly element: StructureElement;
  readonly type: string;
}

// Share of the em that DejaVu Sans uses above the baseline and in total (ascender − descender), for placing
// text of different sizes on one baseline and centring it in its line box.
const ASCENT = 0.928;
const LINE_BOX = 1.164;

/**
 * The cursor over the pages: where the next thing goes, when a new page starts, and which structure element
 * the marks being drawn belong to. Pages are added only here (pdfkit never breaks pages on its own: its
 * margins are zero), so a page break can close and reopen the tagged content that spans it.
 */
export class Typesetter {
  y: number;
  private openContent: Tag | undefined;
  private readonly widths = new Map<string, Map<string, number>>();
  readonly measure: Measure;

  /**
   * `measure` is given when this typesetter makes a dry run (see dry-run.ts) with the real document's fonts.
   * `anchors` are the headings' destinations, which a `#fragment` link must name to be drawn as a link.
   * `hyphenator` has the patterns of the document's language (none: only the author's soft hyphens break words).
   */
  constructor(
    readonly doc: PdfDocument,
    /** Replaced for the length of a compact block (blocks.ts), then restored. */
    public theme: Theme,
    measure?: Measure,
    readonly anchors: HeadingAnchors = NO_ANCHORS,
    readonly hyphenator?: Hyphenator,
  ) {
    this.y = theme.margin.top;
    // Layout measures the same words many times (column widths, keep-with-next checks, then the real
    // thing); widths are cached per face and size.
    this.measure = measure ?? ((text, font, size) => {
      const faceKey = `${font} ${size}`;
      let face = this.widths.get(faceKey);
      if (!face) {
        face = new Map();
        this.widths.set(faceKey, face);
      }
      const cached = face.get(text);
      if (cached !== undefined) return cached;
      const width = this.doc.font(font).fontSize(size).widthOfString(text);
      face.set(text, width);
      return width;
    });
  }

  get left(): number {
    return this.theme.margin.left;
  }

  get contentWidth(): number {
    return this.theme.page.width - this.theme.margin.left - this.theme.margin.right;
  }

  get top(): number {
    return this.theme.margin.top;
  }

  get bottom(): number {
    return this.theme.page.height - this.theme.margin.bottom;
  }

  /** Index of the current page; pages are only ever appended, so it is the last one. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  get atPageTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  /** Full usable height of a fresh page: anything taller has to be split whatever we do. */
  get pageBodyHeight(): number {
    return this.bottom - this.top;
  }

  /** Starts a new page unless `height` still fits here (or we are already at the top of a page). */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom + 0.01 && !this.atPageTop) this.newPage();
  }

  newPage(): void {
    const continuing = this.openContent;
    if (continuing) this.doc.endMarkedContent();
    this.doc.addPage();
    // Tab order follows the structure tree, which is what tagged-PDF checkers (PDF/UA) ask of every page.
    (this.doc.page.dictionary.data as { Tabs?: string }).Tabs = 'S';
    this.y = this.top;
    if (continuing) this.attachContent(continuing);
  }

  addGap(height: number): void {
    if (!this.atPageTop) this.y = Math.min(this.y + height, this.bottom);
  }

  /** Creates a structure element under `parent`; the caller ends it with `close` once its content is drawn. */
  open(parent: Tag, type: string, options: StructureElementOptions = {}): Tag {
    const element = this.doc.struct(type, options);
    parent.element.add(element);
    return { element, type };
  }

  close(tag: Tag): void {
    tag.element.end();
  }

  /** Draws real content belonging to `tag`; a page break inside continues the same element on the next page. */
  content(tag: Tag, draw: () => void): void {
    if (this.openContent) throw new Error(`PDF layout bug: content for ${tag.type} opened inside ${this.openContent.type}`);
    this.attachContent(tag);
    this.openContent = tag;
    try {
      draw();
    } finally {
      this.openContent = undefined;
      this.doc.endMarkedContent();
    }
  }

  /** Draws decoration (rules, backgrounds, running header, watermark) that assistive technology should skip. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    if (this.openContent) throw new Error('PDF layout bug: artifact drawn inside tagged content');
    this.doc.markContent('Artifact', { type });
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
    }
  }

  private attachContent(tag: Tag): void {
    tag.element.add(this.doc.markStructureContent(tag.type));
  }

  /**
   * Breaks runs into lines. A bold or italic style (headings) makes all its runs bold or italic; a mono style
   * (code blocks) makes them code, already at the style's size. The title and headings are hyphenated only where
   * a word is wider than the whole line (they are balanced, not filled; see line-breaking.ts), other text where a
   * word does not fit on the rest of its line.
   */
  lines(runs: readonly Run[], width: number, style: TextStyle): Line[] {
    if (style.font === 'mono') {
      return breakLines(runs.map((run) => ({ ...run, code: !run.lineBreak })), width, style.size / CODE_SCALE, this.measure);
    }
    const heading = style === this.theme.title || this.theme.headings.includes(style);
    return breakLines(styledRuns(runs, style), width, style.size, this.measure, this.hyphenator, heading ? 'oversized' : 'overflow');
  }

  /**
   * Lines of even length for a title or heading that wraps: the narrowest measure that still needs as many lines
   * as the full one, so the last line is not a single word left hanging under a long one. The measure never
   * goes below the widest word: a narrower one would cut that word to make the line count come out.
   */
  balancedLines(runs: readonly Run[], width: number, style: TextStyle): Line[] {
    const full = this.lines(runs, width, style);
    if (full.length < 2) return full;
    const widest = style.font === 'mono' ? 0 : widestWord(styledRuns(runs, style), style.size, this.measure);
    let low = Math.max(width / full.length, Math.min(widest, width));
    let high = width;
    let best = full;
    // A dozen halvings get within a fraction of a point of the narrowest width.
    for (let step = 0; step < 12 && high - low > 0.5; step += 1) {
      const middle = (low + high) / 2;
      const trial = this.lines(runs, middle, style);
      if (trial.length <= full.length) {
        best = trial;
        high = middle;
      } else low = middle;
    }
    return best;
  }

  /**
   * Sets lines from the cursor down, breaking pages between lines but never leaving a single line of a
   * paragraph alone at the foot or head of a page (widows and orphans): a page break inside it leaves at least
   * two lines on each side, so a paragraph of two or three lines moves whole to the next page.
   */
  flowLines(lines: readonly Line[], x: number, style: TextStyle, align: Align = 'left', width = 0): void {
    let index = 0;
    while (index < lines.length) {
      const fit = Math.floor((this.remaining + 0.01) / style.leading);
      const left = lines.length - index;
      let take = Math.min(fit, left);
      if (take < left) {
        // Two lines at least stay for the next page; fewer than two here and the paragraph moves on whole. At the
        // top of a page nothing better is possible than as many lines as fit.
        const keep = Math.min(take, left - 2);
        if (keep >= 2) take = keep;
        else if (!this.atPageTop) take = 0;
      }
      if (take <= 0) {
        if (this.atPageTop) take = 1;
        else {
          this.newPage();
          continue;
        }
      }
      for (const line of lines.slice(index, index + take)) {
        this.drawLine(line, x, this.y, style, align, width);
        this.y += style.leading;
      }
      index += take;
      if (index < lines.length) this.newPage();
    }
  }

  /** Draws one line whose line box starts at `top`. */
  drawLine(line: Line, x: number, top: number, style: TextStyle, align: Align = 'left', width = 0, color = style.color): void {
    const offset = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
    const baseline = top + (style.leading - style.size * LINE_BOX) / 2 + style.size * ASCENT;
    for (const segment of line.segments) {
      const left = x + offset + segment.x;
      const textTop = baseline - segment.size * ASCENT;
      const target = segment.link === undefined ? undefined : this.linkTarget(segment.link);
      const draw = () => {
        this.doc.font(segment.font).fontSize(segment.size).fillColor(target ? this.theme.accent : color);
        this.doc.text(segment.text, left, textTop, { lineBreak: false });
      };
      if (target) this.drawLink(target, segment.text, draw, [left, textTop, segment.width, segment.size * LINE_BOX]);
      else draw();
    }
  }

  /**
   * Where a link leads: a URL, or for `#fragment` the heading destination the fragment names. A fragment that
   * names no heading leads nowhere, and its text is drawn as plain text (no dead link).
   */
  private linkTarget(href: string): LinkTarget | undefined {
    if (!href.startsWith('#')) return { url: href };
    const destination = internalDestination(href, this.anchors.names);
    return destination === undefined ? undefined : { destination };
  }

  /**
   * A link is its own `Link` structure element holding both the text and the clickable area, as tagged PDF
   * asks, so a screen reader announces it as a link and can follow it.
   */
  private drawLink(target: LinkTarget, text: string, draw: () => void, [left, top, width, height]: [number, number, number, number]): void {
    const outer = this.openContent;
    if (!outer) {
      draw();
      addLink(this.doc, [left, top, width, height], target);
      return;
    }
    const link = this.open(outer, 'Link');
    this.doc.endMarkedContent();
    this.attachContent(link);
    this.openContent = link;
    draw();
    addLink(this.doc, [left, top, width, height], target, link.element, text.trim());
    this.doc.endMarkedContent();
    this.close(link);
    this.attachContent(outer);
    this.openContent = outer;
  }

  /** A vertical bar beside content that may span pages (block quotes), drawn once the content is placed. */
  drawBar(x: number, from: { page: number; y: number }, to: { page: number; y: number }): void {
    const current = this.pageIndex;
    for (let page = from.page; page <= to.page; page += 1) {
      const top = page === from.page ? from.y : this.top;
      const bottom = page === to.page ? to.y : this.bottom;
      if (bottom <= top) continue;
      this.doc.switchToPage(page);
      this.artifact(() => this.doc.moveTo(x, top).lineTo(x, bottom).lineWidth(2).stroke(this.theme.accentTint));
    }
    this.doc.switchToPage(current);
  }

  /** Draws a single string on one line with its baseline at `baseline`; for furniture and labels. */
  drawText(text: string, x: number, baseline: number, font: FontRole, size: number, color: string): void {
    this.doc.font(font).fontSize(size).fillColor(color).text(text, x, baseline - size * ASCENT, { lineBreak: false });
  }
}

export type Align = 'left' | 'center' | 'right';

/** A link's target: a URL (http, https, mailto), or a named destination at a heading of this document. */
type LinkTarget = { readonly url: string } | { readonly destination: string };

/** Runs in a bold or italic style (headings) made bold or italic throughout. */
function styledRuns(runs: readonly Run[], style: TextStyle): readonly Run[] {
  const bold = style.font === 'bold' || style.font === 'boldItalic';
  const italic = style.font === 'italic' || style.font === 'boldItalic';
  return bold || italic ? runs.map((run) => ({ ...run, bold: run.bold || bold, italic: run.italic || italic })) : runs;
}

/**
 * Adds a link annotation: a URI action, or a GoTo action to a named destination (which pdfkit resolves by name
 * when the file is written, so the heading may come later in the document). pdfkit accepts two options its typings
 * lack: `structParent` (files the annotation in a Link structure element) and `Contents` as a PDF string, which
 * pdfkit writes from a `String` object (a plain string would become a PDF name).
 */
function addLink(doc: PdfDocument, box: readonly [number, number, number, number], target: LinkTarget, structParent?: StructureElement, description?: string): void {
  const options = { ...(structParent ? { structParent } : {}), ...(description ? { Contents: new String(description) } : {}) } as unknown as AnnotationOption;
  if ('url' in target) doc.link(box[0], box[1], box[2], box[3], target.url, options);
  else doc.goTo(box[0], box[1], box[2], box[3], target.destination, options);
}
